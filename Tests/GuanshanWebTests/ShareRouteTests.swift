import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The reading page's share code (`微信扫码分享`), the promo widget (`领取福利`), `/d/{id}/qr.svg`, and the
/// page's metadata (title, description, canonical link, Open Graph, JSON-LD), issue 7 items 2 and 5.
@Suite struct ShareRouteTests {
    static let address = "https://wenku.example.cn"
    static let hostileTitle = #"标题</script><script>alert("x")</script> & <!-- 引号'"#

    struct Site {
        let library: Library
        let seed: Int64
        let long: Int64
        let hostile: Int64
    }

    /// RouteTests' library (the demo documents, the reference page, a 4-page document), a document with
    /// a hostile title, and the site address when given.
    static func makeSite(address: String? = Self.address) async throws -> Site {
        let (library, seed, long) = try await RouteTests.makeSite()
        let folder = try TemporaryFolder()
        let record: [String: Any] = ["title": hostileTitle, "paragraphs": ["第一段　有全角空格\n和换行。", "第二段。"]]
        let file = try folder.write("hostile.jsonl", try JSONSerialization.data(withJSONObject: record))
        let report = try await library.editorial.importFiles([file])
        let hostile = try #require(report.imported.first?.id)
        if let address { try await library.changeSettings { $0.publicURL = address } }
        return Site(library: library, seed: seed, long: long, hostile: hostile)
    }

    func withSite(address: String? = Self.address, _ body: @Sendable (Site, Browser) async throws -> Void) async throws {
        let site = try await Self.makeSite(address: address)
        let app = Application(router: try buildRouter(library: site.library))
        try await app.test(.router) { client in try await body(site, Browser(client)) }
    }

    /// The first capture group of `pattern` in `text`.
    static func first(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    /// The share code's image address on a page.
    static func shareImage(_ html: String) -> String? {
        first(#"<figure class="code share"><img class="qr" src="([^"]+)""#, in: html).map(unescaped)
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#61;", with: "=")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }

    /// What zbar and zxing-cpp read in each SVG image (Tests/oracles/qr_read.py).
    static func decode(_ files: [String]) throws -> [String: [String: [String]]] {
        let result = try Command.oracle("qr_read.py", files)
        try #require(result.status == 0, "\(result.output)")
        let json = try #require(result.output.split(separator: "\n").last.map(String.init))
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: [String]]])
    }

    @Test func theShareCodeOfEveryViewHoldsThatPagesAddress() async throws {
        try await withSite { site, browser in
            let folder = try TemporaryFolder()
            var expected: [String: String] = [:]
            for path in ["/d/\(site.long)", "/d/\(site.long)/2", "/d/\(site.long)/4", "/d/\(site.long)/all", "/d/\(site.seed)"] {
                let page = try await browser.get(path)
                #expect(page.status == .ok)
                #expect(page.body.contains("微信扫码分享"), "\(path)")
                let image = try #require(Self.shareImage(page.body), "\(path) has no share code")
                #expect(page.body.contains(#"<a class="share-url" href="\#(Self.address)\#(path)">"#), "\(path)")
                let code = try await browser.get(image)
                #expect(code.status == .ok, "\(image)")
                #expect(code.headers[.contentType] == "image/svg+xml")
                #expect(code.body.hasPrefix("<svg "))
                let file = try folder.write("code-\(expected.count).svg", code.body)
                expected[file] = Self.address + path
            }
            let read = try Self.decode(Array(expected.keys))
            for (file, address) in expected {
                #expect(read[file]?["zbar"] == [address], "zbar: \(read[file] ?? [:])")
                #expect(read[file]?["zxing"] == [address], "zxing-cpp: \(read[file] ?? [:])")
            }
        }
    }

    /// The address comes from the setting: a client that names another host, directly or as a proxy
    /// would, changes nothing in the page or the code. Over a real connection, so that Host is sent.
    @Test func aSpoofedHostChangesNoAddress() async throws {
        let site = try await Self.makeSite()
        let app = Application(router: try buildRouter(library: site.library), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await TestClient.local(port: port) { live in
                func get(_ uri: String, host: String, spoof: Bool) async throws -> (HTTPResponse, String) {
                    var headers: HTTPFields = [:]
                    if spoof {
                        headers[HTTPField.Name("X-Forwarded-Host")!] = "evil.example"
                        headers[HTTPField.Name("X-Forwarded-Proto")!] = "http"
                        headers[HTTPField.Name("Forwarded")!] = "host=evil.example;proto=http"
                    }
                    let response = try await live.execute(TestClient.Request(uri, method: .get, authority: host, headers: headers))
                    return (response.head, response.body.map { String(buffer: $0) } ?? "")
                }
                for path in ["/d/\(site.long)/2", "/d/\(site.long)/all"] {
                    let (_, honest) = try await get(path, host: "127.0.0.1", spoof: false)
                    let (head, spoofed) = try await get(path, host: "evil.example:8443", spoof: true)
                    #expect(head.status == .ok)
                    #expect(!spoofed.contains("evil.example"), "\(path)")
                    #expect(spoofed.contains(#"<link rel="canonical" href="\#(Self.address)\#(path)">"#))
                    #expect(spoofed.contains(#"<meta property="og:url" content="\#(Self.address)\#(path)">"#))
                    let image = try #require(Self.shareImage(spoofed))
                    #expect(Self.shareImage(honest) == image)
                    let (honestHead, honestCode) = try await get(image, host: "127.0.0.1", spoof: false)
                    let (spoofedHead, spoofedCode) = try await get(image, host: "evil.example", spoof: true)
                    #expect(spoofedHead.status == .ok)
                    #expect(spoofedCode == honestCode, "the code does not depend on the request")
                    #expect(spoofedHead.headerFields[.eTag] == honestHead.headerFields[.eTag])
                }
            }
        }
    }

    @Test func theCodeIsCachedAndRevalidated() async throws {
        try await withSite { site, browser in
            let path = "/d/\(site.long)/qr.svg?page=2"
            let first = try await browser.get(path)
            #expect(first.status == .ok)
            let tag = try #require(first.headers[.eTag])
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
            let cacheControl = first.headers[.cacheControl] ?? ""
            #expect(cacheControl.contains("public") && cacheControl.contains("max-age="), "\(cacheControl)")
            for header in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                let again = try await browser.get(path, headers: [.ifNoneMatch: header])
                #expect(again.status == .notModified, "\(header)")
                #expect(again.body.isEmpty)
                #expect(again.headers[.eTag] == tag)
                #expect(again.headers[.cacheControl] == cacheControl)
            }
            #expect(try await browser.get(path, headers: [.ifNoneMatch: "\"other\""]).status == .ok)
            // Each page's code has its own tag, and a new site address makes new codes.
            let other = try await browser.get("/d/\(site.long)/qr.svg?page=3")
            #expect(other.headers[.eTag] != tag)
            #expect(try await browser.get("/d/\(site.long)/qr.svg?page=1").body == (try await browser.get("/d/\(site.long)/qr.svg").body))
            try await site.library.changeSettings { $0.publicURL = "https://read.example.org/wenku/" }
            let moved = try await browser.get(path, headers: [.ifNoneMatch: tag])
            #expect(moved.status == .ok, "an old tag does not match the code of the new address")
            #expect(moved.headers[.eTag] != tag)
            #expect(Self.shareImage(try await browser.get("/d/\(site.long)/2").body) == path)
            #expect(try await browser.get("/d/\(site.long)/2").body.contains(#"href="https://read.example.org/wenku/d/\#(site.long)/2""#))
        }
    }

    @Test func noCodeForWhatIsNotPublished() async throws {
        try await withSite { site, browser in
            for path in ["/d/999999/qr.svg", "/d/\(site.long)/qr.svg?page=5", "/d/\(site.seed)/qr.svg?page=3", "/d/0/qr.svg"] {
                #expect(try await browser.get(path).status == .notFound, "\(path)")
            }
            for path in ["/d/\(site.long)/qr.svg?page=0", "/d/\(site.long)/qr.svg?page=x"] {
                #expect(try await browser.get(path).status == .badRequest, "\(path)")
            }
            _ = try await site.library.accounts.addUser(name: "管理员", password: "correct horse", role: .admin)
            let session = try await site.library.accounts.logIn(name: "管理员", password: "correct horse", client: nil)
            let admin = try #require(try await site.library.accounts.visitor(sessionSecret: session.sessionSecret))
            let draft = try await site.library.editorial.createDocument(
                DocumentDraft(title: "草稿", body: "还没有发布的草稿。", status: .draft), by: admin)
            #expect(try await browser.get("/d/\(draft)").status == .notFound)
            #expect(try await browser.get("/d/\(draft)/qr.svg").status == .notFound)
            try await site.library.editorial.trashDocument(id: site.seed, by: nil)
            #expect(try await browser.get("/d/\(site.seed)/qr.svg").status == .notFound)
        }
    }

    /// Without a site address there is no address to share: no code, no absolute links; an admin is told
    /// where to set it, and nobody else sees the note.
    @Test func withoutASiteAddressOnlyAnAdminSeesAHint() async throws {
        let site = try await AccountRouteTests.makeSite()
        let app = Application(router: try buildRouter(library: site.library))
        try await app.test(.router) { client in
            let reader = Browser(client)
            let page = try await reader.get("/d/\(site.document)")
            #expect(page.status == .ok)
            #expect(!page.body.contains("code share"), "no share code")
            #expect(!page.body.contains("qr.svg"))
            #expect(!page.body.contains("og:url"))
            #expect(!page.body.contains("share-hint"))
            #expect(page.body.contains(#"<link rel="canonical" href="/d/\#(site.document)">"#))
            #expect(try await reader.get("/d/\(site.document)/qr.svg").status == .notFound)
            let admin = Browser(client)
            try await admin.logIn("root")
            let seen = try await admin.get("/d/\(site.document)")
            #expect(seen.body.contains(#"<p class="share-hint">"#))
            #expect(seen.body.contains(#"<a href="/admin/settings">去设置站点网址</a>"#))
            let editor = Browser(client)
            try await editor.logIn("editor")
            #expect(!(try await editor.get("/d/\(site.document)").body.contains("share-hint")), "editors cannot change settings")
        }
    }

    @Test func theDemoLibrarySetsAPromoThatAnAdminCanClear() async throws {
        try await withSite { site, browser in
            let folder = try TemporaryFolder()
            let page = try await browser.get("/d/\(site.long)/2")
            #expect(page.body.contains("<strong>领取福利</strong><span>微信扫码领取福利</span>"))
            let source = try #require(Self.first(#"<figure class="code promo"><img src="data:image/svg\+xml;base64,([^"]+)""#, in: page.body))
            let svg = try #require(Data(base64Encoded: Self.unescaped(source)))
            let file = try folder.write("promo.svg", svg)
            let read = try Self.decode([file])
            #expect(read[file]?["zbar"] == [EditorialService.demoPromoTarget])
            #expect(read[file]?["zxing"] == [EditorialService.demoPromoTarget])
            // An image instead: a path on the site, then an https address, which the page's policy allows.
            try await site.library.changeSettings { $0.promoImage = "/files/wechat.png"; $0.promoCaption = "关注公众号" }
            let imaged = try await browser.get("/d/\(site.long)")
            #expect(imaged.body.contains(#"<figure class="code promo"><img src="/files/wechat.png" alt="领取福利"><figcaption><strong>领取福利</strong><span>关注公众号</span>"#))
            #expect(imaged.headers[.contentSecurityPolicy]?.contains("img-src 'self' data:;") == true)
            try await site.library.changeSettings { $0.promoImage = "https://cdn.example.cn/img/qr.png?v=2" }
            let remote = try await browser.get("/d/\(site.long)")
            #expect(remote.body.contains(#"<img src="https://cdn.example.cn/img/qr.png?v&#61;2""#) || remote.body.contains(#"<img src="https://cdn.example.cn/img/qr.png?v=2""#))
            let csp = try #require(remote.headers[.contentSecurityPolicy])
            #expect(csp.contains("img-src 'self' data: https://cdn.example.cn;") && csp.contains("script-src 'none'"), "\(csp)")
            // Cleared: no widget at all.
            try await site.library.changeSettings { $0.promoImage = ""; $0.promoTarget = ""; $0.promoCaption = "" }
            let cleared = try await browser.get("/d/\(site.long)")
            #expect(!cleared.body.contains("领取福利"))
            #expect(!cleared.body.contains("code promo"))
            #expect(cleared.body.contains("微信扫码分享"))
        }
    }

    @Test func aLibraryWithoutPromoShowsNone() async throws {
        let library = Library(store: try await TestStore.make())
        let folder = try TemporaryFolder()
        let report = try await library.editorial.importFiles([try folder.write("一篇.txt", "一篇文档\n正文第一段。")])
        let id = try #require(report.imported.first?.id)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            let page = try await Browser(client).get("/d/\(id)")
            #expect(page.status == .ok)
            #expect(!page.body.contains("领取福利"))
            #expect(!page.body.contains("share-row"), "no promo, no address: nothing under the document")
        }
        // A demo library keeps a promo its admin set before the first start.
        let presetStore = try await TestStore.make()
        try await presetStore.setSettings(["promo.target": "https://example.cn/join"])
        let preset = Library(store: presetStore)
        try await preset.editorial.seedDemoDocumentsIfEmpty()
        let settings = try await preset.settings()
        #expect(settings.promoTarget == "https://example.cn/join")
        #expect(settings.promoCaption == "")
    }

    // MARK: metadata (issue 7 item 5)

    /// The head of a page: title, description, canonical link, Open Graph and the parsed JSON-LD.
    struct Head {
        var title: String?
        var description: String?
        var canonical: String?
        var openGraph: [String: String]
        var jsonLD: [String: Any]
        var rawJSONLD: String

        init(_ html: String) throws {
            let head = String(html[..<(html.range(of: "</head>")?.lowerBound ?? html.endIndex)])
            title = ShareRouteTests.first("<title>(.*?)</title>", in: head).map(ShareRouteTests.unescaped)
            description = ShareRouteTests.first(#"<meta name="description" content="([^"]*)">"#, in: head).map(ShareRouteTests.unescaped)
            canonical = ShareRouteTests.first(#"<link rel="canonical" href="([^"]*)">"#, in: head).map(ShareRouteTests.unescaped)
            var tags: [String: String] = [:]
            let regex = try NSRegularExpression(pattern: #"<meta property="og:([a-z_]+)" content="([^"]*)">"#)
            for match in regex.matches(in: head, range: NSRange(head.startIndex..., in: head)) {
                if let name = Range(match.range(at: 1), in: head), let value = Range(match.range(at: 2), in: head) {
                    tags[String(head[name])] = ShareRouteTests.unescaped(String(head[value]))
                }
            }
            openGraph = tags
            rawJSONLD = try #require(ShareRouteTests.first(#"<script type="application/ld\+json">(.*?)</script>"#, in: head))
            jsonLD = try #require(try JSONSerialization.jsonObject(with: Data(rawJSONLD.utf8)) as? [String: Any])
        }
    }

    @Test func everyViewHasItsMetadata() async throws {
        try await withSite { site, browser in
            let document = try #require(try await site.library.reading.readWholeDocument(id: site.long, counting: false).document)
            let title = document.summary.title
            let escapedTitle = "四页长文&lt;script&gt;alert(1)&lt;/script&gt;"
            for (path, marker) in [("/d/\(site.long)", "(第1/4页)"), ("/d/\(site.long)/2", "(第2/4页)"), ("/d/\(site.long)/all", "")] {
                let page = try await browser.get(path)
                let head = try Head(page.body)
                #expect(page.body.contains("<title>\(escapedTitle)\(marker) - 观山文库</title>"), "\(path)")
                #expect(head.title == "\(title)\(marker) - 观山文库")
                #expect(head.canonical == Self.address + path, "the page itself, /all included")
                #expect(head.openGraph["url"] == Self.address + path)
                #expect(head.openGraph["type"] == "article")
                #expect(head.openGraph["title"] == title + marker)
                #expect(head.openGraph["site_name"] == "观山文库")
                let description = try #require(head.description)
                #expect(head.openGraph["description"] == description)
                #expect(description.count <= 121 && description.count >= 100, "\(description)")
                #expect(!description.contains("  ") && !description.contains("\n") && !description.contains("\u{3000}"))
                // From this page's own text.
                let number = path.hasSuffix("/2") ? 2 : 1
                let first = try await site.library.reading.readPage(id: site.long, pageNumber: number).blocks.first?.block.plainText ?? ""
                #expect(description.hasPrefix(String(first.prefix(30))), "\(path): \(description)")

                let ld = head.jsonLD
                #expect(ld["@context"] as? String == "https://schema.org")
                #expect(ld["@type"] as? String == "Article")
                #expect(ld["headline"] as? String == title)
                #expect((ld["author"] as? [String: Any])?["name"] as? String == document.summary.sharer)
                #expect(ld["wordCount"] as? Int == document.summary.characterCount)
                #expect(ld["url"] as? String == Self.address + path)
                let published = try #require(ld["datePublished"] as? String)
                #expect(published.hasSuffix("+08:00"), "the site's time zone: \(published)")
                let parsed = try #require(ISO8601DateFormatter().date(from: published))
                #expect(abs(parsed.timeIntervalSince(document.summary.published)) < 1)
                #expect(!head.rawJSONLD.contains("<"), "no < inside the script element")
            }
        }
    }

    @Test func aHostileTitleCannotLeaveItsPlace() async throws {
        try await withSite { site, browser in
            let page = try await browser.get("/d/\(site.hostile)")
            #expect(page.status == .ok)
            #expect(!page.body.contains("<script>alert"))
            #expect(page.body.components(separatedBy: "<script").count == 2, "one script element: the JSON-LD")
            #expect(page.body.components(separatedBy: "</script>").count == 2)
            let head = try Head(page.body)
            #expect(head.rawJSONLD.contains(#"\u003c/script\u003e"#))
            #expect(!head.rawJSONLD.contains("<") && !head.rawJSONLD.contains(">") && !head.rawJSONLD.contains("&"))
            #expect(head.jsonLD["headline"] as? String == Self.hostileTitle, "escaped, yet JSON reads the title back")
            #expect(head.openGraph["title"] == Self.hostileTitle)
            #expect(head.title == Self.hostileTitle + " - 观山文库")
            #expect(head.description == "第一段 有全角空格 和换行。 第二段。", "white space collapsed")
            #expect(head.jsonLD["wordCount"] as? Int == 16)
            // The python json module agrees (an independent parser).
            let folder = try TemporaryFolder()
            let file = try folder.write("ld.json", head.rawJSONLD)
            let python = try Command.run(["python3", "-c", "import json,sys; d=json.load(open(sys.argv[1])); print(d['headline']); print(d['wordCount'])", file])
            #expect(python.status == 0)
            #expect(python.output == Self.hostileTitle + "\n16\n")
        }
    }

    @Test func withoutASiteAddressLinksStayOnTheSite() async throws {
        try await withSite(address: nil) { site, browser in
            let head = try Head(try await browser.get("/d/\(site.long)/all").body)
            #expect(head.canonical == "/d/\(site.long)/all")
            #expect(head.openGraph["url"] == nil)
            #expect(head.jsonLD["url"] == nil)
            #expect(head.openGraph["type"] == "article")
        }
    }
}
