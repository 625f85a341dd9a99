import Foundation
internal import GuanshanFormats
import GuanshanText

/// A link to a friendly site in the footer (友情链接).
public struct FriendLink: Hashable, Sendable {
    public var name: String
    public var url: URL

    /// Most links the footer holds, and the longest name.
    static let most = 30
    static let longestName = 30

    /// The links of the setting's text, one a line, a name then its address (`观山书院 https://example.cn`);
    /// nil when a line is not that, or there are too many.
    static func parse(_ text: String) -> [FriendLink]? {
        var links: [FriendLink] = []
        // Split by scalars, not Characters: a character that joins the space after it into one Character
        // (U+0600 and the other prepended marks) must not hide that space.
        for line in text.unicodeScalars.split(whereSeparator: Self.endsLine) {
            let words = line.split { $0.properties.isWhitespace }.map { String(String.UnicodeScalarView($0)) }
            guard let last = words.last else { continue }
            let name = words.dropLast().joined(separator: " ")
            guard !name.isEmpty, name.count <= longestName, let url = SiteSettings.linkURL(last) else { return nil }
            links.append(FriendLink(name: name, url: url))
        }
        return links.count <= most ? links : nil
    }

    /// Line feed, carriage return, vertical tab, form feed, next line, line and paragraph separators.
    private static func endsLine(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }
}

/// The record numbers a site in China shows in its footer: the MIIT's ICP备案号 and the police's
/// 公安备案号, each linked to the registry that lists it.
public struct SiteRecords: Hashable, Sendable {
    public var icp: String
    public var police: String

    /// The ICP registry (工业和信息化部政务服务平台), which has no address per record.
    public static let icpRegistry = "https://beian.miit.gov.cn/"

    /// The police registry's page for the record, found by its 14-digit code (`京公网安备11010502000001号`).
    public var policeRegistry: URL? {
        Self.policeCode(police).flatMap { URL(string: "https://beian.mps.gov.cn/#/query/webSearch?code=\($0)") }
    }

    /// The 14 digits of a 公安备案号, when it holds them (and no other digits).
    static func policeCode(_ text: String) -> String? {
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }
        return digits.count == 14 ? String(String.UnicodeScalarView(digits)) : nil
    }
}

/// The places an advert can stand.
public enum AdvertSlot: String, CaseIterable, Sendable {
    /// Under the masthead of every page.
    case top
    /// Under a document's title on its reading page.
    case title
    /// After a document's text on its reading page.
    case body
    /// Beside the lists of the home, category and tag pages.
    case list

    /// Where the slot is, in English, for the API's description.
    var about: String {
        switch self {
        case .top: "under the masthead of every page"
        case .title: "under a document's title"
        case .body: "after a document's text"
        case .list: "beside the lists of the home, category and tag pages"
        }
    }
}

/// An advert: an image linking elsewhere, or a piece of HTML kept only as text with emphasis and links
/// (read by the HTML importer: no markup of it reaches a page, and no script).
public struct Advert: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case image(source: String, link: URL)
        case text([Block])
    }

    /// The setting's text, as the admin wrote it.
    public var source: String
    public var content: Content

    /// The longest advert the setting takes.
    static let limit = 4_000

    /// The advert of the setting's text: `<image address> <link address>`, or HTML (starting with `<`);
    /// nil when it is neither, or is empty.
    static func parse(_ text: String) -> Advert? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.unicodeScalars.count <= limit else { return nil }
        if text.hasPrefix("<") {
            let blocks = HTMLFormat.blocks(text)
            return blocks.isEmpty ? nil : Advert(source: text, content: .text(blocks))
        }
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == 2, SiteSettings.isImageAddress(words[0]), let link = SiteSettings.linkURL(words[1]) else { return nil }
        return Advert(source: text, content: .image(source: words[0], link: link))
    }
}

/// A web analytics service whose script the site's pages load, chosen from those it knows; its origins
/// alone are added to the Content-Security-Policy, and no other script runs.
public struct Analytics: Hashable, Sendable {
    public enum Service: String, CaseIterable, Sendable {
        case none
        /// 百度统计: `hm.js` with the site's 32-digit key.
        case baidu
        /// Google Analytics 4: gtag.js with a measurement ID (`G-…`), configured by `/analytics.js`.
        case google
        /// Umami, self-hosted or its cloud: a website ID (a UUID).
        case umami
        /// Plausible, self-hosted or its cloud: the site's domain.
        case plausible
    }

    public var service: Service
    public var id: String
    /// Where Umami or Plausible runs (its cloud unless set).
    public var host: URL?

    /// The script the pages load.
    public var script: URL? {
        switch service {
        case .none: nil
        case .baidu: URL(string: "https://hm.baidu.com/hm.js?\(id)")
        case .google: URL(string: "https://www.googletagmanager.com/gtag/js?id=\(id)")
        case .umami: (host ?? URL(string: "https://cloud.umami.is"))?.appendingPathComponent("script.js")
        case .plausible: (host ?? URL(string: "https://plausible.io"))?.appendingPathComponent("js/script.js")
        }
    }

    /// The origins the script is loaded from and reports to, as each service documents them.
    public var origins: (scripts: [String], connections: [String], images: [String]) {
        switch service {
        case .none: return ([], [], [])
        case .baidu: return (["https://hm.baidu.com"], ["https://hm.baidu.com"], ["https://hm.baidu.com"])
        case .google:
            return (
                ["https://*.googletagmanager.com"],
                ["https://*.google-analytics.com", "https://*.analytics.google.com", "https://*.googletagmanager.com"],
                ["https://*.google-analytics.com", "https://*.googletagmanager.com"])
        case .umami where host == nil:
            // Umami's cloud serves its script from one host and takes the reports on others.
            return (["https://cloud.umami.is"], ["https://cloud.umami.is", "https://gateway.umami.is", "https://*.umami.dev"], [])
        case .umami, .plausible:
            let origin = script.flatMap(Self.origin).map { [$0] } ?? []
            return (origin, origin, [])
        }
    }

    /// Whether `id` is what `service` calls a site: Baidu's 32 hex digits, Google's `G-` measurement ID,
    /// Umami's UUID, Plausible's domain; anything, when there is no service (it is not used).
    static func isID(_ id: String, of service: Service) -> Bool {
        switch service {
        case .none: true
        case .baidu: id.count == 32 && id.allSatisfy { $0.isASCII && $0.isHexDigit }
        case .google: id.hasPrefix("G-") && (3...22).contains(id.count) && id.dropFirst(2).allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
        case .umami: UUID(uuidString: id) != nil
        case .plausible:
            id.count <= 253 && id.contains(".") && !id.hasPrefix(".") && !id.hasSuffix(".")
                && id.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLowercase || $0 == "." || $0 == "-") }
        }
    }

    /// An https origin, nothing after it: where a self-hosted Umami or Plausible runs. Its host is letters,
    /// digits, dots and hyphens only, so that it can stand in the Content-Security-Policy as it is.
    static func host(_ text: String) -> URL? {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "https", let host = components.host?.lowercased(),
              !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }),
              components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil,
              components.user == nil
        else { return nil }
        return URL(string: "https://\(host)\(components.port.map { ":\($0)" } ?? "")")
    }

    /// `https://host[:port]` of an address.
    static func origin(_ url: URL) -> String? {
        guard let scheme = url.scheme, let host = url.host() else { return nil }
        return "\(scheme)://\(host)\(url.port.map { ":\($0)" } ?? "")"
    }
}
