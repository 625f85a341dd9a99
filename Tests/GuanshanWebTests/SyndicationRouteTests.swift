import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Feeds, sitemaps and robots.txt, read by independent parsers: feedparser and Python's XML parser.
@Suite struct SyndicationRouteTests {
    static let base = "https://wenku.example.cn"
    static let oddTitle = "最新通知<&]]>\"引号\"'单引号'"

    /// The route suite's site with 52 more documents (a category of their own, the newest titled with
    /// XML's special characters), and the site's address set.
    static func makeSite(address: String? = base) async throws -> Library {
        let (library, _, _) = try await RouteTests.makeSite()
        let folder = try TemporaryFolder()
        var lines: [String] = []
        for number in 1...52 {
            let record: [String: Any] = [
                "title": number == 52 ? oddTitle : "第\(number)号文件：关于做好年度工作的通知",
                "paragraphs": ["　　第\(number)段开头。各单位要认真贯彻落实会议精神，\(number)项任务按时完成。", "第二段\(number)：切实加强组织领导。"],
                "category": "通知公告", "author": "办公室",
                // An hour apart, after the other documents (which are published as they are imported).
                "created": String(format: "2030-10-%02dT%02d:30:00+08:00", 1 + (number - 1) / 24, (number - 1) % 24),
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
        }
        let file = try folder.write("notices.jsonl", lines.joined(separator: "\n"))
        let report = try await library.editorial.importFiles([file])
        #expect(report.failed.isEmpty)
        if let address { try await library.changeSettings { $0.publicURL = address } }
        return library
    }

    func withSite(
        address: String? = base, configuration: WebConfiguration = WebConfiguration(),
        _ body: @Sendable (any TestClientProtocol, Library) async throws -> Void
    ) async throws {
        let library = try await Self.makeSite(address: address)
        let app = Application(router: try buildRouter(library: library, configuration: configuration))
        try await app.test(.router) { client in try await body(client, library) }
    }

    struct ReadFeed: Decodable {
        struct Entry: Decodable {
            var title: String
            var link: String
            var id: String
            var author: String
            var categories: [String]
            var summary: String
            var published: Int?
            var updated: Int?
        }
        var title: String
        var link: String
        var entries: [Entry]
    }

    /// feedparser's reading of a feed; its complaints fail the test.
    static func parse(_ xml: String, _ format: String) throws -> ReadFeed? {
        let folder = try TemporaryFolder()
        let file = try folder.write("feed.xml", xml)
        let result = try Command.oracle("feed_check.py", [file, format, base, "+08:00"])
        #expect(result.status == 0, "\(result.output)")
        guard let json = result.output.split(separator: "\n").first else { return nil }
        return try JSONDecoder().decode(ReadFeed.self, from: Data(json.utf8))
    }

    struct ReadSitemap: Decodable {
        var kind: String
        var locs: [String]
        var lastmods: [String?]
    }

    static func parseSitemap(_ xml: String) throws -> ReadSitemap? {
        let folder = try TemporaryFolder()
        let file = try folder.write("sitemap.xml", xml)
        let result = try Command.oracle("sitemap_check.py", [file, base])
        #expect(result.status == 0, "\(result.output)")
        guard let json = result.output.split(separator: "\n").first else { return nil }
        return try JSONDecoder().decode(ReadSitemap.self, from: Data(json.utf8))
    }

    static func get(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:]) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, $0.headers, String(buffer: $0.body)) }
    }

    @Test func feedsListTheNewest50ForFeedparser() async throws {
        try await withSite { client, library in
            let expected = try await library.syndication.feed()
            #expect(expected.entries.count == 50)
            #expect(expected.entries.first?.summary.title == Self.oddTitle)
            for format in ["atom", "rss"] {
                let (status, headers, xml) = try await Self.get(client, "/feed.\(format)")
                #expect(status == .ok)
                #expect(headers[.contentType] == "application/\(format)+xml; charset=utf-8")
                #expect(xml.contains("&lt;&amp;]]&gt;"))
                let feed = try #require(try Self.parse(xml, format))
                #expect(feed.title == "观山文库")
                #expect(feed.link == Self.base + "/")
                #expect(feed.entries.count == 50)
                #expect(feed.entries.map(\.title) == expected.entries.map(\.summary.title))
                #expect(feed.entries.map(\.link) == expected.entries.map { "\(Self.base)/d/\($0.summary.id)" })
                #expect(feed.entries.map(\.published) == expected.entries.map { Int($0.summary.published.timeIntervalSince1970) })
                if format == "atom" {
                    #expect(feed.entries.map(\.updated) == expected.entries.map { Int($0.summary.updated.timeIntervalSince1970) })
                    #expect(feed.entries.map(\.summary) == expected.entries.map(\.excerpt))
                }
                let newest = try #require(feed.entries.first)
                #expect(newest.author == "办公室")
                #expect(newest.categories == ["通知公告"])
                #expect(newest.summary.hasPrefix("第52段开头。各单位要认真贯彻落实会议精神"))
            }
        }
    }

    @Test func aCategoryHasFeedsOfItsOwn() async throws {
        try await withSite { client, library in
            let slug = try #require(try await library.reading.categories().first { $0.name == "测试 分类" }?.slug)
            for format in ["atom", "rss"] {
                let (status, _, xml) = try await Self.get(client, SitePathForTests.categoryFeed(slug, format))
                #expect(status == .ok)
                let feed = try #require(try Self.parse(xml, format))
                #expect(feed.title == "测试 分类 - 观山文库")
                #expect(feed.entries.map(\.title) == ["四页长文<script>alert(1)</script>"])
                #expect(feed.entries.first?.categories == ["测试 分类"])
            }
            #expect(try await Self.get(client, "/c/nothing/feed.atom").0 == .notFound)
        }
    }

    @Test func feedsAnswer304ToTheirETag() async throws {
        try await withSite { client, library in
            let (_, headers, _) = try await Self.get(client, "/feed.atom")
            let etag = try #require(headers[.eTag])
            #expect(headers[.lastModified]?.hasSuffix(" GMT") == true)
            let (status, again, body) = try await Self.get(client, "/feed.atom", headers: [.ifNoneMatch: "\"other\", \(etag)"])
            #expect(status == .notModified)
            #expect(again[.eTag] == etag)
            #expect(body.isEmpty)
            // A new document changes the feed and its ETag.
            let folder = try TemporaryFolder()
            let file = try folder.write("新文件.jsonl", #"{"title":"新文件","text":"新的一段正文。","created":"2031-01-01"}"#)
            #expect(try await library.editorial.importFiles([file]).imported.count == 1)
            #expect(try await Self.get(client, "/feed.atom", headers: [.ifNoneMatch: etag]).0 == .ok)
        }
    }

    @Test func pagesLinkToTheirFeeds() async throws {
        try await withSite { client, library in
            let home = try await Self.get(client, "/").2
            #expect(home.contains(#"<link rel="alternate" type="application/atom+xml" title="观山文库 (Atom)" href="https://wenku.example.cn/feed.atom">"#))
            #expect(home.contains(#"<link rel="alternate" type="application/rss+xml" title="观山文库 (RSS)" href="https://wenku.example.cn/feed.rss">"#))
            let slug = try #require(try await library.reading.categories().first { $0.name == "通知公告" }?.slug)
            let category = try await Self.get(client, "/c/\(slug)").2
            #expect(category.contains(
                #"type="application/atom+xml" title="通知公告 - 观山文库 (Atom)" href="https://wenku.example.cn\#(SitePathForTests.categoryFeed(slug, "atom"))">"#))
        }
    }

    @Test func withoutTheSiteAddressThereAreNoFeedsNorSitemap() async throws {
        try await withSite(address: nil) { client, _ in
            for uri in ["/feed.atom", "/feed.rss", "/sitemap.xml", "/sitemap-1.xml"] {
                let (status, headers, text) = try await Self.get(client, uri)
                #expect(status == .notFound, "\(uri)")
                #expect(headers[.contentType] == "text/plain; charset=utf-8")
                #expect(text.contains("站点网址未设置"), "\(uri)")
            }
            #expect(!(try await Self.get(client, "/").2.contains("rel=\"alternate\"")))
            let (status, _, robots) = try await Self.get(client, "/robots.txt")
            #expect(status == .ok)
            #expect(robots.contains("Disallow: /admin"))
            #expect(!robots.contains("Sitemap:"))
        }
    }

    @Test func robotsNamesTheSitemapAndKeepsCrawlersOutOfPrivatePages() async throws {
        try await withSite { client, _ in
            let (status, headers, robots) = try await Self.get(client, "/robots.txt")
            #expect(status == .ok)
            #expect(headers[.contentType] == "text/plain; charset=utf-8")
            let lines = Set(robots.split(separator: "\n").map(String.init))
            for line in ["User-agent: *", "Disallow: /admin", "Disallow: /me", "Disallow: /api/", "Sitemap: https://wenku.example.cn/sitemap.xml"] {
                #expect(lines.contains(line), "missing \(line)")
            }
            #expect(lines.contains("Disallow: /d/*/original"))
            let pages = lines.filter { $0.hasPrefix("Disallow: /d/") && !$0.contains("download") }
            #expect(Set(pages) == ["Disallow: /d/*/original", "Disallow: /d/*/preview", "Disallow: /d/*/thumbnail.jpg", "Disallow: /d/*/report"], "pages stay open")
            #expect(lines.contains("Disallow: /copyright") && lines.contains("Disallow: /reading-style") && lines.contains("Disallow: /opds"), "forms and the catalog are no pages")
        }
    }

    /// Every page of every published document, with the home page and the categories, read back from
    /// sitemaps of `limit` URLs each.
    func checkSitemaps(limit: Int) async throws {
        try await withSite(configuration: WebConfiguration(sitemapLimit: limit)) { client, library in
            var expected: [String: String?] = [Self.base + "/": nil]
            for category in try await library.reading.categories() { expected[Self.base + SitePathForTests.category(category.slug)] = nil as String? }
            var pageNumber = 1
            while true {
                let list = try await library.reading.newest(pageNumber: pageNumber)
                for summary in list.items {
                    let document = try await library.reading.readWholeDocument(id: summary.id, counting: false).document
                    for page in 1...max(1, document.metrics.pages.count) {
                        expected[Self.base + (page == 1 ? "/d/\(summary.id)" : "/d/\(summary.id)/\(page)")] = String?.some(
                            ISO8601DateFormatter.string(from: document.updated, timeZone: TimeZone(identifier: "Asia/Shanghai")!, formatOptions: [.withInternetDateTime]))
                    }
                }
                if pageNumber >= list.pageCount { break }
                pageNumber += 1
            }
            #expect(expected.count > 60)

            let (status, headers, indexXML) = try await Self.get(client, "/sitemap.xml")
            #expect(status == .ok)
            #expect(headers[.contentType] == "application/xml; charset=utf-8")
            let index = try #require(try Self.parseSitemap(indexXML))
            #expect(index.kind == "sitemapindex")
            let partCount = (expected.count + limit - 1) / limit
            #expect(index.locs == (1...partCount).map { "\(Self.base)/sitemap-\($0).xml" })
            var found: [String: String?] = [:]
            for (number, loc) in index.locs.enumerated() {
                let (status, headers, xml) = try await Self.get(client, String(loc.dropFirst(Self.base.count)))
                #expect(status == .ok)
                #expect(headers[.contentType] == "application/xml; charset=utf-8")
                let sitemap = try #require(try Self.parseSitemap(xml))
                #expect(sitemap.kind == "urlset")
                #expect(sitemap.locs.count == (number + 1 < partCount ? limit : expected.count - limit * (partCount - 1)))
                for (url, lastmod) in zip(sitemap.locs, sitemap.lastmods) {
                    #expect(found.updateValue(lastmod, forKey: url) == nil, "\(url) listed twice")
                }
                // The index's lastmod is the newest of its sitemap's.
                #expect(index.lastmods[number] == sitemap.lastmods.compactMap { $0 }.max())
            }
            #expect(found == expected)
            #expect(try await Self.get(client, "/sitemap-01.xml").0 == .movedPermanently, "a part number in another form")
            for uri in ["/sitemap-\(partCount + 1).xml", "/sitemap-0.xml", "/sitemap-1.txt", "/sitemap-x.xml", "/sitemap-\(Int.max).xml", "/sitemap-99999999999999999999.xml"] {
                #expect(try await Self.get(client, uri).0 == .notFound, "\(uri)")
            }
        }
    }

    @Test func oneSitemapHoldsASmallLibrary() async throws {
        try await checkSitemaps(limit: SyndicationService.sitemapLimit)
    }

    @Test func sitemapsSplitAtTheirLimit() async throws {
        try await checkSitemaps(limit: 7)
    }

    @Test func aSitemapMayEndAndStartInsideADocument() async throws {
        try await checkSitemaps(limit: 3)
    }
}

/// Paths the tests ask for, spelled out rather than built with the site's own `SitePath`.
enum SitePathForTests {
    static func category(_ slug: String) -> String {
        "/c/\(slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? slug)"
    }

    static func categoryFeed(_ slug: String, _ format: String) -> String {
        category(slug) + "/feed.\(format)"
    }
}
