import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct RouteTests {
    /// A library with the demo documents, the reference page and a 4-page document.
    static func makeSite() async throws -> (Library, seed: Int64, long: Int64) {
        let library = Library(store: try await TestStore.make())
        try await library.editorial.seedDemoDocumentsIfEmpty()
        let folder = try TemporaryFolder()
        let seedFile = try folder.write("市政协党组对照检查材料.txt", try Samples.seedParagraphs().joined(separator: "\n"))
        let record: [String: Any] = [
            "title": "四页长文<script>alert(1)</script>", "paragraphs": Samples.longDocumentParagraphs(),
            "category": "测试 分类", "tags": ["长文", "a/b"],
        ]
        let longFile = try folder.write("长文.jsonl", try JSONSerialization.data(withJSONObject: record))
        let report = try await library.editorial.importFiles([seedFile, longFile])
        #expect(report.failed.isEmpty)
        return (library, report.imported[0].id, report.imported[1].id)
    }

    func withSite(_ body: @Sendable (any TestClientProtocol, Int64, Int64) async throws -> Void) async throws {
        let (library, seed, long) = try await Self.makeSite()
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in try await body(client, seed, long) }
    }

    @Test func theReferencePageShowsEveryElement() async throws {
        try await withSite { client, seed, _ in
            try await client.execute(uri: "/d/\(seed)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                for text in ["文似观山不喜平", "观山文库", "记住我,来上我~", "共计2578个字,预计阅读时长9分钟", "admin", "分享", "时间:", "加入收藏",
                             "1.在加强党对政协工作的全面领导上还不到位", "(第1/2页)", "次阅读"] {
                    #expect(html.contains(text), "missing \(text)")
                }
            }
            // 2,578 characters is over 1.25 pages' worth, so the reference body makes two pages.
            try await client.execute(uri: "/d/\(seed)/2", method: .get) { response in
                let html = String(buffer: response.body)
                for text in ["(第2/2页)", "共计2578个字,预计阅读时长9分钟", "没有真正发挥出委员的主体作用。"] {
                    #expect(html.contains(text), "missing \(text)")
                }
            }
        }
    }

    @Test func theLastPageListsRelatedDocumentsEscaped() async throws {
        try await withSite { client, seed, long in
            try await client.execute(uri: "/d/\(seed)", method: .get) { response in
                #expect(!String(buffer: response.body).contains("相关文档"))
            }
            for uri in ["/d/\(seed)/2", "/d/\(seed)/all"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = String(buffer: response.body)
                    let aside = try #require(html.range(of: #"(?s)<aside class="related".*?</aside>"#, options: .regularExpression).map { String(html[$0]) })
                    #expect(aside.contains("<h2 id=\"related-heading\">相关文档</h2>"))
                    #expect(!aside.contains("href=\"/d/\(seed)\""))
                    #expect(aside.components(separatedBy: "<li>").count - 1 <= ReadingService.relatedLimit)
                }
            }
            try await client.execute(uri: "/d/\(long)/4", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("相关文档"))
                #expect(!html.contains("<script>alert(1)"))
            }
        }
    }

    @Test func page2OfFourIsMarkedAndNavigable() async throws {
        try await withSite { client, _, long in
            var counts: Set<String> = []
            for number in 1...4 {
                let uri = number == 1 ? "/d/\(long)" : "/d/\(long)/\(number)"
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let html = String(buffer: response.body)
                    if number == 2 {
                        #expect(html.contains("(第2/4页) - 观山文库</title>"))
                        #expect(html.contains("<span class=\"page-marker\">(第2/4页)</span></h1>"))
                        #expect(html.contains("href=\"/d/\(long)\">上一页</a>") || html.contains("rel=\"prev\" href=\"/d/\(long)\""))
                        #expect(html.contains("href=\"/d/\(long)/3\">下一页</a>"))
                        #expect(html.contains("href=\"/d/\(long)/all\">全文阅读</a>"))
                    }
                    let line = html.range(of: #"共计\d+个字,预计阅读时长\d+分钟"#, options: .regularExpression).map { String(html[$0]) }
                    counts.insert(line ?? "none")
                }
            }
            #expect(counts.count == 1)
            #expect(!counts.contains("none"))
        }
    }

    @Test func titlesAreEscaped() async throws {
        try await withSite { client, _, long in
            try await client.execute(uri: "/d/\(long)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>alert(1)</script>"))
                #expect(html.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func pageOneRedirectsAndMissingPagesAre404() async throws {
        try await withSite { client, _, long in
            try await client.execute(uri: "/d/\(long)/1", method: .get) { response in
                #expect(response.status == .permanentRedirect || response.status == .movedPermanently)
                #expect(response.headers[.location] == "/d/\(long)")
            }
            for uri in ["/d/\(long)/5", "/d/\(long)/0", "/d/\(long + 100)", "/d/abc", "/d/\(long)/x", "/nowhere", "/c/nothing", "/t/nothing", "/c/%E6%B5%8B%E8%AF%95-%E5%88%86%E7%B1%BB?page=9"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    let html = String(buffer: response.body)
                    #expect(html.contains("页面不存在"), "\(uri)")
                    #expect(html.contains("观山文库"), "\(uri)")
                }
            }
        }
    }

    @Test func theWholeDocumentHasItsContents() async throws {
        try await withSite { client, seed, _ in
            try await client.execute(uri: "/d/\(seed)/all", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<details class=\"outline\" open>"))
                #expect(html.contains("在带头坚持以人民为中心的发展思想,推动改革发展稳定方面"))
                #expect(html.contains("联系群众、服务群众不主动、不深入</a>"))
                let anchors = html.matches(of: /href="#(b\d+)"/).map { String($0.1) }
                #expect(!anchors.isEmpty)
                for anchor in anchors {
                    #expect(html.contains("id=\"\(anchor)\""), "\(anchor)")
                }
            }
        }
    }

    @Test func homeCategoryAndTagList() async throws {
        try await withSite { client, seed, long in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("最新文档"))
                #expect(html.contains("最多阅读"))
                #expect(html.contains("href=\"/d/\(seed)\""))
                #expect(html.contains("观山文库使用指南"))
                #expect(html.contains("href=\"/c/guide\""))
                #expect(html.contains("字 · 约"))
            }
            try await client.execute(uri: "/c/guide", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("观山文库使用指南"))
            }
            try await client.execute(uri: "/c/%E6%B5%8B%E8%AF%95-%E5%88%86%E7%B1%BB", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("href=\"/d/\(long)\""))
            }
            try await client.execute(uri: "/t/%E9%95%BF%E6%96%87", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("href=\"/d/\(long)\""))
            }
            try await client.execute(uri: "/t/a%2Fb", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func englishIsAvailableAndRemembered() async throws {
        try await withSite { client, seed, _ in
            try await client.execute(uri: "/d/\(seed)?lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("2578 characters, about 9 min to read"))
                #expect(response.headers[.setCookie]?.contains("lang=en") == true)
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "lang=en"]) { response in
                #expect(String(buffer: response.body).contains("Newest"))
            }
        }
    }

    @Test func stylesheetHealthAndSecurityHeaders() async throws {
        try await withSite { client, _, _ in
            var stylesheet = ""
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                let html = String(buffer: response.body)
                stylesheet = html.firstMatch(of: /href="(\/assets\/site-[0-9a-f]+\.css)"/).map { String($0.1) } ?? ""
            }
            #expect(!stylesheet.isEmpty)
            try await client.execute(uri: stylesheet, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body).contains("prefers-color-scheme: dark"))
            }
            try await client.execute(uri: "/assets/site-0.css", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
