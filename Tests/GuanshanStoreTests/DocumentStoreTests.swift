import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// The stores the store suites compare: every contract test runs on each.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    func make() async throws -> any Store {
        switch self {
        case .sqlite: try SQLiteStore.inMemory()
        case .postgres: try await PostgresStore(address: try PostgresAddress(try TestPostgres.freshDatabaseURL()), maximumConnections: 4)
        }
    }
}

enum StoreFixtures {
    static func newDocument(
        id: Int64? = nil, title: String = "标题", hash: String = UUID().uuidString, category: String? = "公文",
        tags: [String] = [], created: Date = Date(timeIntervalSince1970: 1_700_000_000), blocks: [Block]? = nil
    ) -> NewDocument {
        let body = blocks ?? [.heading(level: 1, spans: [Span("一、总则")]), .paragraph([Span("正文", strong: true), Span("链接", link: "https://example.com")])]
        return NewDocument(
            id: id, title: title, sharer: "admin", category: category.map { CategoryName(name: $0, slug: "gongwen") },
            tags: tags, status: .published, created: created, blocks: body,
            metrics: DocumentMetrics(
                characterCount: 9, readingMinutes: 1, pages: [PageStart(block: 0, offset: 0)],
                outline: [OutlineEntry(level: 1, number: "一、", title: "总则", block: 0)],
                fingerprint: UInt64.max - 5, contentHash: hash))
    }
}

/// The documents half of the `Store` contract, on SQLite and on PostgreSQL.
@Suite struct DocumentStoreTests {
    @Test func sqliteMigrationsCreateTheSchemaAndCanRunTwice() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try SQLiteStore(path: path)
        let reopened = try SQLiteStore(path: path)
        _ = reopened
    }

    @Test(arguments: StoreKind.allCases)
    func aDocumentRoundTripsWithEveryField(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let new = StoreFixtures.newDocument(tags: ["年度", "总结", "年度"])
        let outcomes = try await store.saveNewDocuments([new])
        guard case .inserted(let id) = outcomes.first else { Issue.record("not inserted: \(outcomes)"); return }
        let stored = try #require(try await store.document(id: id))
        #expect(stored.summary.title == "标题")
        #expect(stored.summary.sharer == "admin")
        #expect(stored.summary.category == CategoryName(name: "公文", slug: "gongwen"))
        #expect(stored.tags == ["年度", "总结"])
        #expect(stored.blocks == new.blocks)
        #expect(stored.metrics == new.metrics)
        #expect(stored.revision == 1)
        #expect(stored.summary.published == new.created)
    }

    @Test(arguments: StoreKind.allCases)
    func theSameContentIsSavedOnce(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.saveNewDocuments([StoreFixtures.newDocument(hash: "h1")])
        let again = try await store.saveNewDocuments([StoreFixtures.newDocument(title: "另一个标题", hash: "h1"), StoreFixtures.newDocument(hash: "h2")])
        guard case .inserted(let id) = first[0] else { Issue.record("not inserted"); return }
        #expect(again[0] == .duplicate(of: id))
        if case .inserted = again[1] {} else { Issue.record("second document not inserted: \(again[1])") }
        #expect(try await store.documentCount() == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func aWantedIdIsKeptOrReportedTaken(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let outcomes = try await store.saveNewDocuments([StoreFixtures.newDocument(id: 4242, hash: "a"), StoreFixtures.newDocument(id: 4242, hash: "b")])
        #expect(outcomes == [.inserted(id: 4242), .idTaken(4242)])
    }

    @Test(arguments: StoreKind.allCases)
    func listsArePagedAndOrdered(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        let docs = (0..<25).map { StoreFixtures.newDocument(title: "文档\($0)", hash: "h\($0)", created: base.addingTimeInterval(Double($0) * 60)) }
        let ids = try await store.saveNewDocuments(docs).compactMap { if case .inserted(let id) = $0 { id } else { nil } }
        try await store.addViews([ids[3]: 7, ids[10]: 2], day: "2026-11-29")
        let newest = try await store.documents(DocumentListQuery(order: .newest, offset: 0, limit: 10))
        #expect(newest.total == 25)
        #expect(newest.documents.map(\.title).prefix(2) == ["文档24", "文档23"])
        let second = try await store.documents(DocumentListQuery(order: .newest, offset: 20, limit: 10))
        #expect(second.documents.count == 5)
        let mostRead = try await store.documents(DocumentListQuery(order: .mostRead, limit: 2))
        #expect(mostRead.documents.map(\.viewCount) == [7, 2])
    }

    @Test(arguments: StoreKind.allCases)
    func categoriesAndTagsFilterLists(on kind: StoreKind) async throws {
        let store = try await kind.make()
        _ = try await store.saveNewDocuments([
            StoreFixtures.newDocument(hash: "1", category: "公文", tags: ["通知"]),
            StoreFixtures.newDocument(hash: "2", category: "随笔", tags: ["读书"]),
            StoreFixtures.newDocument(hash: "3", category: "随笔", tags: ["读书", "通知"]),
            StoreFixtures.newDocument(hash: "4", category: nil),
        ])
        let categories = try await store.categories()
        #expect(categories.map(\.name) == ["随笔", "公文"])
        #expect(categories.map(\.documentCount) == [2, 1])
        // Both names asked for the slug "gongwen": the second gets a suffix.
        let essays = try #require(try await store.category(slug: "gongwen-2"))
        #expect(essays.name == "随笔")
        #expect(try await store.documents(DocumentListQuery(categoryID: essays.id)).total == 2)
        #expect(try await store.documents(DocumentListQuery(tag: "通知")).total == 2)
        #expect(try await store.documents(DocumentListQuery(tag: "没有")).total == 0)
        #expect(try await store.category(slug: "none") == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func settingsAreUpserted(on kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.setSettings(["site.name": "甲"])
        try await store.setSettings(["site.name": "乙", "site.slogan": "丙"])
        #expect(try await store.settings() == ["site.name": "乙", "site.slogan": "丙"])
    }

    @Test(arguments: StoreKind.allCases)
    func settingsInsertedIfAbsentKeepTheFirstValue(on kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await store.setting("form.key", insertingIfAbsent: "甲") == "甲")
        #expect(try await store.setting("form.key", insertingIfAbsent: "乙") == "甲")
    }

    @Test(arguments: StoreKind.allCases)
    func theChangeLogNamesEachChangedDocumentOnceAtItsLatestRevision(on kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await store.revision() == 0)
        let ids = try await store.saveNewDocuments((0..<3).map { StoreFixtures.newDocument(hash: "c\($0)") })
            .compactMap { if case .inserted(let id) = $0 { id } else { nil } }
        let all = try await store.changes(after: 0, limit: 10)
        #expect(all.published.map(\.id) == ids)
        #expect(all.isComplete && all.removed.isEmpty)
        #expect(all.revision == (try await store.revision()))
        let firstTwo = try await store.changes(after: 0, limit: 2)
        #expect(firstTwo.published.map(\.id) == Array(ids.prefix(2)))
        #expect(!firstTwo.isComplete)
        let rest = try await store.changes(after: firstTwo.revision, limit: 10)
        #expect(rest.published.map(\.id) == [ids[2]])
        let searchable = try await store.searchableDocuments(afterID: ids[0], through: nil, limit: 10)
        #expect(searchable.map(\.id) == Array(ids.dropFirst()))
        #expect(searchable.first?.texts == ["一、总则", "正文链接"])
        #expect(try await store.searchablePartitions(3).count == 2)
        let results = try await store.searchResults(ids: [ids[2], 999, ids[0]])
        #expect(results.map(\.summary.id) == [ids[2], ids[0]])
        #expect(results.first?.pages == [PageStart(block: 0, offset: 0)])
    }

    @Test(arguments: StoreKind.allCases)
    func unknownDocumentsAreNil(on kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await store.document(id: 99) == nil)
    }
}

@Suite struct PageStartsTests {
    @Test func readsWhatTheStoreWritesInEitherKeyOrder() throws {
        let pages = [PageStart(block: 0), PageStart(block: 12, offset: 340), PageStart(block: 1_234_567, offset: 0)]
        let json = String(decoding: try JSONEncoder().encode(pages), as: UTF8.self)
        #expect(try PageStarts.decode(json) == pages)
        #expect(try PageStarts.decode(#"[{"offset":5,"block":2}]"#) == [PageStart(block: 2, offset: 5)])
        #expect(try PageStarts.decode("[]") == [])
        #expect(PageStarts.parse(Array(#"[{"block":-1,"offset":0}]"#.utf8)) == nil)
        #expect(PageStarts.parse(Array(#"[{"block":1}]"#.utf8)) == nil)
    }
}
