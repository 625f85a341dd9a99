import Foundation
import GuanshanLibrary
import GuanshanQR
import Synchronization

extension SiteSettings {
    /// The address readers reach `path` at, from the site address setting (never from the request's
    /// Host header, which any client may set); nil while the admin has not set one.
    func publicAddress(of path: String) -> String? {
        guard let base = publicURL?.absoluteString else { return nil }
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }

    /// The promo image as a page may show it (`imageSource`).
    var promoImageSource: (src: String, origin: String?)? {
        Self.imageSource(promoImage)
    }
}

/// The QR codes of the reading page: the share code of a page's public address (served at
/// `/d/{id}/qr.svg`) and the promo code of the admin's promo target (drawn into the page).
enum ShareCode {
    /// The code of `text` as an SVG image: level M, dark on white so that it scans in dark mode too.
    static func svg(_ text: String, label: String) -> String? {
        guard let code = try? QRCode(text: text, level: .medium) else { return nil }
        return code.svg(label: label, moduleSize: 4, color: "#000", background: "#fff")
    }

    /// The promo code as a `data:` address for an `<img>` (which WeChat can read by a long press),
    /// drawn once for each target.
    static func promoImage(_ target: String) -> String? {
        if let cached = promoCache.withLock({ $0 }), cached.target == target { return cached.image }
        guard let svg = svg(target, label: target) else { return nil }
        let image = "data:image/svg+xml;base64," + Data(svg.utf8).base64EncodedString()
        promoCache.withLock { $0 = (target, image) }
        return image
    }

    private static let promoCache = Mutex<(target: String, image: String)?>(nil)
}
