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

    /// The promo image as a page may show it: a path on this site or an https address whose origin
    /// can stand in the Content-Security-Policy; nil for anything else.
    var promoImageSource: (src: String, origin: String?)? {
        Self.imageSource(promoImage)
    }

    /// An image a page may show (the promo's, an advert's), with the origin its policy must allow for it.
    static func imageSource(_ text: String) -> (src: String, origin: String?)? {
        let image = text.trimmingCharacters(in: .whitespaces)
        if image.hasPrefix("/"), !image.hasPrefix("//"), !image.hasPrefix("/\\") { return (image, nil) }
        guard let components = URLComponents(string: image), components.scheme?.lowercased() == "https",
              let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        let origin = "https://" + host + (components.port.map { ":\($0)" } ?? "")
        guard origin.unicodeScalars.allSatisfy({ ShareCode.originCharacters.contains($0) }) else { return nil }
        return (image, origin)
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

    static let originCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789.-:/[]")
}
