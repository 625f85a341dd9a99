import GuanshanLibrary
import Hummingbird
import Logging

/// Turns every error into a page in the site's style: 404 for what does not exist, the error's own status
/// for other HTTP errors, 500 (logged) for the rest.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch is LibraryError {
            return await errorPage(for: request, status: .notFound, context: context)
        } catch let error as HTTPError {
            if error.status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            return await errorPage(for: request, status: error.status, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return await errorPage(for: request, status: .internalServerError, context: context)
        }
    }

    private func errorPage(for request: Request, status: HTTPResponse.Status, context: Context) async -> Response {
        let pageContext = (try? await pages.context(for: request))
            ?? PageContext(language: Language(request: request), settings: SiteSettings(), categories: [])
        let model = ErrorModel(notFound: status == .notFound, context: pageContext)
        return pages.render("error", model, status: status)
    }
}
