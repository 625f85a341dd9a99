import Foundation
import GuanshanLibrary
import GuanshanModel
import Hummingbird
import Logging

/// Turns every error into a page in the site's style, or into JSON under `/api/`: 404 for what does not
/// exist, a login redirect (401 for the API) for what needs an account, 403 for what the account may not
/// do or a form that failed its check, 400 or 404 for a parameter that the parameter door refused (a
/// redirect for one in a non-canonical form), 503 while the database is unreachable, 507 with what
/// happened when the disk is full (the write was not saved), the error's own status for other HTTP
/// errors, and 500 (logged, never shown) for the rest.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as LibraryError {
            switch error {
            case .queryTooLong:
                return await errorPage(for: request, context: context, status: .badRequest, code: .queryTooLong)
            case .documentNotFound, .pageNotFound, .categoryNotFound, .tagNotFound, .sharerNotFound:
                return await errorPage(for: request, context: context, status: .notFound)
            case .signInRequired:
                return try await handle(request, context: context) { _, _ in throw AccessError.signInRequired }
            case .busy:
                var response = await errorPage(for: request, context: context, status: .serviceUnavailable)
                response.headers[.retryAfter] = "5"
                return response
            case .originalMissing:
                context.logger.error("an original's bytes are missing from its storage", metadata: ["path": "\(request.uri.path)"])
                return await errorPage(for: request, context: context, status: .notFound)
            }
        } catch let error as ParameterError {
            switch error {
            case .notFound:
                return await errorPage(for: request, context: context, status: .notFound)
            case .invalid(let name, let allowed):
                return await errorPage(
                    for: request, context: context, status: .badRequest, code: .badParameter, message: "\(name) must be \(allowed)")
            case .moved(let location):
                return .redirect(to: location, type: .permanent)
            }
        } catch let error as AccessError {
            switch error {
            case .signInRequired where !APIResponse.isAPI(request):
                return .redirect(to: SitePath.login(next: request.method == .get ? Self.pathAndQuery(request) : nil).path, type: .normal)
            case .signInRequired:
                return await errorPage(for: request, context: context, status: .unauthorized)
            case .outsideTokenScope(let scope) where APIResponse.isAPI(request):
                return APIResponse.error(.forbidden, code: .outsideTokenScope, message: AccountStrings.english.outsideTokenScope(scope.rawValue))
            case .forbidden, .outsideTokenScope:
                return await errorPage(for: request, context: context, status: .forbidden)
            case .formRejected:
                return await errorPage(for: request, context: context, status: .forbidden, formRejected: true)
            }
        } catch StoreError.unavailable {
            context.logger.error("database unavailable", metadata: ["path": "\(request.uri.path)"])
            var response = await errorPage(for: request, context: context, status: .serviceUnavailable)
            response.headers[.retryAfter] = "5"
            return response
        } catch let error where StoreError.isOutOfSpace(error) {
            context.logger.error("disk full: the write was not saved", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return await errorPage(for: request, context: context, status: .insufficientStorage)
        } catch let error as any HTTPResponseError {
            if error.status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            var response = await errorPage(for: request, context: context, status: error.status)
            if let error = error as? HTTPError { response.headers.append(contentsOf: error.headers) }
            return response
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return await errorPage(for: request, context: context, status: .internalServerError)
        }
    }

    private func errorPage(
        for request: Request, context: Context, status: HTTPResponse.Status, formRejected: Bool = false, code: APIErrorCode? = nil,
        message: String? = nil
    ) async -> Response {
        if APIResponse.isAPI(request) {
            if status == .insufficientStorage {
                return APIResponse.error(status, code: .insufficientStorage, message: "\(Strings.chinese.diskFullText) \(Strings.english.diskFullText)")
            }
            return APIResponse.error(status, code: code, message: message)
        }
        let pageContext = (try? await pages.context(for: request, context))
            ?? PageContext(language: Language(request: request), settings: context.settings, categories: [])
        let model = ErrorModel(status: status, formRejected: formRejected, context: pageContext)
        do {
            return try pages.render("error", model, status: status)
        } catch {
            context.logger.error("could not render the error page", metadata: ["error": "\(error)"])
            return Response(
                status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "\(status.code) \(status.reasonPhrase)\n")))
        }
    }

    private static func pathAndQuery(_ request: Request) -> String {
        request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
    }
}

extension HTTPResponse.Status {
    /// 507: the server's disk is full (RFC 4918); HTTPTypes names no such status.
    static let insufficientStorage = HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage")
}
