import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SearchRouteTests {
    /// What the site holds besides the demo documents.
    struct Site: Sendable {
        /// A two-page document whose only `雪豹` is on page 2.
        var long: Int64
        /// The page and block of that `雪豹`.
        var longPage: Int
        var longBlock: Int
        /// `萤火` documents: 25, in the category `萤火虫` (slug `fireflies`) save the last 5, in `其他`; the
        /// even-numbered ones tagged `双数`.
        var fireflies: [Int64]
        var fireflySlug: String
        /// A document whose text holds `<`, `>` and `&` around the term `尺度`.
        var markup: Int64
        /// A Markdown document with a heading, a list, a quote, code and a table.
        var markdown: Int64
    }

    static let longTerm = "雪豹"
    static let fireflyTerm = "萤火"

    static func makeSite() async throws -> (Library, Site) {
        let library = Library(store: try await TestStore.make())
        try await library.editorial.seedDemoDocumentsIfEmpty()
        let folder = try TemporaryFolder()

        // 14 paragraphs of 300 characters make two pages of 7; the term goes into paragraph 11 only.
        // The paragraphs are made of characters that never form 雪豹.
        var paragraphs = Samples.paragraphs(lengths: Array(repeating: 300, count: 14))
        paragraphs[11] = String(paragraphs[11].prefix(100)) + longTerm + String(paragraphs[11].dropFirst(102))
        let long: [String: Any] = ["title": "两页长文", "paragraphs": paragraphs, "category": "长文"]

        let fireflies: [[String: Any]] = (1...25).map { number in
            [
                "title": "夏夜笔记第\(number)篇",
                "paragraphs": ["第\(number)篇:池塘边的\(fireflyTerm)一闪一闪,编号\(number)。", String(repeating: "夜", count: number)],
                "category": number <= 20 ? "萤火虫 Fireflies" : "其他",
                "tags": number % 2 == 0 ? ["双数"] : [],
            ]
        }
        let markup: [String: Any] = [
            "title": "标记测试",
            "paragraphs": ["公式 a<b && c>d 里的<尺度>要转义,<script>alert(2)</script>也是。"],
        ]
        let lines = try ([long] + fireflies + [markup]).map { record in
            String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        }
        let jsonl = try folder.write("search.jsonl", lines.joined(separator: "\n"))
        let markdown = try folder.write("清单.md", """
            # 清单文档

            开头的一段话,提到松鼠。

            - 第一项松鼠
            - 第二项
            - 第三项

            > 引用的一段话。

            ```
            let code = 1
            ```

            | 列一 | 列二 |
            | --- | --- |
            | 甲 | 乙 |

            1. 有序第一项
            2. 有序第二项

            最后一段。
            """)
        let report = try await library.editorial.importFiles([jsonl, markdown])
        #expect(report.failed.isEmpty)
        #expect(report.imported.count == 28)
        try await library.search.catchUp()

        let ids = report.imported.map(\.id)
        let whole = try await library.reading.readWholeDocument(id: ids[0])
        let block = try #require(whole.blocks.first { $0.block.plainText.contains(longTerm) }?.index)
        let longPage = try #require(try await (1...2).asyncFirst { number in
            try await library.reading.readPage(id: ids[0], pageNumber: number).blocks.contains { $0.index == block } ? number : nil
        })
        let slug = try #require(try await library.reading.categories().first { $0.name == "萤火虫 Fireflies" }?.slug)
        let site = Site(
            long: ids[0], longPage: longPage, longBlock: block, fireflies: Array(ids[1...25]), fireflySlug: slug,
            markup: ids[26], markdown: ids[27])
        return (library, site)
    }

    func withSite(_ body: @Sendable (any TestClientProtocol, Site) async throws -> Void) async throws {
        try await withSite { client, site, _ in try await body(client, site) }
    }

    func withSite(_ body: @Sendable (any TestClientProtocol, Site, Library) async throws -> Void) async throws {
        let (library, site) = try await Self.makeSite()
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in try await body(client, site, library) }
    }

    /// A query value with everything but ASCII letters and digits percent-encoded.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .init(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) ?? ""
    }

    static func page(_ query: String, _ extra: String = "") -> String {
        "/search?q=\(encode(query))\(extra)"
    }

    static func api(_ query: String, _ extra: String = "") -> String {
        "/api/v1/search?q=\(encode(query))\(extra)"
    }

    /// The result links of a search page, in order.
    static func resultLinks(_ html: String) -> [String] {
        html.matches(of: /<li><a class="doc-title" href="([^"]+)"/).map { String($0.1) }
    }

    /// The documents of a search page's results, in order: the links without their `#b{block}`.
    static func resultDocuments(_ html: String) -> [String] {
        resultLinks(html).map { String($0.prefix { $0 != "#" }) }
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any])
    }

    // MARK: - The page

    @Test func resultsShowTheCountMarksAndALinkToThePageOfTheFirstMatch() async throws {
        try await withSite { client, site in
            #expect(site.longPage == 2)
            try await client.execute(uri: Self.page(Self.longTerm), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("<p class=\"search-count\">找到 1 篇相关文档</p>"))
                #expect(html.contains("<mark>雪豹</mark>"))
                #expect(Self.resultLinks(html) == ["/d/\(site.long)/2#b\(site.longBlock)"])
                #expect(html.contains("<span>匹配位于第2页</span>"))
                #expect(html.contains("<title>“雪豹”的搜索结果 - 观山文库</title>"))
                #expect(!html.contains("search-tips"))
            }
            // The link's page holds the anchor and the term.
            try await client.execute(uri: "/d/\(site.long)/2", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("id=\"b\(site.longBlock)\""))
                #expect(html.contains(Self.longTerm))
            }
            try await client.execute(uri: "/d/\(site.long)", method: .get) { response in
                #expect(!String(buffer: response.body).contains(Self.longTerm))
            }
        }
    }

    @Test func aTitleMatchIsMarkedAndLinksToPageOne() async throws {
        try await withSite { client, site in
            try await client.execute(uri: Self.page("两页长文"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<a class=\"doc-title\" href=\"/d/\(site.long)\"><mark>两页长文</mark></a>"))
            }
        }
    }

    @Test func twoTermsAndPhrasesAndExclusions() async throws {
        try await withSite { client, site in
            // Every required term must match: 池塘 is in all 25, 夏夜笔记第7篇 in one.
            try await client.execute(uri: Self.page("池塘 夏夜笔记第7篇"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(Self.resultDocuments(html) == ["/d/\(site.fireflies[6])"])
                #expect(html.contains("<mark>池塘</mark>"))
            }
            // A form sends spaces as `+`: the same two terms.
            try await client.execute(uri: "/search?q=\(Self.encode("池塘"))+\(Self.encode("夏夜笔记第7篇"))", method: .get) { response in
                #expect(Self.resultDocuments(String(buffer: response.body)) == ["/d/\(site.fireflies[6])"])
            }
            // A `+` typed into the box arrives as %2B and stays a `+`.
            try await client.execute(uri: Self.page("池塘+夏夜"), method: .get) { response in
                #expect(Self.resultLinks(String(buffer: response.body)).isEmpty)
            }
            try await client.execute(uri: Self.page("\"池塘边的萤火\""), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("找到 25 篇相关文档"))
                #expect(html.contains("<mark>池塘边的萤火</mark>"))
            }
            try await client.execute(uri: Self.page("\"萤火 池塘\""), method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("没有找到"))
            }
            try await client.execute(uri: Self.page("萤火 -夏夜笔记第1篇 -夏夜笔记第2篇"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("找到 23 篇相关文档"), "\(html)")
                #expect(!Self.resultDocuments(html).contains("/d/\(site.fireflies[0])"))
            }
        }
    }

    @Test func theCategoryFilterNarrowsAndIsSelected() async throws {
        try await withSite { client, site in
            try await client.execute(uri: Self.page(Self.fireflyTerm, "&c=\(site.fireflySlug)"), method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("找到 20 篇相关文档"))
                #expect(html.contains("<option value=\"\(site.fireflySlug)\" selected>萤火虫 Fireflies</option>"))
                // Page links keep the category.
                #expect(html.contains("href=\"/search?q=\(Self.encode(Self.fireflyTerm))&amp;c=\(Self.encode(site.fireflySlug).replacingOccurrences(of: "%2D", with: "-"))&amp;page=2\""))
                #expect(!Self.resultDocuments(html).contains { link in site.fireflies.suffix(5).contains { link == "/d/\($0)" } })
            }
            try await client.execute(uri: Self.page(Self.longTerm, "&c=\(site.fireflySlug)"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("在当前筛选条件下没有找到文档。"))
                #expect(html.contains("<a href=\"/search?q=\(Self.encode(Self.longTerm))\">去掉全部筛选，在所有文档中搜索</a>"))
            }
            // An empty category searches everything; an unknown one, nothing: a filter never widens a search.
            try await client.execute(uri: Self.page(Self.fireflyTerm, "&c="), method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("找到 25 篇相关文档"))
            }
            try await client.execute(uri: Self.page(Self.fireflyTerm, "&c=nothing"), method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("文库中没有“nothing”这个分类，因此没有结果。"))
            }
        }
    }

    @Test func resultsArePaged() async throws {
        try await withSite { client, site in
            var seen: [String] = []
            for number in 1...3 {
                try await client.execute(uri: Self.page(Self.fireflyTerm, number == 1 ? "" : "&page=\(number)"), method: .get) { response in
                    #expect(response.status == .ok)
                    let html = String(buffer: response.body)
                    #expect(html.contains("找到 25 篇相关文档"))
                    let links = Self.resultDocuments(html)
                    #expect(links.count == (number == 3 ? 5 : 10))
                    seen += links
                    #expect(html.contains("<span class=\"current\" aria-current=\"page\">\(number)</span>"))
                    if number == 2 {
                        #expect(html.contains("rel=\"prev\" href=\"/search?q=\(Self.encode(Self.fireflyTerm))\""))
                        #expect(html.contains("rel=\"next\" href=\"/search?q=\(Self.encode(Self.fireflyTerm))&amp;page=3\""))
                    }
                }
            }
            #expect(Set(seen) == Set(site.fireflies.map { "/d/\($0)" }))
            #expect(seen.count == 25)
            // Past the last page: the last one. Nonsense page numbers: 400; one larger than any list: 404.
            for extra in ["&page=4", "&page=50", "&page=1000", "&page="] {
                try await client.execute(uri: Self.page(Self.fireflyTerm, extra), method: .get) { response in
                    #expect([.ok, .found, .seeOther].contains(response.status), "\(extra): \(response.status)")
                    #expect(!String(buffer: response.body).isEmpty || response.headers[.location] != nil, "\(extra)")
                }
            }
            for (extra, status) in [("&page=0", HTTPResponse.Status.badRequest), ("&page=-3", .badRequest), ("&page=abc", .badRequest),
                                    ("&page=99999999999999999999", .notFound)] {
                try await client.execute(uri: Self.page(Self.fireflyTerm, extra), method: .get) { response in
                    #expect(response.status == status, "\(extra): \(response.status)")
                }
            }
        }
    }

    @Test func emptyAndPunctuationQueriesShowTheHint() async throws {
        try await withSite { client, _ in
            for uri in ["/search", "/search?q=", "/search?q=%20%20", Self.page("!!! 。,、 ……"), Self.page("-"), Self.page("-萤火"), Self.page("\"\"")] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let html = String(buffer: response.body)
                    #expect(html.contains("<p class=\"search-message\">请输入要查找的字词"), "\(uri)")
                    #expect(html.contains("class=\"search-tips\""), "\(uri)")
                    #expect(!html.contains("search-count"), "\(uri)")
                    #expect(Self.resultLinks(html).isEmpty, "\(uri)")
                }
            }
            // A blank query: the plain title, and the box takes the focus; a results page leaves the focus alone.
            for uri in ["/search", "/search?q=%20%20"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.contains("<title>搜索 - 观山文库</title>"), "\(uri)")
                    #expect(html.contains(" autofocus>"), "\(uri)")
                }
            }
            try await client.execute(uri: Self.page(Self.fireflyTerm), method: .get) { response in
                #expect(!String(buffer: response.body).contains("autofocus"))
            }
        }
    }

    @Test func noResultsEchoTheQueryAndShowTips() async throws {
        try await withSite { client, _ in
            try await client.execute(uri: Self.page("独角兽 zebra"), method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("没有找到与“独角兽 zebra”相关的文档"))
                #expect(html.contains("<p class=\"search-tips\">搜索技巧"))
                #expect(html.contains("value=\"独角兽 zebra\""))
                #expect(!html.contains("search-count"))
                #expect(!html.contains("class=\"search-results\""))
            }
        }
    }

    @Test func tooLongQueriesAreRefused() async throws {
        try await withSite { client, _ in
            let long = String(repeating: "萤", count: 10_000)
            let many = (1...1_000).map { _ in "萤" }.joined(separator: " ")
            let thirtyThree = (1...33).map { "词\($0)" }.joined(separator: " ")
            for query in [long, many, thirtyThree] {
                try await client.execute(uri: Self.page(query), method: .get) { response in
                    #expect(response.status == .badRequest)
                    let html = String(buffer: response.body)
                    #expect(html.contains("<p class=\"search-message\">搜索内容太长了"))
                    #expect(Self.resultLinks(html).isEmpty)
                    // The echo is cut to what the box accepts.
                    #expect(!html.contains(String(repeating: "萤", count: 2_001)))
                }
                try await client.execute(uri: Self.api(query), method: .get) { response in
                    #expect(response.status == .badRequest)
                    let object = try Self.json(response.body)
                    #expect(object["error"] as? String == "query_too_long")
                }
            }
            // 32 terms is still allowed.
            try await client.execute(uri: Self.page((1...32).map { "词\($0)" }.joined(separator: " ")), method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func oddQueriesDoNotBreakThePage() async throws {
        try await withSite { client, _ in
            let queries = [
                "\"萤火", "萤火\"", "\"萤火\" \"", "-", "- -", "--萤火", "-\"\"", "萤火 -", "\u{0}\u{1}\u{1B}萤火\u{7F}", "\u{200B}\u{FEFF}",
                "萤火\u{0301}", "🔥", "😀萤火", "\\", "%", "a*?[", "\u{3000}萤火\u{3000}", "ｌｉｎｕｘ", "(((", "<", "&amp;",
            ]
            for query in queries {
                try await client.execute(uri: Self.page(query), method: .get) { response in
                    #expect(response.status == .ok, "\(query.unicodeScalars.map(\.value))")
                    #expect(String(buffer: response.body).contains("</html>"))
                }
                try await client.execute(uri: Self.api(query), method: .get) { response in
                    #expect(response.status == .ok, "\(query.unicodeScalars.map(\.value))")
                }
            }
            // A bad percent escape or bytes that are not UTF-8.
            for uri in ["/search?q=%E8%90", "/search?q=%ZZ", "/search?q=%", "/search?q=%FF%FE", "/search?q&c", "/search?&&q=%E8%90%A4%E7%81%AB&&"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
        }
    }

    @Test func theQueryIsEscapedWhereverItIsEchoed() async throws {
        try await withSite { client, site in
            let script = "<script>alert(1)</script>"
            // No results: the message, the title, both boxes.
            for query in [script, "\"><script>alert(1)</script>", "' onfocus='alert(1)"] {
                try await client.execute(uri: Self.page(query), method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(!html.contains(script))
                    #expect(!html.contains("<script"))
                    #expect(!html.contains("' onfocus='"))
                    #expect(!html.contains("value=\"\"><"))
                    #expect(!html.contains("value=\"'"))
                }
            }
            try await client.execute(uri: Self.page(script), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
            // With results: the title, the count, both boxes' value attributes.
            let query = "\(Self.fireflyTerm) -\"\(script)\""
            try await client.execute(uri: Self.page(query), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("找到 25 篇相关文档"))
                #expect(!html.contains(script))
                let escaped = "萤火 -&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"
                #expect(html.components(separatedBy: "value=\"\(escaped)\"").count == 3)
                #expect(html.contains("<title>“\(escaped)”的搜索结果"))
            }
            // A document's own text is escaped in the snippet; only <mark> is markup.
            try await client.execute(uri: Self.page("尺度"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(Self.resultLinks(html) == ["/d/\(site.markup)#b0"])
                #expect(html.contains("a&lt;b &amp;&amp; c&gt;d 里的&lt;<mark>尺度</mark>&gt;"))
                #expect(!html.contains("<script>alert(2)"))
            }
        }
    }

    @Test func englishStrings() async throws {
        try await withSite { client, _ in
            try await client.execute(uri: Self.page(Self.fireflyTerm, "&lang=en"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("25 documents found"))
                #expect(html.contains("<title>Results for “萤火” - 观山文库</title>"))
                #expect(html.contains(">All categories</option>"))
                #expect(html.contains(">Search</button>"))
                #expect(html.contains(">Next</a>"))
                // The language switch keeps the query.
                #expect(html.contains("href=\"/search?q=\(Self.encode(Self.fireflyTerm))&amp;lang=zh-CN\"") || html.contains("href=\"/search?q=\(Self.encode(Self.fireflyTerm))&lang=zh-CN\""))
            }
            try await client.execute(uri: Self.page(Self.longTerm, "&lang=en"), method: .get) { response in
                #expect(String(buffer: response.body).contains("match on page 2"))
            }
            try await client.execute(uri: Self.page("独角兽", "&lang=en"), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("No document matches “独角兽”"))
                #expect(html.contains("Tips:"))
            }
            try await client.execute(uri: "/search?lang=en", method: .get) { response in
                #expect(String(buffer: response.body).contains("Type the words to look for"))
            }
            try await client.execute(uri: "/search?q=\(Self.encode(String(repeating: "萤", count: 3_000)))", method: .get, headers: [.cookie: "lang=en"]) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("The search is too long"))
                // The language switch keeps the query, cut to what the box takes.
                #expect(html.contains("href=\"/search?q=\(Self.encode(String(repeating: "萤", count: 2_000)))&amp;lang=zh-CN\""))
            }
        }
    }

    // MARK: - The API

    @Test func theAPIAnswersInItsShape() async throws {
        try await withSite { client, site in
            var all: [Int64] = []
            try await client.execute(uri: Self.api(Self.fireflyTerm, "&limit=100"), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let object = try Self.json(response.body)
                #expect(Set(object.keys) == ["total", "offset", "limit", "blocked", "unknownCategory", "unknownTag", "results"])
                #expect(object["total"] as? Int == 25)
                #expect(object["offset"] as? Int == 0)
                #expect(object["limit"] as? Int == 100)
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(results.count == 25)
                for result in results {
                    #expect(Set(result.keys) == ["id", "title", "page", "url", "snippet", "score"])
                    let id = try #require((result["id"] as? NSNumber)?.int64Value)
                    all.append(id)
                    // The first match is in the first paragraph: page 1, its block.
                    #expect(result["url"] as? String == "/d/\(id)#b0")
                    #expect(result["page"] as? Int == 1)
                    #expect((result["title"] as? String)?.hasPrefix("夏夜笔记") == true)
                    #expect((result["snippet"] as? String)?.contains("<mark>萤火</mark>") == true)
                    #expect(result["score"] is NSNumber)
                }
            }
            #expect(Set(all) == Set(site.fireflies))
            // The default page is 10 results.
            try await client.execute(uri: Self.api(Self.fireflyTerm), method: .get) { response in
                let object = try Self.json(response.body)
                #expect(object["limit"] as? Int == 10)
                #expect((object["results"] as? [Any])?.count == 10)
            }
            // limit and offset take a slice of the same order.
            try await client.execute(uri: Self.api(Self.fireflyTerm, "&limit=3&offset=2"), method: .get) { response in
                let object = try Self.json(response.body)
                #expect(object["total"] as? Int == 25)
                #expect(object["offset"] as? Int == 2)
                #expect(object["limit"] as? Int == 3)
                let ids = (object["results"] as? [[String: Any]])?.compactMap { ($0["id"] as? NSNumber)?.int64Value }
                #expect(ids == Array(all[2..<5]))
            }
            try await client.execute(uri: Self.api(Self.fireflyTerm, "&limit=0"), method: .get) { response in
                let object = try Self.json(response.body)
                #expect(object["total"] as? Int == 25)
                #expect((object["results"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: Self.api(Self.fireflyTerm, "&offset=24&limit=10"), method: .get) { response in
                let object = try Self.json(response.body)
                #expect((object["results"] as? [Any])?.count == 1)
            }
            try await client.execute(uri: Self.api(Self.fireflyTerm, "&offset=10000"), method: .get) { response in
                #expect(response.status == .ok)
                let object = try Self.json(response.body)
                #expect((object["results"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: Self.api(Self.fireflyTerm, "&c=\(site.fireflySlug)&limit=100"), method: .get) { response in
                let object = try Self.json(response.body)
                #expect(object["total"] as? Int == 20)
            }
            // The link of a match on page 2.
            try await client.execute(uri: Self.api(Self.longTerm), method: .get) { response in
                let results = try Self.json(response.body)["results"] as? [[String: Any]]
                #expect(results?.first?["url"] as? String == "/d/\(site.long)/2#b\(site.longBlock)")
                #expect(results?.first?["page"] as? Int == 2)
            }
            // No required term: nothing, not an error.
            for query in ["", "-萤火", "。。。"] {
                try await client.execute(uri: Self.api(query), method: .get) { response in
                    #expect(response.status == .ok)
                    let object = try Self.json(response.body)
                    #expect(object["total"] as? Int == 0)
                    #expect((object["results"] as? [Any])?.isEmpty == true)
                }
            }
        }
    }

    @Test func theAPIRefusesBadParameters() async throws {
        try await withSite { client, _ in
            for extra in ["&limit=1000", "&limit=101", "&limit=-1", "&offset=-1", "&limit=abc", "&offset=1.5", "&offset=10001", "&limit=99999999999999999999", "&limit=%2B1"] {
                try await client.execute(uri: Self.api(Self.fireflyTerm, extra), method: .get) { response in
                    #expect(response.status == .badRequest, "\(extra)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(extra)")
                    let object = try Self.json(response.body)
                    #expect(object["error"] as? String == "bad_parameter", "\(extra)")
                    #expect(object["message"] is String, "\(extra)")
                }
            }
        }
    }

    @Test func theAPISnippetEscapesTheDocumentButKeepsMarks() async throws {
        try await withSite { client, site in
            try await client.execute(uri: Self.api("尺度"), method: .get) { response in
                let object = try Self.json(response.body)
                let result = try #require((object["results"] as? [[String: Any]])?.first)
                #expect((result["id"] as? NSNumber)?.int64Value == site.markup)
                let snippet = try #require(result["snippet"] as? String)
                #expect(snippet.contains("a&lt;b &amp;&amp; c&gt;d 里的&lt;<mark>尺度</mark>&gt;"))
                #expect(snippet.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
                #expect(!snippet.contains("<script"))
                #expect(snippet.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "").allSatisfy { $0 != "<" && $0 != ">" })
                // The title is plain text in JSON.
                #expect(result["title"] as? String == "标记测试")
            }
        }
    }

    // MARK: - Every page

    @Test func theMastheadSearchBoxIsOnEveryPage() async throws {
        try await withSite { client, site in
            for uri in ["/", "/d/\(site.long)", "/d/\(site.long)/2", "/d/\(site.markdown)/all", "/c/\(site.fireflySlug)", "/nowhere"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.contains("<form class=\"search-box\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"\""), "\(uri)")
                }
            }
            // On a results page the box holds the query.
            try await client.execute(uri: Self.page(Self.fireflyTerm), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<form class=\"search-box\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"萤火\""))
            }
        }
    }

    @Test func everyBlockHasAnAnchorAndListsStayWhole() async throws {
        try await withSite { client, site, library in
            let blockCount = try await library.reading.readWholeDocument(id: site.markdown).blocks.count
            try await client.execute(uri: "/d/\(site.markdown)/all", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                let anchors = html.matches(of: /id="b(\d+)"/).compactMap { Int($0.1) }
                #expect(!anchors.isEmpty)
                #expect(anchors == Array(0..<anchors.count), "\(anchors)")
                #expect(anchors == Array(0..<blockCount), "\(anchors)")
                // Paragraph, 3 items, quote, code, table, 2 items, paragraph at least.
                #expect(blockCount >= 10)
                #expect(html.matches(of: /<ul>/).count == 1)
                #expect(html.matches(of: /<ol>/).count == 1)
                #expect(html.contains(#/<ul><li id="b\d+" class="depth-0">第一项松鼠</li><li id="b\d+" class="depth-0">第二项</li><li id="b\d+" class="depth-0">第三项</li></ul>/#))
                #expect(html.contains(#/<ol><li id="b\d+" class="depth-0">有序第一项</li><li id="b\d+" class="depth-0">有序第二项</li></ol>/#))
            }
            // A match in a list item links to that item's anchor.
            try await client.execute(uri: Self.api("第一项松鼠"), method: .get) { response in
                let result = try #require((try Self.json(response.body)["results"] as? [[String: Any]])?.first)
                let url = try #require(result["url"] as? String)
                let anchor = try #require(url.split(separator: "#").last.map(String.init))
                try await client.execute(uri: "/d/\(site.markdown)", method: .get) { response in
                    #expect(String(buffer: response.body).contains("<li id=\"\(anchor)\""))
                }
            }
            // The anchors of a paged document are the whole document's block numbers on every page.
            var anchors: [Int] = []
            for uri in ["/d/\(site.long)", "/d/\(site.long)/2"] {
                try await client.execute(uri: uri, method: .get) { response in
                    anchors += String(buffer: response.body).matches(of: /id="b(\d+)"/).compactMap { Int($0.1) }
                }
            }
            #expect(anchors == Array(0..<14))
        }
    }
}

extension ClosedRange<Int> {
    func asyncFirst<T>(_ transform: (Int) async throws -> T?) async rethrows -> T? {
        for value in self {
            if let found = try await transform(value) { return found }
        }
        return nil
    }
}
