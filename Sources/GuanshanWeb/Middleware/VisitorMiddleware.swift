import GuanshanLibrary
import HTTPTypes
import Hummingbird

/// Finds who is asking: an API token in `Authorization: Bearer`, else the session cookie; and from
/// which address, believing X-Forwarded-For only from a configured proxy. It runs before the error
/// pages, so that they know the visitor, and removes the cookie of a session that has ended.
struct VisitorMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    let library: Library
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.settings = try await library.settings()
        var response = try await visit(request, context: context, next: next)
        // Here, not with the other headers: only now are the settings known.
        if context.settings.isSecure {
            response.headers[.strictTransportSecurity] = "max-age=31536000"
        }
        return response
    }

    private func visit(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let settings = context.settings
        context.clientAddress = ClientAddress.resolve(
            peer: context.remoteAddress?.ipAddress, forwardedFor: request.headers[.xForwardedFor], trustedProxies: trustedProxies)
        if let bearer = Self.bearerToken(request) {
            guard let visitor = try await library.accounts.visitor(apiToken: bearer) else {
                return APIResponse.error(.unauthorized, message: "unknown or revoked API token")
            }
            context.visitor = visitor
        } else if let secret = SiteCookie.session.value(in: request, secure: settings.isSecure), !secret.isEmpty {
            context.visitor = try await library.accounts.visitor(sessionSecret: secret)
            if context.visitor == nil {
                var response = try await next(request, context)
                response.setCookie(SiteCookie.session.removal(secure: settings.isSecure))
                return response
            }
        }
        context.formCookie = SiteCookie.form.value(in: request, secure: settings.isSecure)
        return try await next(request, context)
    }

    private static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        return String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
    }
}

/// The client's address: the peer's, or when the peer is a trusted proxy, the last address in
/// X-Forwarded-For that no trusted proxy added.
enum ClientAddress {
    static func resolve(peer: String?, forwardedFor: String?, trustedProxies: Set<String>) -> String? {
        guard let peer, trustedProxies.contains(peer), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last { !trustedProxies.contains($0) } ?? peer
    }
}
