import Foundation
import GuanshanLibrary
import Hummingbird

/// The site's own cookies. On an https site they are Secure and carry the `__Host-` prefix, which
/// browsers accept only from the site itself, for the whole site, over https.
enum SiteCookie: String {
    /// The session's secret.
    case session = "gs_session"
    /// An anonymous browser's secret, to which login and registration forms are bound.
    case form = "gs_form"

    func name(secure: Bool) -> String {
        secure ? "__Host-\(rawValue)" : rawValue
    }

    func value(in request: Request, secure: Bool) -> String? {
        request.cookies[name(secure: secure)]?.value
    }

    func cookie(_ value: String, secure: Bool, maxAge: Int?) -> Cookie {
        Cookie(name: name(secure: secure), value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func removal(secure: Bool) -> Cookie {
        cookie("", secure: secure, maxAge: 0)
    }
}

extension SiteSettings {
    var isSecure: Bool { publicURL?.scheme?.lowercased() == "https" }
}
