import HTTPTypes
import Hummingbird

extension HTTPField.Name {
    // Valid field names, so the force-unwraps cannot fail.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
}

/// Security headers on every response, and the language cookie when the reader switched language.
struct SiteHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String { contentSecurityPolicy() }

    /// The policy, with the origins of images from elsewhere that a page shows (the admin's promo image).
    static func contentSecurityPolicy(imageOrigins: [String] = []) -> String {
        "default-src 'self'; img-src \((["'self'", "data:"] + imageOrigins).joined(separator: " ")); style-src 'self'; script-src 'none'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            // A page that shows an image from elsewhere set its own policy, made by `contentSecurityPolicy(imageOrigins:)`.
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "strict-origin-when-cross-origin"
        response.headers[.frameOptions] = "DENY"
        if let chosen = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) {
            response.setCookie(Cookie(name: Language.cookieName, value: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        }
        return response
    }
}
