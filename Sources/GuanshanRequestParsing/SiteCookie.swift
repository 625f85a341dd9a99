import Hummingbird

/// The site's own cookies. On an https site they are Secure and carry the `__Host-` prefix, which
/// browsers accept only from the site itself, for the whole site, over https.
public enum SiteCookie: String, CaseIterable, Sendable {
    /// The session's secret.
    case session = "gs_session"
    /// An anonymous browser's secret, to which login and registration forms are bound.
    case form = "gs_form"

    public func name(secure: Bool) -> String {
        secure ? "__Host-\(rawValue)" : rawValue
    }

    public func value(in request: Request, secure: Bool) -> String? {
        value(inCookieHeaders: request.headers[values: .cookie], secure: secure)
    }

    /// The value of this cookie in the values of a request's `Cookie` headers, read as Hummingbird reads
    /// `request.cookies`: the first `name=value` pair of that name, the value as sent.
    public func value(inCookieHeaders headers: [String], secure: Bool) -> String? {
        Cookies(from: headers)[name(secure: secure)]?.value
    }

    public func cookie(_ value: String, secure: Bool, maxAge: Int?) -> Cookie {
        Cookie(name: name(secure: secure), value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    public func removal(secure: Bool) -> Cookie {
        cookie("", secure: secure, maxAge: 0)
    }
}
