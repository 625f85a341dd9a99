import GuanshanText
import Foundation
import GuanshanLibrary
import GuanshanModel

/// The site's public address (the `publicURL` setting), which feeds, sitemaps and robots.txt build their
/// absolute URLs from; never the request's Host header, which any client may set.
struct SiteAddress: Sendable {
    /// The address without a trailing slash: `https://wenku.example.cn`.
    let base: String

    /// nil while the admin has not set the site's address.
    init?(_ settings: SiteSettings) {
        guard let url = settings.publicURL else { return nil }
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        base = text
    }

    func url(_ path: SitePath) -> String { base + path.path }
}

enum FeedFormat: String, Sendable, CaseIterable {
    case atom, rss

    var contentType: String {
        switch self {
        case .atom: "application/atom+xml; charset=utf-8"
        case .rss: "application/rss+xml; charset=utf-8"
        }
    }

    var label: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        }
    }
}

/// Times as feeds and sitemaps write them, in a given time zone; pages write RFC 3339 in `<time datetime>`
/// and JSON-LD.
struct FeedClock {
    private var calendar = Calendar(identifier: .gregorian)

    init(timeZone: TimeZone) {
        calendar.timeZone = timeZone
    }

    private struct Parts {
        var year, month, day, hour, minute, second, weekday: Int
        /// Minutes east of UTC.
        var offset: Int
    }

    private func parts(_ date: Date) -> Parts {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let offset = Int((Double(calendar.timeZone.secondsFromGMT(for: date)) / 60).rounded())
        return Parts(
            year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0,
            second: c.second ?? 0, weekday: c.weekday ?? 1, offset: offset)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func four(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 3339, which Atom uses and sitemaps call W3C Datetime: `2026-12-02T15:20:05+08:00`.
    func rfc3339(_ date: Date) -> String {
        let p = parts(date)
        let sign = p.offset < 0 ? "-" : "+"
        let zone = p.offset == 0 ? "Z" : "\(sign)\(Self.two(abs(p.offset) / 60)):\(Self.two(abs(p.offset) % 60))"
        return "\(Self.four(p.year))-\(Self.two(p.month))-\(Self.two(p.day))T\(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second))\(zone)"
    }

    /// RFC 822 with a four-digit year, which RSS uses: `Wed, 02 Dec 2026 15:20:05 +0800`.
    func rfc822(_ date: Date) -> String {
        let p = parts(date)
        let sign = p.offset < 0 ? "-" : "+"
        let zone = "\(sign)\(Self.two(abs(p.offset) / 60))\(Self.two(abs(p.offset) % 60))"
        return "\(Self.weekdays[(p.weekday - 1) % 7]), \(Self.two(p.day)) \(Self.months[(p.month - 1) % 12]) \(Self.four(p.year)) "
            + "\(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second)) \(zone)"
    }
}

/// An Atom or RSS 2.0 feed of the newest documents of the library or of a category.
struct FeedXML {
    let format: FeedFormat
    let feed: Feed
    let settings: SiteSettings
    let address: SiteAddress

    var title: String {
        feed.category.map { "\($0.name) - \(settings.siteName)" } ?? settings.siteName
    }

    /// The feed's own address.
    var selfURL: String {
        address.url(.feed(format, category: feed.category?.slug))
    }

    /// The page the feed follows: the home page or the category's.
    var pageURL: String {
        address.url(feed.category.map { .category(slug: $0.slug) } ?? .home)
    }

    var description: String {
        let slogan = settings.slogan.isEmpty ? settings.siteName : settings.slogan
        return feed.category.map { "\(settings.siteName): \($0.name)" } ?? slogan
    }

    /// The newest change among the entries; nil for an empty feed.
    var lastModified: Date? {
        feed.entries.map(\.summary.updated).max()
    }

    var xml: String {
        switch format {
        case .atom: atom
        case .rss: rss
        }
    }

    private static func e(_ text: String) -> String { Markup.escaped(text) }

    private func author(_ summary: DocumentSummary) -> String {
        summary.sharer.isEmpty ? settings.siteName : summary.sharer
    }

    private var atom: String {
        let clock = FeedClock(timeZone: settings.timeZone)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
            <title>\(Self.e(title))</title>

            """
        if !settings.slogan.isEmpty { xml += "<subtitle>\(Self.e(settings.slogan))</subtitle>\n" }
        xml += """
            <link rel="self" type="application/atom+xml" href="\(Self.e(selfURL))"/>
            <link rel="alternate" type="text/html" href="\(Self.e(pageURL))"/>
            <id>\(Self.e(selfURL))</id>
            <updated>\(clock.rfc3339(lastModified ?? Date(timeIntervalSince1970: 0)))</updated>
            <generator>Guanshan</generator>

            """
        for entry in feed.entries {
            let summary = entry.summary
            let link = address.url(.document(summary.id))
            xml += """
                <entry>
                <title>\(Self.e(summary.title))</title>
                <link rel="alternate" type="text/html" href="\(Self.e(link))"/>
                <id>\(Self.e(link))</id>
                <published>\(clock.rfc3339(summary.published))</published>
                <updated>\(clock.rfc3339(summary.updated))</updated>
                <author><name>\(Self.e(author(summary)))</name></author>

                """
            if let category = summary.category {
                xml += "<category term=\"\(Self.e(category.slug))\" label=\"\(Self.e(category.name))\" "
                    + "scheme=\"\(Self.e(address.base))/c/\"/>\n"
            }
            xml += "<summary type=\"text\">\(Self.e(entry.excerpt))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    private var rss: String {
        let clock = FeedClock(timeZone: settings.timeZone)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>\(Self.e(title))</title>
            <link>\(Self.e(pageURL))</link>
            <description>\(Self.e(description))</description>
            <language>zh-cn</language>
            <atom:link rel="self" type="application/rss+xml" href="\(Self.e(selfURL))"/>
            <generator>Guanshan</generator>

            """
        if let lastModified { xml += "<lastBuildDate>\(clock.rfc822(lastModified))</lastBuildDate>\n" }
        for entry in feed.entries {
            let summary = entry.summary
            let link = address.url(.document(summary.id))
            xml += """
                <item>
                <title>\(Self.e(summary.title))</title>
                <link>\(Self.e(link))</link>
                <guid isPermaLink="true">\(Self.e(link))</guid>
                <pubDate>\(clock.rfc822(summary.published))</pubDate>
                <dc:creator>\(Self.e(author(summary)))</dc:creator>

                """
            if let category = summary.category {
                xml += "<category domain=\"\(Self.e(address.url(.category(slug: category.slug))))\">\(Self.e(category.name))</category>\n"
            }
            xml += "<description>\(Self.e(entry.excerpt))</description>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }
}

/// Sitemaps (sitemaps.org 0.9): the index, and the pieces of one sitemap written as its URLs are read.
enum SitemapXML {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    static func index(_ parts: [SitemapPart], address: SiteAddress, clock: FeedClock) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"\(namespace)\">\n"
        for part in parts {
            xml += "<sitemap><loc>\(Markup.escaped(address.url(.sitemapPart(part.number))))</loc>"
            if let lastModified = part.lastModified { xml += "<lastmod>\(clock.rfc3339(lastModified))</lastmod>" }
            xml += "</sitemap>\n"
        }
        return xml + "</sitemapindex>\n"
    }

    static let urlsetStart = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"\(namespace)\">\n"
    static let urlsetEnd = "</urlset>\n"

    static func url(_ location: String, lastModified: String? = nil) -> String {
        "<url><loc>\(Markup.escaped(location))</loc>\(lastModified.map { "<lastmod>\($0)</lastmod>" } ?? "")</url>\n"
    }
}
