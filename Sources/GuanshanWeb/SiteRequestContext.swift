import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanModel
import Hummingbird
import NIOCore

/// What the middleware learns about a request before a route sees it: who is asking, from where, and
/// the fields of a form it posted.
public struct SiteRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?
    /// The signed-in account, by session cookie or API token.
    var visitor: Visitor?
    /// Whether the request may change something (any method but GET, HEAD and OPTIONS).
    var writes = false
    /// The anonymous browser's form cookie, for forms shown before login.
    var formCookie: String?
    /// The client's address, through a trusted proxy's X-Forwarded-For.
    var clientAddress: String?
    /// The fields of a posted urlencoded form, read once by the form guard.
    var form: FormFields = FormFields()
    /// Files of a posted multipart form.
    var uploads: [UploadedFile] = []
    /// The site's settings, as this node last read them (`SiteVersion`).
    var settings = SiteSettings()
    /// The stamp of those settings and of the change log: cached pages are keyed on it.
    var stamp = 0
    /// When this node saw the site last change: pages rendered now are no older (their Last-Modified).
    var siteChanged = Date(timeIntervalSince1970: 0)

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The most bytes of body the matched route takes (`BodyPolicy`), for the form guard and JSON decoding.
    var bodyLimit = BodyPolicy.form.limit

    public var maxUploadSize: Int { bodyLimit }

    public var requestDecoder: SiteJSONDecoder { SiteJSONDecoder() }

    /// The signed-in account when its role reaches `role` and, for an API token, its scope allows the
    /// request; a redirect to the login page for a visitor, 403 otherwise.
    func signedIn(as role: Role = .reader) throws -> Visitor {
        guard let visitor else { throw AccessError.signInRequired }
        switch visitor.access(role, writes: writes) {
        case .allowed: return visitor
        case .roleTooLow: throw AccessError.forbidden
        case .outsideTokenScope: throw AccessError.outsideTokenScope(visitor.tokenScope ?? .read)
        }
    }
}

enum AccessError: Error {
    case signInRequired
    case forbidden
    /// The account's role allows the request, the API token's scope does not.
    case outsideTokenScope(TokenScope)
    /// A form without a valid token, or from another site.
    case formRejected
}
