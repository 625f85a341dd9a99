import Foundation
import GuanshanLibrary
import Hummingbird

/// `/d/{id}`, `/d/{id}/{n}`, `/d/{id}/all` and `/d/{id}/download.{docx,txt,md}`.
struct ReadingController {
    typealias Context = SiteRequestContext

    let library: Library
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/d/:id", use: firstPage)
        router.get("/d/:id/all", use: wholeDocument)
        for format in ExportFormat.allCases {
            router.get("/d/:id/download.\(format.rawValue)") { request, context in try await download(context, format) }
        }
        router.get("/d/:id/:page", use: page)
    }

    @Sendable func firstPage(_ request: Request, context: Context) async throws -> Response {
        try await render(request, context: context, id: try Self.id(context), pageNumber: 1)
    }

    @Sendable func page(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.id(context)
        guard let number = context.parameters.get("page", as: Int.self) else { throw HTTPError(.notFound) }
        if number == 1 {
            return .redirect(to: SitePath.document(id).path, type: .permanent)
        }
        return try await render(request, context: context, id: id, pageNumber: number)
    }

    @Sendable func wholeDocument(_ request: Request, context: Context) async throws -> Response {
        let page = try await library.readWholeDocument(id: try Self.id(context), reader: context.visitor)
        return pages.render("reading", ReadingModel(page, whole: true, context: try await pages.context(for: request, context)))
    }

    /// The whole document as a file, named after its title.
    func download(_ context: Context, _ format: ExportFormat) async throws -> Response {
        let file = try await library.export(id: try Self.id(context), as: format)
        return Response(
            status: .ok,
            headers: [
                .contentType: format.mediaType, .contentDisposition: Self.attachment(file.fileName, id: try Self.id(context)),
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
        let page = try await library.readPage(id: id, pageNumber: pageNumber, reader: context.visitor)
        return pages.render("reading", ReadingModel(page, whole: false, context: try await pages.context(for: request, context)))
    }

    static func id(_ context: Context) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else { throw HTTPError(.notFound) }
        return id
    }
}

extension CharacterSet {
    /// RFC 5987 attr-char: what may stand unencoded in `filename*`.
    static let rfc5987 = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
}
