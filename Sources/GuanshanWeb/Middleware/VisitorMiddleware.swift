import GuanshanLibrary
import GuanshanRequestParsing
import HTTPTypes
import Hummingbird

/// Finds who is asking: an API token in `Authorization: Bearer`, else the session cookie; and from
/// which address, believing X-Forwarded-For only from a configured proxy. It runs before the error
/// pages, so that they know the visitor, and removes the cookie of a session that has ended. It gives
/// each request the settings as this node last read them, and reads them (with the change log's
/// revision) again after a request that may have written, so that the next request sees the change.
struct VisitorMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    let accounts: Accounts
    let version: SiteVersion
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.writes = ![.get, .head, .options].contains(request.method)
        context.clientAddress = ClientAddress.resolve(
            peer: context.remoteAddress?.ipAddress, forwardedFor: request.headers[.xForwardedFor], trustedProxies: trustedProxies)
        var sessionEnded = false
        do {
            let version = try await version.current()
            context.settings = version.settings
            context.stamp = version.stamp
            context.siteChanged = version.since
            switch try await identify(request, settings: context.settings) {
            case .anonymous: break
            case .signedIn(var visitor):
                visitor.address = context.clientAddress
                context.visitor = visitor
            case .sessionEnded: sessionEnded = true
            case .unknownToken: return APIResponse.error(.unauthorized, message: "unknown or revoked API token")
            case .expiredToken: return PersonalAPIController.refusal(.tokenExpired)
            }
        } catch {
            // Go on as a visitor who is not signed in: the route meets the same failure and the error pages answer.
            context.logger.error("could not identify the visitor", metadata: ["error": "\(error)"])
        }
        context.formCookie = SiteCookie.form.value(in: request, secure: context.settings.isSecure)
        var response = try await next(request, context)
        if sessionEnded { response.setCookie(SiteCookie.session.removal(secure: context.settings.isSecure)) }
        // Here, not with the other headers: only now are the settings known.
        SiteHeaders.addTransportSecurity(to: &response.headers, settings: context.settings)
        return response
    }

    private enum Identity {
        case anonymous
        case signedIn(Visitor)
        /// The cookie names a session that expired or was ended.
        case sessionEnded
        case unknownToken
        case expiredToken
    }

    private func identify(_ request: Request, settings: SiteSettings) async throws -> Identity {
        if let bearer = Self.bearerToken(request) {
            do {
                return try await accounts.visitor(apiToken: bearer).map(Identity.signedIn) ?? .unknownToken
            } catch AccountError.tokenExpired {
                return .expiredToken
            }
        }
        guard let secret = SiteCookie.session.value(in: request, secure: settings.isSecure), !secret.isEmpty else { return .anonymous }
        return try await accounts.visitor(sessionSecret: secret).map(Identity.signedIn) ?? .sessionEnded
    }

    /// The token of an `Authorization: Bearer …` header, "" when the scheme is Bearer and no token follows
    /// (refused like an unknown token, never passed over for the session cookie); nil without the header or
    /// for another scheme (a proxy's Basic credentials).
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let value = header.trimmingCharacters(in: .whitespaces)
        let scheme = value.prefix { !$0.isWhitespace }
        guard scheme.lowercased() == "bearer" else { return nil }
        return String(value.dropFirst(scheme.count)).trimmingCharacters(in: .whitespaces)
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
