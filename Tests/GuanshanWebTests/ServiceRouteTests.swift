import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanText
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// The reading and search routes over their services alone, on a store in memory: what the site does
/// with what a store gives back (pages no importer would cut, a store that is away, a change log that
/// moves on) without a database.
@Suite struct ServiceRouteTests {
    static let paragraphs = ["第一段：观山文库。", "第二段：分页阅读。", "第三段：全文检索。"]

    func withSite(
        _ store: MemoryStore, _ body: @Sendable (any TestClientProtocol, ReadingService, SearchService) async throws -> Void
    ) async throws {
        let search = SearchService(store: store)
        let reading = ReadingService(store: store, search: search)
        let pages = try PageRenderer(reading: reading, formKey: FormKey(store: store))
        let router = Router(context: SiteRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.middlewares.add(ErrorPageMiddleware(pages: pages))
        ListController(reading: reading, pages: pages).addRoutes(to: router)
        ReadingController(reading: reading, pages: pages).addRoutes(to: router)
        ReadingAPIController(reading: reading).addRoutes(to: router)
        SearchController(search: search, pages: pages, metrics: SiteMetrics()).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client, reading, search) }
    }

    @Test func pagesListsAndTheAPIReadThroughTheService() async throws {
        let store = MemoryStore()
        await store.add(id: 7, title: "三页文档", paragraphs: Self.paragraphs, pageStarts: (0..<3).map { PageStart(block: $0) })
        try await withSite(store) { client, reading, _ in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok && String(buffer: home.body).contains("三页文档"))
            let second = try await client.execute(uri: "/d/7/2", method: .get)
            let html = String(buffer: second.body)
            #expect(second.status == .ok)
            #expect(html.contains("第二段") && !html.contains("第一段") && !html.contains("第三段"), "page 2 holds its own block only")
            let api = try await client.execute(uri: "/api/v1/documents/7?page=3", method: .get)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any]
            #expect(json?["page"] as? Int == 3 && json?["pageCount"] as? Int == 3)
            #expect((json?["markdown"] as? String)?.contains("第三段") == true)
            #expect(try await client.execute(uri: "/d/7/4", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/d/8", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/d/7/2", method: .head).status == .ok)
            try await reading.flushPendingWrites(day: "2026-12-07")
            #expect(await store.views[7] == 2, "two reads counted, the HEAD request not")
        }
    }

    /// Pages the cache holds are still served; the rest answer 503 with Retry-After, never a blank page.
    @Test func aStoreThatIsAwayAnswers503() async throws {
        let store = MemoryStore()
        await store.add(id: 7, title: "文档", paragraphs: Self.paragraphs)
        try await withSite(store) { client, _, _ in
            #expect(try await client.execute(uri: "/d/7", method: .get).status == .ok)
            await store.fail(with: StoreError.unavailable)
            #expect(try await client.execute(uri: "/d/7", method: .get).status == .ok, "a page in the cache is still served")
            for path in ["/", "/d/7/2", "/d/7/all", "/api/v1/documents/7", "/api/v1/documents"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .serviceUnavailable, "\(path)")
                #expect(response.headers[.retryAfter] == "5", "\(path)")
            }
            let api = try await client.execute(uri: "/api/v1/documents/7", method: .get)
            #expect(String(buffer: api.body).contains("\"service_unavailable\""))
        }
    }

    /// Page starts as a damaged row might hold them: past the body, inside no block, out of order. Every
    /// page answers, and none traps.
    @Test func pageStartsOutsideTheBodyAreServedWithoutACrash() async throws {
        let store = MemoryStore()
        let starts = [
            PageStart(block: 0), PageStart(block: 1, offset: 1_000_000), PageStart(block: 50), PageStart(block: 2, offset: -3),
            PageStart(block: 1), PageStart(block: -4, offset: 2),
        ]
        await store.add(id: 9, title: "损坏的分页", paragraphs: Self.paragraphs, pageStarts: starts)
        try await withSite(store) { client, _, _ in
            for page in 1...starts.count {
                let status = try await client.execute(uri: "/d/9/\(page)", method: .get).status
                #expect(status == .ok || status == .movedPermanently, "page \(page): \(status)")
                #expect(try await client.execute(uri: "/api/v1/documents/9?page=\(page)", method: .get).status == .ok, "page \(page)")
            }
            #expect(try await client.execute(uri: "/d/9/all", method: .get).status == .ok)
        }
    }

    /// The index follows the store's change log: a document the store gains is found once search catches
    /// up, on its page, and the document it ends is followed by it as related.
    @Test func searchFollowsTheStoresChangeLog() async throws {
        let store = MemoryStore()
        await store.add(id: 1, title: "观山文库简介", paragraphs: Self.paragraphs)
        try await withSite(store) { client, _, search in
            try await search.catchUp()
            let before = String(buffer: try await client.execute(uri: "/search?q=按页显示", method: .get).body)
            #expect(!before.contains("分页阅读说明"))
            await store.add(id: 2, title: "分页阅读说明", paragraphs: ["分页阅读：长文按页显示，全文检索找到每一个词。"])
            #expect(try await search.catchUp() == 1)
            let page = String(buffer: try await client.execute(uri: "/search?q=分页阅读", method: .get).body)
            #expect(page.contains("观山文库简介") && page.contains("</mark>说明"), "both found, the match marked in the title")
            let api = try await client.execute(uri: "/api/v1/documents/2", method: .get)
            #expect(api.status == .ok)
            let last = String(buffer: try await client.execute(uri: "/d/2", method: .get).body)
            #expect(last.contains("观山文库简介"), "the other document is related")
        }
    }
}
