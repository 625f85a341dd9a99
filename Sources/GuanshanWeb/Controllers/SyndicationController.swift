import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanModel
import Hummingbird

/// What lets readers and search engines follow the site: Atom and RSS feeds of the newest documents (of
/// the library and of each category), the sitemap index with its sitemaps, and robots.txt.
///
/// Feeds and sitemaps need absolute URLs, which come from the site's address setting and never from the
/// request's Host header. Until an admin sets the address they answer 404 with a line saying so, the
/// pages do not link to them, and robots.txt names no sitemap.
struct SyndicationController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    let syndication: SyndicationService
    /// The most URLs one sitemap lists (50,000 by sitemaps.org); tests make it small.
    let sitemapLimit: Int

    func addRoutes(to router: Router<Context>) {
        for format in FeedFormat.allCases {
            router.get("/feed.\(format.rawValue)") { request, context in
                try await feed(format, categorySlug: nil, request: request, context: context)
            }
            router.get("/c/:slug/feed.\(format.rawValue)") { request, context in
                try await feed(format, categorySlug: try Parameters(request, context).name("slug"), request: request, context: context)
            }
        }
        router.get("/sitemap.xml", use: sitemapIndex)
        // `/sitemap-1.xml`, `/sitemap-2.xml`…: the router captures `1.xml`.
        router.get("/sitemap-{part}", use: sitemapPart)
        router.get("/robots.txt", use: robots)
    }

    /// Links to the feeds of the home page (`category` nil) or of a category, for the page's head.
    static func feedLinks(_ settings: SiteSettings, category: GuanshanModel.Category? = nil) -> [LayoutModel.FeedLink] {
        guard let address = SiteAddress(settings) else { return [] }
        let title = category.map { "\($0.name) - \(settings.siteName)" } ?? settings.siteName
        return FeedFormat.allCases.map { format in
            LayoutModel.FeedLink(
                type: format.contentType.prefix { $0 != ";" }.description, title: "\(title) (\(format.label))",
                href: address.url(.feed(format, category: category?.slug)))
        }
    }

    func feed(_ format: FeedFormat, categorySlug: String?, request: Request, context: Context) async throws -> Response {
        guard let address = SiteAddress(context.settings) else { return Self.addressNotSet }
        let feed = try await syndication.feed(categorySlug: categorySlug)
        let xml = FeedXML(format: format, feed: feed, settings: context.settings, address: address)
        return Representation(
            xml.xml, contentType: format.contentType, cacheControl: "public, max-age=300",
            lastModified: Self.lastModified(xml.lastModified, context)
        ).response(to: request)
    }

    /// The home page and the first page of each category: the URLs of the first sitemap before the documents.
    private func otherPages() async throws -> [String] {
        let categories = try await reading.categories().sorted { $0.id < $1.id }
        return [SitePath.home.path] + categories.map { SitePath.category(slug: $0.slug).path }
    }

    @Sendable func sitemapIndex(_ request: Request, context: Context) async throws -> Response {
        guard let address = SiteAddress(context.settings) else { return Self.addressNotSet }
        let parts = try await syndication.sitemapParts(limit: sitemapLimit, reserved: try await otherPages().count)
        let xml = SitemapXML.index(parts, address: address, clock: FeedClock(timeZone: context.settings.timeZone))
        return Representation(
            xml, contentType: "application/xml; charset=utf-8", cacheControl: "public, max-age=3600",
            lastModified: Self.lastModified(parts.compactMap(\.lastModified).max(), context)
        ).response(to: request)
    }

    /// One sitemap, written as its documents are read from the store.
    @Sendable func sitemapPart(_ request: Request, context: Context) async throws -> Response {
        let number = try Parameters(request, context).path("part", as: SitemapNumber.self).number
        guard let address = SiteAddress(context.settings) else { return Self.addressNotSet }
        let others = try await otherPages()
        let cursor = try await syndication.sitemapPages(part: number, limit: sitemapLimit, reserved: others.count)
        let start = (number - 1) * sitemapLimit
        var head = SitemapXML.urlsetStart
        for path in others[min(start, others.count)..<min(start + sitemapLimit, others.count)] {
            head += SitemapXML.url(address.base + path)
        }
        let clock = FeedClock(timeZone: context.settings.timeZone)
        let body = ResponseBody { [head] writer in
            var cursor = cursor
            try await writer.write(ByteBuffer(string: head))
            while let pages = try await cursor.next() {
                var chunk = ""
                for page in pages {
                    chunk += SitemapXML.url(address.url(.document(page.documentID, page: page.page)), lastModified: clock.rfc3339(page.updated))
                }
                try await writer.write(ByteBuffer(string: chunk))
            }
            try await writer.write(ByteBuffer(string: SitemapXML.urlsetEnd))
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "application/xml; charset=utf-8", .cacheControl: "public, max-age=3600"], body: body)
    }

    /// Keeps crawlers out of accounts, the admin, the API, search results, downloads and the visitors' forms, and
    /// names the sitemap.
    @Sendable func robots(_ request: Request, context: Context) async throws -> Response {
        var text = """
            User-agent: *
            Disallow: /admin
            Disallow: /api/
            Disallow: /me
            Disallow: /login
            Disallow: /register
            Disallow: /logout
            Disallow: /setup/
            Disallow: /search
            Disallow: /d/*/download.
            Disallow: /d/*/original
            Disallow: /d/*/preview
            Disallow: /d/*/thumbnail.jpg
            Disallow: /d/*/report
            Disallow: /copyright
            Disallow: /reading-style
            Disallow: /opds
            Disallow: /healthz
            Disallow: /metrics

            """
        if let address = SiteAddress(context.settings) {
            text += "\nSitemap: \(address.url(.sitemap))\n"
        }
        return Representation(text, contentType: "text/plain; charset=utf-8", cacheControl: "public, max-age=3600", lastModified: context.siteChanged)
            .response(to: request)
    }

    /// The answer of feeds and sitemaps while the site's address is not set.
    static var addressNotSet: Response {
        let text = """
            站点网址未设置：管理员在 /admin/settings 填写站点网址后，订阅源（Atom、RSS）和网站地图才会提供。
            The site's address is not set: the feeds (Atom, RSS) and the sitemap appear once an admin sets it at /admin/settings.

            """
        return Response(
            status: .notFound, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The newest entry's time, or the moment this node saw the site change when that is later: a
    /// document taken out of a feed leaves the newest time as it was, but not the other.
    private static func lastModified(_ newest: Date?, _ context: Context) -> Date {
        max(newest ?? context.siteChanged, context.siteChanged)
    }
}
