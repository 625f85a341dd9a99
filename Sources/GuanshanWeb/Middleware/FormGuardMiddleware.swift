import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import HTTPTypes
import Hummingbird

/// Bodies only for those who may send them, then cross-site request forgery. Every request that may
/// change something (any method but GET, HEAD and OPTIONS) has its body read here and nowhere else, by
/// the `BodyPolicy` of the route the router matched: a caller without the role the route needs is refused
/// before a byte is read, a body over the route's limit is refused at its Content-Length or as soon as it
/// grows past it, and a sender slower than the route's deadline is cut off. Then the request must come
/// from the site's own pages (Origin, else Referer, when the browser sends one) and carry the form token
/// of its session, or of its anonymous form cookie before login, in the `_csrf` field (urlencoded or
/// multipart) or the X-CSRF-Token header.
struct FormGuardMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    static let fieldName = "_csrf"
    let formKey: FormKey
    let uploads: UploadSlots
    /// Readers' uploads to share, apart from the editors' `uploads`.
    let shares = UploadSlots()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        // No route matched: the router answers 404 without the body.
        guard let policy = BodyPolicy.of(endpointPath: context.endpointPath) else { return try await next(request, context) }
        if let role = policy.role { _ = try context.signedIn(as: role) }
        if policy.isShare, let visitor = context.visitor, !EditorialService.mayShare(visitor.user, context.settings) { throw AccessError.forbidden }
        let exempt = Self.isExempt(request, context)
        guard exempt || Self.isSameOrigin(request, publicURL: context.settings.publicURL) else { throw AccessError.formRejected }
        if context.visitor == nil, Self.anonymousAPIWrites.contains(context.endpointPath ?? ""),
           !(request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") {
            throw HTTPError(.unsupportedMediaType)
        }
        return try await shares.holding(if: policy.isShare) { try await uploads.holding(if: policy.isUpload) {
            var request = request
            var context = context
            context.bodyLimit = policy.limit
            let body = try await BodyReader.read(&request, policy)
            let contentType = request.headers[.contentType] ?? ""
            if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
                context.form = FormFields(body)
            } else if contentType.lowercased().hasPrefix("multipart/form-data") {
                guard let boundary = MultipartForm.boundary(in: contentType), let parsed = try? MultipartForm.parse(body, boundary: boundary)
                else { throw HTTPError(.badRequest) }
                context.form = FormFields(parsed.fields)
                context.uploads = parsed.files
            }
            guard !context.form.holdsNUL else { throw ParameterError.bodyHoldsNUL }
            if !exempt {
                guard let secret = Self.formSecret(context),
                      let token = request.headers[.csrfToken] ?? context.form[Self.fieldName],
                      try await formKey.isValid(token, for: secret)
                else { throw AccessError.formRejected }
            }
            return try await next(request, context)
        } }
    }

    /// The API calls anyone may make that record something. Without credentials they carry no token, so
    /// they must say they send JSON: a page on another site cannot send that without the browser asking
    /// first (CORS), which this site never allows, and so cannot make its visitors send reports or notices.
    static let anonymousAPIWrites: Set<String> = ["/api/v1/documents/{id}/reports", "/api/v1/copyright-notices"]

    /// An API token is never sent by a browser on its own; an API call with no credentials at all changes
    /// nothing (it is answered 401), so it has nothing to forge.
    static func isExempt(_ request: Request, _ context: Context) -> Bool {
        if let visitor = context.visitor { return visitor.sessionHash == nil }
        return APIResponse.isAPI(request)
    }

    /// What a form is bound to: the session, or before login the anonymous form cookie.
    static func formSecret(_ context: Context) -> String? {
        if let session = context.visitor?.sessionHash { return "session:" + session }
        return context.formCookie.map { "anonymous:" + $0 }
    }

    /// The Origin (or, without it, the Referer) names this site: the public address when the admin set
    /// one, else the Host the request came to. A request with neither header passes on its token alone.
    static func isSameOrigin(_ request: Request, publicURL: URL?) -> Bool {
        let claimed = request.headers[.origin] ?? request.headers[.referer]
        guard let claimed else { return true }
        guard let source = URLComponents(string: claimed), let sourceHost = source.host?.lowercased(), !sourceHost.isEmpty else { return false }
        let sourceAuthority = sourceHost + (source.port.map { ":\($0)" } ?? "")
        if let publicURL, let site = URLComponents(url: publicURL, resolvingAgainstBaseURL: false), let host = site.host?.lowercased() {
            return source.scheme?.lowercased() == site.scheme?.lowercased() && sourceAuthority == host + (site.port.map { ":\($0)" } ?? "")
        }
        guard let host = request.head.authority?.lowercased() else { return false }
        return sourceAuthority == host
    }
}

extension HTTPField.Name {
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
