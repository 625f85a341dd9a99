import Foundation
import GuanshanLibrary
import Hummingbird

/// The reader's favorites and history: `/me/favorites`, `/me/history`, and the `加入收藏` button.
struct PersonalController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/me/favorites", use: favorites)
        router.get("/me/history", use: history)
        router.post("/d/:id/favorite", use: setFavorite)
        router.post("/me/history/:id/delete", use: forgetReading)
        router.post("/me/history/clear", use: clearHistory)
    }

    @Sendable func favorites(_ request: Request, context: Context) async throws -> Response {
        let page = try await reading.favorites(try context.signedIn(), pageNumber: try Parameters(request, context).pageNumber())
        return try pages.render("personal", PersonalModel.favorites(page, context: try await pages.context(for: request, context)))
    }

    @Sendable func history(_ request: Request, context: Context) async throws -> Response {
        let page = try await reading.history(try context.signedIn(), pageNumber: try Parameters(request, context).pageNumber())
        return try pages.render("personal", PersonalModel.history(page, context: try await pages.context(for: request, context)))
    }

    /// Adds (`on=1`) or removes (`on=0`) the document, then goes back to `next` or the document.
    @Sendable func setFavorite(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let id = try Parameters(request, context).id()
        try await reading.setFavorite(visitor, documentID: id, context.form["on"] != "0")
        return .redirect(to: context.form["next"].flatMap(SitePath.localPath) ?? SitePath.document(id).path, type: .normal)
    }

    @Sendable func forgetReading(_ request: Request, context: Context) async throws -> Response {
        try await reading.clearHistory(try context.signedIn(), documentID: try Parameters(request, context).id())
        return .redirect(to: SitePath.history().path, type: .normal)
    }

    @Sendable func clearHistory(_ request: Request, context: Context) async throws -> Response {
        try await reading.clearHistory(try context.signedIn(), documentID: nil)
        return .redirect(to: SitePath.history().path, type: .normal)
    }
}
