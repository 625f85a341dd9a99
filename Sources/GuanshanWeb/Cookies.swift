import Foundation
import GuanshanLibrary

extension SiteSettings {
    /// Cookies are Secure and `__Host-` prefixed (`SiteCookie`) once the site's address is https.
    var isSecure: Bool { publicURL?.scheme?.lowercased() == "https" }
}
