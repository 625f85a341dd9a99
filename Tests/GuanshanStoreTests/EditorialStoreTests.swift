import Foundation
@testable import GuanshanStore
import GuanshanText
import Testing

@Suite struct EditorialStoreTests {
    let store: SQLiteStore

    init() throws {
        store = try SQLiteStore.inMemory()
    }

    private func insert(_ title: String, hash: String, status: DocumentStatus = .published) async throws -> Int64 {
        var document = SQLiteStoreTests.newDocument(title: title, hash: hash)
        document.status = status
        guard case .inserted(let id) = try await store.saveNewDocuments([document]).first else { throw StoreError.nameTaken }
        return id
    }

    private func update(title: String, hash: String, status: DocumentStatus = .published, tags: [String] = []) -> DocumentUpdate {
        let template = SQLiteStoreTests.newDocument(hash: hash)
        return DocumentUpdate(
            title: title, category: CategoryName(name: "范文", slug: "fanwen"), tags: tags, status: status,
            blocks: [.paragraph([Span("改过的正文。")])], metrics: template.metrics, at: Date(timeIntervalSince1970: 1_800_000_000))
    }

    @Test func aDocumentGoesToTheTrashAndComesBackAsItWas() async throws {
        let published = try await insert("已发布", hash: "a")
        let draft = try await insert("草稿", hash: "b", status: .draft)
        let start = try await store.revision()
        #expect(try await store.trashDocument(id: published, at: Date()))
        #expect(try await store.trashDocument(id: draft, at: Date()))
        #expect(try await !store.trashDocument(id: draft, at: Date()), "already in the trash")
        #expect(try await store.document(id: published) == nil, "out of public reading")
        #expect(try await store.documents(DocumentListQuery()).total == 0)
        #expect(try await store.changes(after: start, limit: 10).removed.contains(published), "the search index hears of it")
        let trash = try await store.adminDocuments(AdminDocumentQuery(state: .trashed))
        #expect(trash.total == 2 && trash.counts[.trashed] == 2 && trash.counts[.published] == 0)
        #expect(try await store.restoreDocument(id: published))
        #expect(try await store.restoreDocument(id: draft))
        #expect(try await store.editableDocument(id: published)?.state == .published)
        #expect(try await store.editableDocument(id: draft)?.state == .draft)
        #expect(try await !store.deleteTrashedDocument(id: published), "only from the trash")
        _ = try await store.trashDocument(id: published, at: Date())
        #expect(try await store.deleteTrashedDocument(id: published))
        #expect(try await store.editableDocument(id: published) == nil)
    }

    @Test func anEditReplacesTheBodyRaisesTheRevisionAndPublishesOnce() async throws {
        let id = try await insert("原标题", hash: "a", status: .draft)
        let other = try await insert("另一篇", hash: "b")
        #expect(try await store.updateDocument(id: id, update(title: "新标题", hash: "b")) == .duplicate(of: other))
        #expect(try await store.updateDocument(id: 999, update(title: "x", hash: "z")) == .notFound)
        let start = try await store.revision()
        #expect(try await store.updateDocument(id: id, update(title: "新标题", hash: "c", tags: ["甲", "乙"])) == .updated)
        let edited = try #require(try await store.document(id: id))
        #expect(edited.summary.title == "新标题" && edited.revision == 2 && edited.tags == ["甲", "乙"])
        #expect(edited.summary.category?.name == "范文")
        #expect(edited.summary.published == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(try await store.changes(after: start, limit: 10).published.map(\.id) == [id])
        let results = try await store.searchResults(ids: [id])
        #expect(results.first?.texts.map(String.init) == ["改过的正文。"])
        // Publishing again keeps the first publication time.
        var later = update(title: "新标题", hash: "d")
        later.at = Date(timeIntervalSince1970: 1_900_000_000)
        _ = try await store.updateDocument(id: id, later)
        #expect(try await store.document(id: id)?.summary.published == Date(timeIntervalSince1970: 1_800_000_000))
    }

    @Test func categoriesAreNamedOnceAndDeletingOneKeepsItsDocuments() async throws {
        let id = try await insert("文档", hash: "a")
        let categories = try await store.allCategories()
        #expect(categories.map(\.name) == ["公文"] && categories.first?.documentCount == 1)
        let made = try await store.createCategory(CategoryName(name: "随笔", slug: "suibi"))
        await #expect(throws: StoreError.nameTaken) { try await store.createCategory(CategoryName(name: "随笔", slug: "other")) }
        await #expect(throws: StoreError.nameTaken) { try await store.updateCategory(id: made.id, CategoryName(name: "新名", slug: "gongwen")) }
        try await store.updateCategory(id: made.id, CategoryName(name: "散文", slug: "sanwen"))
        let start = try await store.revision()
        try await store.deleteCategory(id: categories[0].id)
        #expect(try await store.document(id: id)?.summary.category == nil)
        #expect(try await store.changes(after: start, limit: 10).published.map(\.id) == [id])
        #expect(try await store.allCategories().map(\.name) == ["散文"])
    }

    @Test func tagsAreRenamedMergedAndDeleted() async throws {
        let first = try await store.saveNewDocuments([SQLiteStoreTests.newDocument(hash: "a", tags: ["年度", "总结"])])
        _ = try await store.saveNewDocuments([SQLiteStoreTests.newDocument(hash: "b", tags: ["汇报"])])
        try await store.renameTag("总结", to: "汇报")
        #expect(try await store.tags().map(\.name) == ["汇报", "年度"])
        #expect(try await store.tags().first?.documentCount == 2)
        try await store.renameTag("年度", to: "年终")
        try await store.deleteTag("汇报")
        guard case .inserted(let id) = first[0] else { return }
        #expect(try await store.document(id: id)?.tags == ["年终"])
    }

    @Test func theDashboardCountsViewsByDay() async throws {
        let id = try await insert("文档", hash: "a")
        try await store.addViews([id: 3], day: "2026-11-28")
        try await store.addViews([id: 2], day: "2026-11-29")
        try await store.addViews([id: 4], day: "2026-11-29")
        try await store.recordImportRun(ImportRunRecord(
            started: Date(), finished: Date(), origin: "cli", userID: nil, imported: 3, skipped: 1,
            failures: [.init(source: "坏.docx", problem: "不是 Word 文件")]))
        let figures = try await store.dashboard(days: ["2026-11-27", "2026-11-28", "2026-11-29"], mostRead: 5, imports: 5)
        #expect(figures.dailyViews == [0, 3, 6])
        #expect(figures.views == 9 && figures.characters == 9)
        #expect(figures.mostRead.map(\.id) == [id])
        #expect(figures.recentImports.first?.failures.first?.source == "坏.docx")
    }
}
