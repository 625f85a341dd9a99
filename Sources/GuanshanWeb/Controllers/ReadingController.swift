import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import Hummingbird

/// `/d/{id}`, `/d/{id}/{n}`, `/d/{id}/all`, `/d/{id}/download.{docx,txt,md}` and `/d/{id}/qr.svg`.
struct ReadingController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/d/:id", use: firstPage)
        router.get("/d/:id/all", use: wholeDocument)
        router.get("/d/:id/qr.svg", use: shareCode)
        for format in ExportFormat.allCases {
            router.get("/d/:id/download.\(format.rawValue)") { request, context in try await download(request, context, format) }
        }
        router.get("/d/:id/:page", use: page)
    }

    @Sendable func firstPage(_ request: Request, context: Context) async throws -> Response {
        try await render(request, context: context, id: try Parameters(request, context).id(), pageNumber: 1)
    }

    @Sendable func page(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let number = try Parameters(request, context).path("page", as: PageNumber.self).value
        if number == 1 {
            return .redirect(to: SitePath.document(id).path, type: .permanent)
        }
        return try await render(request, context: context, id: id, pageNumber: number)
    }

    @Sendable func wholeDocument(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        return try await pages.shared(request, context, viewOf: id) { site in
            let page = try await reading.readWholeDocument(id: id, reader: site.visitor, counting: request.method != .head)
            return try await show(page, whole: true, request: request, site)
        }
    }

    /// The QR code of a page's public address (`?page=n`, `?page=all`; page 1 without), from the site
    /// address setting: 404 while it is not set, like the page for a document that is not published.
    /// The code changes only with the address, so browsers keep it an hour and then revalidate it.
    @Sendable func shareCode(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let pageCount = try await reading.pageCount(ofDocument: id)
        let path: String
        switch try Parameters(request, context).pageOrAll() {
        case .all: path = SitePath.wholeDocument(id).path
        case .page(let number):
            guard number <= pageCount else { throw HTTPError(.notFound) }
            path = SitePath.document(id, page: number).path
        }
        guard let address = context.settings.publicAddress(of: path), let svg = ShareCode.svg(address, label: address) else {
            throw HTTPError(.notFound)
        }
        return Representation(svg, contentType: "image/svg+xml", cacheControl: "public, max-age=3600", lastModified: context.siteChanged)
            .response(to: request)
    }

    /// The whole document as a file, named after its title.
    func download(_ request: Request, _ context: Context, _ format: ExportFormat) async throws -> Response {
        let id = try Parameters(request, context).id()
        let file = try await reading.export(id: id, as: format)
        return Response(
            status: .ok,
            headers: [
                .contentType: format.mediaType, .contentDisposition: Self.attachment(file.fileName, id: id),
                .cacheControl: "no-cache",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// RFC 6266: `filename*` carries the Chinese title; `filename` is an ASCII name for old clients.
    static func attachment(_ fileName: String, id: Int64) -> String {
        let ext = (fileName as NSString).pathExtension
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .rfc5987) ?? ""
        return "attachment; filename=\"document-\(id).\(ext)\"; filename*=UTF-8''\(encoded)"
    }

    private func render(_ request: Request, context: Context, id: Int64, pageNumber: Int) async throws -> Response {
        try await pages.shared(request, context, viewOf: id) { site in
            let page = try await reading.readPage(id: id, pageNumber: pageNumber, reader: site.visitor, counting: request.method != .head)
            return try await show(page, whole: false, request: request, site)
        }
    }

    /// The page, allowed to show the promo image from its origin when it comes from elsewhere.
    private func show(_ page: ReadingPage, whole: Bool, request: Request, _ site: Context) async throws -> Representation {
        let model = ReadingModel(page, whole: whole, context: try await pages.context(for: request, site))
        var representation = try pages.representation("reading", model, lastModified: max(site.siteChanged, page.document.updated))
        if let origin = model.imageOrigin {
            representation.headers[.contentSecurityPolicy] = SiteHeaders.contentSecurityPolicy(imageOrigins: [origin])
        }
        return representation
    }
}

extension CharacterSet {
    /// RFC 5987 attr-char: what may stand unencoded in `filename*`.
    static let rfc5987 = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
}
