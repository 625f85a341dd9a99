import GuanshanLibrary
import HTTPTypes
import Hummingbird

extension HTTPField.Name {
    // Valid field names, so the force-unwraps cannot fail.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let refresh = HTTPField.Name("Refresh")!
}

/// The security headers of every response, from the router or from `CachedPageHandler`.
enum SiteHeaders {
    static let contentSecurityPolicy = contentSecurityPolicy()

    /// The policy, with the origins of images from elsewhere that a page shows (the admin's promo image).
    static func contentSecurityPolicy(imageOrigins: [String] = []) -> String {
        "default-src 'self'; img-src \((["'self'", "data:"] + imageOrigins).joined(separator: " ")); style-src 'self'; script-src 'none'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    }

    static func add(to headers: inout HTTPFields) {
        if headers[.contentSecurityPolicy] == nil {
            // A page that shows an image from elsewhere set its own policy, made by `contentSecurityPolicy(imageOrigins:)`.
            headers[.contentSecurityPolicy] = contentSecurityPolicy
        }
        headers[.xContentTypeOptions] = "nosniff"
        headers[.referrerPolicy] = "strict-origin-when-cross-origin"
        headers[.frameOptions] = "DENY"
    }

    /// HSTS, on a site whose public address is https.
    static func addTransportSecurity(to headers: inout HTTPFields, settings: SiteSettings) {
        if settings.isSecure { headers[.strictTransportSecurity] = "max-age=31536000" }
    }
}

/// Security headers on every response, and the language cookie when the reader switched language.
struct SiteHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        SiteHeaders.add(to: &response.headers)
        if let chosen = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) {
            response.setCookie(Cookie(name: Language.cookieName, value: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        }
        return response
    }
}
