import Foundation
import GuanshanLibrary
import Hummingbird

/// `/d/{id}`, `/d/{id}/{n}` and `/d/{id}/all`.
struct ReadingController {
    typealias Context = SiteRequestContext

    let library: Library
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/d/:id", use: firstPage)
        router.get("/d/:id/all", use: wholeDocument)
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

    private func render(_ request: Request, context: Context, id: Int64, pageNumber: Int) async throws -> Response {
        let page = try await library.readPage(id: id, pageNumber: pageNumber, reader: context.visitor)
        return pages.render("reading", ReadingModel(page, whole: false, context: try await pages.context(for: request, context)))
    }

    static func id(_ context: Context) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else { throw HTTPError(.notFound) }
        return id
    }
}
