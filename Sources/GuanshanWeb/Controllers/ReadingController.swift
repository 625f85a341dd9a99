import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import Hummingbird

/// `/d/{id}`, `/d/{id}/{n}`, `/d/{id}/all`, `/d/{id}/download.{docx,txt,md}`, `/d/{id}/original` and `/d/{id}/qr.svg`.
struct ReadingController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    /// The comments under the last page; none without it (the routes over a store of documents only).
    var comments: CommentService? = nil
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/d/:id", use: firstPage)
        router.get("/d/:id/all", use: wholeDocument)
        router.get("/d/:id/qr.svg", use: shareCode)
        router.get("/d/:id/original", use: original)
        router.get("/d/:id/preview", use: preview)
        router.get("/d/:id/preview/:page", use: previewPage)
        router.get("/d/:id/thumbnail.jpg", use: thumbnail)
        for format in ExportFormat.allCases {
            router.get("/d/:id/download.\(format.rawValue)") { request, context in try await download(request, context, format) }
        }
        router.get("/d/:id/:page", use: page)
    }

    @Sendable func firstPage(_ request: Request, context: Context) async throws -> Response {
        try await render(request, context: context, id: try Parameters(request, context).id(), pageNumber: 1)
    }

    /// `?b=`: the body block a link a signed-in reader followed leads to (`SitePath.block` with `noting`).
    private func followedBlock(_ request: Request, _ context: Context) throws -> Int? {
        try Parameters(request, context).query("b", as: Count.self, allowed: "a block number")?.value
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
            let page = try await reading.readWholeDocument(
                id: id, block: try followedBlock(request, context), reader: site.visitor, counting: request.method != .head)
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
                .contentType: format.mediaType, .contentDisposition: ContentDisposition.attachment(file.fileName, asciiStem: "document-\(id)"),
                .cacheControl: "no-cache",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// The file the document was imported from, under its own name, sent a part at a time as the storage
    /// gives them; for whom the site's setting allows.
    @Sendable func original(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let download = try await reading.original(id: id, downloads: context.settings.originalDownloads, signedIn: context.visitor != nil)
        let file = download.file
        let tag = "\"\(file.hash)\""
        let cacheControl = context.settings.originalDownloads == .everyone ? "public, max-age=3600" : "private, no-cache"
        if Representation.isNotModified(request.headers, etag: tag, lastModified: nil) {
            return Response(status: .notModified, headers: [.eTag: tag, .cacheControl: cacheControl])
        }
        let body = ResponseBody(contentLength: Int(file.byteCount)) { writer in
            try await writer.write(ByteBuffer(bytes: download.firstPart))
            for index in stride(from: 1, to: file.partCount, by: 1) {
                try await writer.write(ByteBuffer(bytes: try await download.part(index)))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: file.format.mediaType, .contentDisposition: ContentDisposition.attachment(file.fileName, asciiStem: "document-\(id)"),
                .cacheControl: cacheControl, .eTag: tag,
            ],
            body: body)
    }

    /// `原版预览`: the first pages of the original as images, as many as the site's setting allows.
    @Sendable func preview(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        return try await pages.shared(request, context) { site in
            let previewed = try await reading.previewedPages(id: id, limit: site.settings.previewPages)
            let model = PreviewModel(previewed, context: try await pages.context(for: request, site))
            return try pages.representation("preview", model, lastModified: max(site.siteChanged, previewed.document.updated))
        }
    }

    @Sendable func previewPage(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let page = try Parameters(request, context).path("page", as: PageNumber.self).value
        return try await image(request, context, id: id, page: page, width: .page)
    }

    /// The first page small, for lists; a blank page drawn in its place when the original's pages cannot
    /// be drawn (a file LibreOffice cannot read) or its bytes are missing, so that a list shows no broken
    /// image.
    @Sendable func thumbnail(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        do {
            return try await image(request, context, id: id, page: 1, width: .thumbnail)
        } catch let error as LibraryError where error == .pageNotFound || error == .originalMissing {
            guard try await reading.hasOriginal(id: id) else { throw LibraryError.pageNotFound }
            if error == .originalMissing {
                context.logger.error("an original's bytes are missing from its storage", metadata: ["path": "\(request.uri.path)"])
            }
            return Representation(Self.blankPage, contentType: "image/svg+xml", cacheControl: "public, max-age=3600", lastModified: context.siteChanged)
                .response(to: request)
        }
    }

    static let blankPage = ##"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="340" viewBox="0 0 240 340"><path d="M1 1h190l48 48v290H1z" fill="#fff" stroke="#d8d2c4" stroke-width="2"/><path d="M191 1v48h48" fill="#f3efe6" stroke="#d8d2c4" stroke-width="2"/><g fill="#e4ded0"><rect x="30" y="90" width="180" height="8"/><rect x="30" y="115" width="180" height="8"/><rect x="30" y="140" width="150" height="8"/><rect x="30" y="175" width="180" height="8"/><rect x="30" y="200" width="120" height="8"/></g></svg>"##

    /// A page of an original as a JPEG, which browsers keep a day and then revalidate by its ETag (of the
    /// image's bytes: an original's own hash is not told to whoever may only see its pages).
    private func image(_ request: Request, _ context: Context, id: Int64, page: Int, width: PagePreviews.Width) async throws -> Response {
        let image = try await reading.previewImage(id: id, page: page, width: width, limit: context.settings.previewPages)
        return Representation(ByteBuffer(bytes: image), contentType: "image/jpeg", cacheControl: "public, max-age=86400").response(to: request)
    }

    private func render(_ request: Request, context: Context, id: Int64, pageNumber: Int) async throws -> Response {
        try await pages.shared(request, context, viewOf: id) { site in
            let page = try await reading.readPage(
                id: id, pageNumber: pageNumber, block: try followedBlock(request, context), reader: site.visitor,
                counting: request.method != .head)
            return try await show(page, whole: false, request: request, site)
        }
    }

    /// The page, allowed to show the promo image from its origin when it comes from elsewhere.
    private func show(_ page: ReadingPage, whole: Bool, request: Request, _ site: Context) async throws -> Representation {
        let context = try await pages.context(for: request, site)
        var model = ReadingModel(page, whole: whole, context: context)
        model.comments = try await commentSection(page, whole: whole, context, site)
        var representation = try pages.representation("reading", model, lastModified: max(site.siteChanged, page.document.updated))
        if let origin = model.imageOrigin {
            representation.headers[.contentSecurityPolicy] = SiteHeaders.contentSecurityPolicy(settings: site.settings, imageOrigins: [origin])
        }
        return representation
    }

    /// The first page of comments, under the document's last page and under the whole document, unless
    /// the site takes no comments.
    private func commentSection(_ page: ReadingPage, whole: Bool, _ context: PageContext, _ site: Context) async throws -> CommentsModel? {
        guard let comments, site.settings.comments != .off, whole || page.pageNumber == page.pageCount else { return nil }
        let id = page.document.id
        let section = try await comments.section(documentID: id, viewer: site.visitor, pageNumber: 1)
        let path = whole ? SitePath.wholeDocument(id).path : SitePath.document(id, page: page.pageNumber).path
        return CommentsModel(documentID: id, section: section, context: context, returnTo: path)
    }
}

extension CharacterSet {
    /// RFC 5987 attr-char: what may stand unencoded in `filename*`.
    static let rfc5987 = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
}
