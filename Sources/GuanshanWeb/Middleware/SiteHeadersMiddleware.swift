import GuanshanLibrary
import HTTPTypes
import Hummingbird
import Synchronization

extension HTTPField.Name {
    // Valid field names, so the force-unwraps cannot fail.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let refresh = HTTPField.Name("Refresh")!
}

/// The security headers of every response, from the router or from `CachedPageHandler`.
enum SiteHeaders {
    static let contentSecurityPolicy = contentSecurityPolicy()

    /// The policy, with the origins of images from elsewhere that a page shows (the admin's promo image,
    /// adverts) and of the analytics service's script and reports. Without one, no script runs at all.
    static func contentSecurityPolicy(imageOrigins: [String] = [], scriptOrigins: [String] = [], connectOrigins: [String] = []) -> String {
        "default-src 'self'; img-src \((["'self'", "data:"] + imageOrigins).joined(separator: " ")); style-src 'self'; "
            + "script-src \(scriptOrigins.isEmpty ? "'none'" : scriptOrigins.joined(separator: " ")); "
            + (connectOrigins.isEmpty ? "" : "connect-src \((["'self'"] + connectOrigins).joined(separator: " ")); ")
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    }

    /// The policy of the site's pages under `settings`: what its adverts and analytics need added to
    /// `imageOrigins`.
    static func contentSecurityPolicy(settings: SiteSettings, imageOrigins: [String] = []) -> String {
        let origins = FurnitureModel.origins(settings)
        return contentSecurityPolicy(
            imageOrigins: imageOrigins + origins.images.filter { !imageOrigins.contains($0) }, scriptOrigins: origins.scripts,
            connectOrigins: origins.connections)
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

/// The Content-Security-Policy a site's settings call for, made once for the settings of each stamp
/// (`SiteVersion`) rather than on every answer; one for each router and each page cache's answerer, so
/// that sites in one process (the tests') never share one.
final class PagePolicy: Sendable {
    private let made = Mutex<(stamp: Int, policy: String)?>(nil)

    /// The policy, on a response to `path` that has set none of its own; nothing when the settings call
    /// for no origin besides the site's (the common case, which `SiteHeaders.add` answers), or on the
    /// pages that show no advert and run no analytics (`FurnitureModel.isPrivate`).
    func add(to headers: inout HTTPFields, settings: SiteSettings, stamp: Int, path: String) {
        guard headers[.contentSecurityPolicy] == nil, settings.analytics.service != .none || !settings.adverts.isEmpty,
              !FurnitureModel.isPrivate(path)
        else { return }
        headers[.contentSecurityPolicy] = made.withLock { made in
            if let made, made.stamp == stamp { return made.policy }
            let policy = SiteHeaders.contentSecurityPolicy(settings: settings)
            made = (stamp, policy)
            return policy
        }
    }
}

/// The policy the site's settings call for (`PagePolicy`), on responses that did not set their own; it
/// stands inside `VisitorMiddleware`, which reads the settings.
struct PagePolicyMiddleware: RouterMiddleware {
    let policy = PagePolicy()

    func handle(
        _ request: Request, context: SiteRequestContext, next: (Request, SiteRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        policy.add(to: &response.headers, settings: context.settings, stamp: context.stamp, path: request.uri.path)
        return response
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
