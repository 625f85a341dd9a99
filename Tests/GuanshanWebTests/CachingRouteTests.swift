import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// What readers expect of a fast site (issue 8, item 3): ETag and Last-Modified with 304 answers, gzip,
/// HEAD, and the page cache that follows every change and never mixes visitors.
@Suite struct CachingRouteTests {
    struct Site {
        let library: Library
        let long: Int64
    }

    /// The demo library, a 4-page document with a category and a tag, an editor and a reader (password
    /// "correct horse"), and the site address, so that feeds, sitemaps and share codes are served.
    static func makeSite() async throws -> Site {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        try await library.editorial.seedDemoDocumentsIfEmpty()
        let folder = try TemporaryFolder()
        let record: [String: Any] = [
            "title": "四页长文", "paragraphs": Samples.longDocumentParagraphs(), "category": "测试分类", "tags": ["长文"],
        ]
        let report = try await library.editorial.importFiles([try folder.write("长文.jsonl", try JSONSerialization.data(withJSONObject: record))])
        let long = try #require(report.imported.first?.id)
        _ = try await library.accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        _ = try await library.accounts.addUser(name: "alice", password: "correct horse", role: .reader)
        try await library.changeSettings { $0.publicURL = "https://wenku.example.cn" }
        return Site(library: library, long: long)
    }

    /// How the requests reach the site: through the router alone, or through the whole server, where
    /// `CachedPageHandler` answers what the cache holds before the router sees it.
    enum Serving: CaseIterable {
        case router
        case server
    }

    func withSite(_ serving: Serving, _ body: @Sendable (Site, any TestClientProtocol) async throws -> Void) async throws {
        let site = try await Self.makeSite()
        switch serving {
        case .router:
            let app = Application(router: try buildRouter(library: site.library))
            try await app.test(.router) { client in try await body(site, client) }
        case .server:
            let app = try buildApplication(library: site.library, configuration: WebConfiguration(port: 0), logger: Logger(label: "test"))
            try await app.test(.live) { client in try await body(site, client) }
        }
    }

    /// One path of each kind of response that carries validators.
    static func paths(_ site: Site) -> [String] {
        [
            "/d/\(site.long)", "/d/\(site.long)/2", "/d/\(site.long)/all", "/", "/?lang=en", "/c/\(Self.encoded("测试分类"))",
            "/t/\(Self.encoded("长文"))", "/feed.atom", "/feed.rss", "/c/\(Self.encoded("测试分类"))/feed.atom", "/sitemap.xml",
            "/robots.txt", "/d/\(site.long)/qr.svg?page=2", SitePath.stylesheet.path,
        ]
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    static func get(
        _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:]
    ) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer) {
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: nil)
        return (response.status, response.headers, response.body)
    }

    /// gzip's own reading of `bytes` (an oracle apart from the zlib calls of the site).
    static func gunzip(_ bytes: ByteBuffer) throws -> Data {
        let folder = try TemporaryFolder()
        let file = try folder.write("body.gz", Data(buffer: bytes))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return data
    }

    @Test(arguments: Serving.allCases) func everyKindAnswers304ByTagAndByDate(_ serving: Serving) async throws {
        try await withSite(serving) { site, client in
            for path in Self.paths(site) {
                let first = try await Self.get(client, path)
                #expect(first.status == .ok, "\(path)")
                let tag = try #require(first.headers[.eTag], "\(path)")
                let lastModified = try #require(first.headers[.lastModified], "\(path)")
                #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
                #expect(HTTPDate.parse(lastModified) != nil, "\(lastModified)")
                for header in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                    let again = try await Self.get(client, path, headers: [.ifNoneMatch: header])
                    #expect(again.status == .notModified, "\(path) If-None-Match: \(header)")
                    #expect(again.body.readableBytes == 0)
                    #expect(again.headers[.eTag] == tag)
                    #expect(again.headers[.cacheControl] == first.headers[.cacheControl])
                }
                #expect(try await Self.get(client, path, headers: [.ifNoneMatch: "\"other\""]).status == .ok, "\(path)")
                #expect(try await Self.get(client, path, headers: [.ifModifiedSince: lastModified]).status == .notModified, "\(path)")
                // If-None-Match decides when present (RFC 9110 §13.2.2); an earlier date or a bad one is no match.
                #expect(try await Self.get(client, path, headers: [.ifModifiedSince: lastModified, .ifNoneMatch: "\"other\""]).status == .ok)
                #expect(try await Self.get(client, path, headers: [.ifModifiedSince: "Mon, 01 Jan 2001 00:00:00 GMT"]).status == .ok)
                #expect(try await Self.get(client, path, headers: [.ifModifiedSince: "yesterday"]).status == .ok)
            }
        }
    }

    @Test(arguments: Serving.allCases) func gzipDecodesToThePlainBodyAndHasItsOwnTag(_ serving: Serving) async throws {
        try await withSite(serving) { site, client in
            for path in Self.paths(site) {
                let plain = try await Self.get(client, path)
                let zipped = try await Self.get(client, path, headers: [.acceptEncoding: "gzip, deflate, br"])
                guard plain.body.readableBytes >= Representation.smallestCompressed else {
                    // Small bodies (robots.txt, the sitemap index of a small library) go out as they are.
                    #expect(zipped.headers[.contentEncoding] == nil && zipped.headers[.eTag] == plain.headers[.eTag], "\(path)")
                    continue
                }
                #expect(zipped.headers[.contentEncoding] == "gzip", "\(path)")
                #expect(zipped.headers[.vary]?.contains("Accept-Encoding") == true)
                #expect(zipped.body.readableBytes < plain.body.readableBytes)
                #expect(try Self.gunzip(zipped.body) == Data(buffer: plain.body), "\(path)")
                let tag = try #require(plain.headers[.eTag])
                #expect(zipped.headers[.eTag] == String(tag.dropLast()) + "-gz\"")
                let again = try await Self.get(client, path, headers: [.acceptEncoding: "gzip", .ifNoneMatch: zipped.headers[.eTag]!])
                #expect(again.status == .notModified)
                #expect(try await Self.get(client, path, headers: [.acceptEncoding: "gzip", .ifNoneMatch: tag]).status == .ok)
            }
            let page = "/d/\(site.long)"
            for refused in ["gzip;q=0", "gzip;q=0, deflate", "br", "identity", "gzip;q=0.5, identity", "*;q=0, identity"] {
                let response = try await Self.get(client, page, headers: [.acceptEncoding: refused])
                #expect(response.headers[.contentEncoding] == nil, "\(refused)")
                #expect(response.headers[.eTag]?.hasSuffix("-gz\"") == false)
            }
            for accepted in ["*", "x-gzip", "gzip;q=0.5", "identity;q=0, gzip", "br;q=1, gzip;q=0.8"] {
                #expect(try await Self.get(client, page, headers: [.acceptEncoding: accepted]).headers[.contentEncoding] == "gzip", "\(accepted)")
            }
            // Pages and JSON that are not cached are compressed on the way out. The views counted above are
            // written first: written between two requests, they would change the list's view counts.
            try await site.library.operations.flushPendingWrites()
            for path in ["/search?q=%E9%95%BF%E6%96%87", "/api/v1/documents", "/api/v1/openapi.json"] {
                let plain = try await Self.get(client, path)
                let zipped = try await Self.get(client, path, headers: [.acceptEncoding: "gzip"])
                #expect(plain.headers[.contentEncoding] == nil && zipped.headers[.contentEncoding] == "gzip", "\(path)")
                #expect(zipped.headers[.vary]?.contains("Accept-Encoding") == true)
                #expect(try Self.gunzip(zipped.body) == Data(buffer: plain.body), "\(path)")
                #expect(try await Self.get(client, path, headers: [.acceptEncoding: "gzip;q=0"]).headers[.contentEncoding] == nil)
            }
            // Files compressed already go out as they are.
            let docx = try await Self.get(client, "/d/\(site.long)/download.docx", headers: [.acceptEncoding: "gzip"])
            #expect(docx.status == .ok && docx.headers[.contentEncoding] == nil)
        }
    }

    @Test(arguments: Serving.allCases) func headAnswersAsGetWithoutTheBody(_ serving: Serving) async throws {
        try await withSite(serving) { site, client in
            for path in Self.paths(site) + ["/healthz", "/search?q=%E9%95%BF%E6%96%87", "/api/v1/documents", "/d/\(site.long)/download.txt"] {
                let get = try await Self.get(client, path, headers: [.acceptEncoding: "gzip"])
                let head = try await Self.get(client, path, method: .head, headers: [.acceptEncoding: "gzip"])
                #expect(head.status == .ok, "HEAD \(path)")
                #expect(head.body.readableBytes == 0)
                #expect(head.headers[.contentLength] == get.headers[.contentLength] && head.headers[.contentLength] != nil, "\(path)")
                for name in [HTTPField.Name.contentType, .eTag, .lastModified, .cacheControl, .contentEncoding, .vary] {
                    #expect(head.headers[name] == get.headers[name], "\(path) \(name)")
                }
            }
            #expect(try await Self.get(client, "/d/999999", method: .head).status == .notFound)
        }
    }

    @Test(arguments: Serving.allCases) func anEditAndASettingChangeShowAtTheNextRequest(_ serving: Serving) async throws {
        try await withSite(serving) { site, client in
            let reader = Browser(client)
            let path = "/d/\(site.long)/2"
            let before = try await reader.get(path)
            #expect(try await reader.get(path).headers[.eTag] == before.headers[.eTag], "served from the cache")
            let editor = Browser(client)
            try await editor.logIn("editor")
            let markdown = site.library.editorial.draft(of: try await site.library.editorial.editableDocument(id: site.long)).body
            try await editor.get("/admin/documents/\(site.long)")
            let saved = try await editor.post("/admin/documents/\(site.long)", [
                ("title", "改过的长文"), ("body", markdown), ("format", "markdown"), ("category", "测试分类"), ("tags", "长文"),
                ("status", "published"), ("action", "save"),
            ])
            #expect(saved.status == .seeOther)
            let edited = try await reader.get(path, headers: [.ifNoneMatch: before.headers[.eTag]!])
            #expect(edited.status == .ok && edited.body.contains("改过的长文"))
            #expect(edited.headers[.eTag] != before.headers[.eTag])
            #expect(try await reader.get("/").body.contains("改过的长文"))
            // A category renamed, then the site's name changed: each shows at once.
            let category = try #require(try await site.library.editorial.allCategories().first { $0.name == "测试分类" })
            try await site.library.editorial.updateCategory(id: category.id, name: "新分类名", slug: "new-slug")
            #expect(try await reader.get(path).body.contains("新分类名"))
            let admin = Browser(client)
            _ = try await site.library.accounts.addUser(name: "root", password: "correct horse", role: .admin)
            try await admin.logIn("root")
            let fields = Browser.formFields(
                of: try await admin.get("/admin/settings"),
                changing: ["siteName": "快站文库", "slogan": "读书好", "publicURL": "https://wenku.example.cn"])
            #expect(try await admin.post("/admin/settings", fields).status == .seeOther)
            let renamed = try await reader.get(path)
            #expect(renamed.body.contains("- 快站文库</title>") && renamed.body.contains(#"<a class="brand" href="/">快站文库</a>"#))
            #expect(try await reader.get("/feed.atom").body.contains("快站文库"))
        }
    }

    @Test(arguments: Serving.allCases) func aSignedInVisitorNeverGetsAnotherVisitorsPage(_ serving: Serving) async throws {
        try await withSite(serving) { site, client in
            let path = "/d/\(site.long)"
            let anonymous = Browser(client)
            // A form cookie (from the login page) must not put its token into a shared page.
            try await anonymous.get("/login")
            let first = try await anonymous.get(path)
            #expect(!first.body.contains("_csrf") && !first.body.contains("account-name"))
            #expect(first.headers[.cacheControl] == "public, no-cache" && first.headers[.vary]?.contains("Cookie") == true)
            let alice = Browser(client)
            try await alice.logIn("alice")
            let hers = try await alice.get(path, headers: [.ifNoneMatch: first.headers[.eTag]!])
            #expect(hers.status == .ok && hers.body.contains(#"<a class="account-name" href="/me">alice</a>"#))
            #expect(hers.body.contains(#"name="_csrf""#) && hers.headers[.cacheControl] == "private, no-cache")
            #expect(hers.headers[.eTag] != first.headers[.eTag])
            let editor = Browser(client)
            try await editor.logIn("editor")
            let his = try await editor.get(path)
            #expect(his.body.contains(">editor</a>") && !his.body.contains(">alice</a>"))
            #expect(Browser.token(in: his.body) != Browser.token(in: hers.body))
            let again = try await Browser(client).get(path)
            #expect(!again.body.contains("alice") && !again.body.contains("account-name") && !again.body.contains("_csrf"))
            #expect(again.body.contains("登录"))
        }
    }

    @Test(arguments: Serving.allCases) func viewsAreCountedOnCacheHits(_ serving: Serving) async throws {
        try await withSite(serving) { site, client in
            try await site.library.operations.flushPendingWrites()
            let before = try #require(try await site.library.reading.readWholeDocument(id: site.long, counting: false).document).summary.viewCount
            for path in ["/d/\(site.long)", "/d/\(site.long)", "/d/\(site.long)/3", "/d/\(site.long)/all", "/d/\(site.long)/all"] {
                #expect(try await Self.get(client, path).status == .ok)
            }
            // HEAD reads nothing, cached or not.
            #expect(try await Self.get(client, "/d/\(site.long)", method: .head).status == .ok)
            #expect(try await Self.get(client, "/d/\(site.long)/2", method: .head).status == .ok)
            try await site.library.operations.flushPendingWrites()
            #expect(try #require(try await site.library.reading.readWholeDocument(id: site.long, counting: false).document).summary.viewCount == before + 5)
        }
    }

    @Test func theCacheStaysUnderItsBound() async throws {
        let cache = PageCache(byteLimit: 200_000)
        let body = String(repeating: "观山文库，", count: 400)
        for number in 0..<200 {
            let page = Representation("\(number)" + body, contentType: "text/html; charset=utf-8", cacheControl: "no-cache")
            cache.store(PageCache.Hit(page: page), for: PageCache.Key(path: "/d/\(number)", language: .zhHans, stamp: 1))
            #expect(cache.bytes <= 200_000)
        }
        #expect(cache.bytes > 100_000, "it holds pages up to its bound")
        #expect(cache.page(for: PageCache.Key(path: "/d/199", language: .zhHans, stamp: 1)) != nil, "the newest stays")
        #expect(cache.page(for: PageCache.Key(path: "/d/0", language: .zhHans, stamp: 1)) == nil, "the oldest went")
        // A new stamp (any change to the site) empties it.
        #expect(cache.page(for: PageCache.Key(path: "/d/199", language: .zhHans, stamp: 2)) == nil)
        #expect(cache.bytes == 0)
    }

    @Test func onlyKnownQueriesAreCached() {
        func key(_ path: String) -> PageCache.Key? {
            PageCache.Key(URI(path), cookies: Cookies(from: []), stamp: 1)
        }
        #expect(key("/d/1") == PageCache.Key(path: "/d/1", language: .zhHans, stamp: 1))
        #expect(key("/d/1?lang=en")?.language == .en)
        #expect(key("/c/a?page=2") != nil)
        for made in ["/d/1?from=singlemessage", "/d/1?lang=xx", "/c/a?page=two", "/c/a?page=12345678", "/?lang=en&utm_source=x"] {
            #expect(key(made) == nil, "\(made)")
        }
    }
}
