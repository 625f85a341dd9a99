import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

extension Store {
    func insert(_ title: String = "标题", hash: String, status: DocumentStatus = .published, category: String? = "公文") async throws -> Int64 {
        var document = StoreFixtures.newDocument(title: title, hash: hash, category: category)
        document.status = status
        guard case .inserted(let id) = try await saveNewDocuments([document]).first else { throw StoreError.nameTaken }
        return id
    }
}

/// The editorial contract, on each store.
@Suite struct EditorialStoreTests {
    private static let editTime = Date(timeIntervalSince1970: 1_800_000_000)

    private func update(
        title: String, hash: String, status: DocumentStatus = .published, category: CategoryName? = CategoryName(name: "范文", slug: "fanwen"),
        tags: [String] = [], at: Date = editTime
    ) -> DocumentUpdate {
        let template = StoreFixtures.newDocument(hash: hash)
        return DocumentUpdate(
            title: title, category: category, tags: tags, status: status, blocks: [.paragraph([Span("改过的正文。")])],
            metrics: template.metrics, at: at)
    }

    @Test(arguments: StoreKind.allCases) func aDocumentGoesToTheTrashAndComesBackAsItWas(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let published = try await store.insert("已发布", hash: "a")
        let draft = try await store.insert("草稿", hash: "b", status: .draft)
        let start = try await store.revision()
        #expect(try await !store.restoreDocument(id: published), "not in the trash")
        #expect(try await store.trashDocument(id: published, at: Date()))
        #expect(try await store.trashDocument(id: draft, at: Date()))
        #expect(try await !store.trashDocument(id: draft, at: Date()), "already in the trash")
        #expect(try await !store.trashDocument(id: 999, at: Date()))
        #expect(try await store.document(id: published) == nil, "out of public reading")
        #expect(try await store.documents(DocumentListQuery()).total == 0)
        #expect(try await store.changes(after: start, limit: 10).removed.contains(published), "the search index hears of it")
        #expect(try await store.editableDocument(id: published)?.state == .trashed)
        #expect(try await store.updateDocument(id: published, update(title: "改", hash: "c")) == .notFound, "no edits in the trash")
        #expect(try await store.fingerprints().isEmpty)
        let trash = try await store.adminDocuments(AdminDocumentQuery(state: .trashed))
        #expect(trash.total == 2 && trash.counts[.trashed] == 2 && trash.counts[.published] == 0)
        #expect(try await store.restoreDocument(id: published))
        #expect(try await store.restoreDocument(id: draft))
        #expect(try await store.editableDocument(id: published)?.state == .published)
        #expect(try await store.editableDocument(id: published)?.document.revision == 3, "trashing and restoring raise it")
        #expect(try await store.editableDocument(id: draft)?.state == .draft)
        #expect(try await !store.deleteTrashedDocument(id: published), "only from the trash")
        _ = try await store.trashDocument(id: published, at: Date())
        #expect(try await store.deleteTrashedDocument(id: published))
        #expect(try await !store.deleteTrashedDocument(id: published))
        #expect(try await store.editableDocument(id: published) == nil)
    }

    @Test(arguments: StoreKind.allCases) func anEditReplacesTheBodyRaisesTheRevisionAndPublishesOnce(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.insert("原标题", hash: "a", status: .draft)
        let other = try await store.insert("另一篇", hash: "b")
        #expect(try await store.updateDocument(id: id, update(title: "新标题", hash: "b")) == .duplicate(of: other))
        #expect(try await store.updateDocument(id: 999, update(title: "x", hash: "z")) == .notFound)
        let start = try await store.revision()
        #expect(try await store.updateDocument(id: id, update(title: "新标题", hash: "c", tags: ["甲", "乙"])) == .updated)
        let edited = try #require(try await store.document(id: id))
        #expect(edited.summary.title == "新标题" && edited.revision == 2 && edited.tags == ["甲", "乙"])
        #expect(edited.summary.category?.name == "范文")
        #expect(edited.summary.published == Self.editTime)
        #expect(edited.updated == Self.editTime)
        #expect(edited.blocks == [.paragraph([Span("改过的正文。")])])
        #expect(edited.metrics.contentHash == "c" && edited.metrics.fingerprint == UInt64.max - 5)
        #expect(try await store.changes(after: start, limit: 10).published.map(\.id) == [id])
        let results = try await store.searchResults(ids: [id])
        #expect(results.first?.texts.map(String.init) == ["改过的正文。"])
        // Publishing again keeps the first publication time.
        _ = try await store.updateDocument(id: id, update(title: "新标题", hash: "d", at: Date(timeIntervalSince1970: 1_900_000_000)))
        #expect(try await store.document(id: id)?.summary.published == Self.editTime)
        #expect(try await store.document(id: id)?.revision == 3)
        #expect(try await store.updateDocument(id: id, update(title: "新标题", hash: "d")) == .updated, "its own hash is no duplicate")
    }

    @Test(arguments: StoreKind.allCases) func ofEditsToOneTextAtOnceOneIsSavedAndTheOthersAreItsDuplicates(on kind: StoreKind) async throws {
        let store = try await kind.make()
        var ids: [Int64] = []
        for hash in ["a", "b", "c", "d"] { ids.append(try await store.insert(hash: hash)) }
        // Each edit also asks for the new category 范文: one creates it, the others find it.
        let outcomes = try await withThrowingTaskGroup(of: (Int64, UpdateOutcome).self) { group in
            for id in ids {
                group.addTask { (id, try await store.updateDocument(id: id, update(title: "同文", hash: "same"))) }
            }
            return try await group.reduce(into: [Int64: UpdateOutcome]()) { $0[$1.0] = $1.1 }
        }
        let saved = try #require(outcomes.first { $0.value == .updated }?.key)
        #expect(outcomes.filter { $0.key != saved }.values.allSatisfy { $0 == .duplicate(of: saved) })
        #expect(try await store.fingerprints().filter { $0.contentHash == "same" }.map(\.id) == [saved])
    }

    @Test(arguments: StoreKind.allCases) func anEditCanKeepADraftAndDropTheCategoryAndTags(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.insert("草稿", hash: "a", status: .draft)
        #expect(try await store.updateDocument(id: id, update(title: "仍是草稿", hash: "b", status: .draft, category: nil, tags: ["甲"])) == .updated)
        let draft = try #require(try await store.editableDocument(id: id))
        #expect(draft.state == .draft && draft.document.summary.title == "仍是草稿" && draft.document.revision == 2)
        #expect(draft.document.summary.category == nil && draft.document.tags == ["甲"])
        #expect(draft.document.summary.published == Date(timeIntervalSince1970: 0), "never published")
        #expect(draft.ownerID == nil)
        #expect(try await store.document(id: id) == nil)
        _ = try await store.updateDocument(id: id, update(title: "发布", hash: "c", category: CategoryName(name: "新类", slug: "gongwen")))
        #expect(try await store.document(id: id)?.summary.category == CategoryName(name: "新类", slug: "gongwen-2"), "a free slug")
        _ = try await store.updateDocument(id: id, update(title: "撤回", hash: "d", status: .draft, at: Date(timeIntervalSince1970: 1_900_000_000)))
        let withdrawn = try #require(try await store.editableDocument(id: id))
        #expect(withdrawn.state == .draft && withdrawn.document.tags.isEmpty)
        #expect(withdrawn.document.summary.published == Self.editTime, "the publication time stays")
        #expect(try await store.editableDocument(id: 999) == nil)
    }

    @Test(arguments: StoreKind.allCases) func theAdminListFiltersCountsOrdersAndPages(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let annual = try await store.insert("Annual Report", hash: "a")
        let summary = try await store.insert("年度总结", hash: "b", category: "随笔")
        let quarterly = try await store.insert("季度 REPORT", hash: "c", status: .draft)
        let trashed = try await store.insert("作废", hash: "d")
        _ = try await store.trashDocument(id: trashed, at: Date())
        // Edited last, so first in the list whatever its id.
        let later = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 3600).rounded())
        _ = try await store.updateDocument(id: annual, update(title: "Annual Report", hash: "e", at: later))

        let all = try await store.adminDocuments(AdminDocumentQuery())
        #expect(all.rows.map(\.summary.id) == [annual, quarterly, summary])
        #expect(all.total == 3)
        #expect(all.counts == [.draft: 1, .published: 2, .trashed: 1])
        #expect(all.rows.map(\.state) == [.published, .draft, .published])
        #expect(all.rows.first?.updated == later)
        #expect(all.rows.allSatisfy { $0.nearDuplicateOf == nil })

        #expect(try await store.adminDocuments(AdminDocumentQuery(state: .draft)).rows.map(\.summary.id) == [quarterly])
        #expect(try await store.adminDocuments(AdminDocumentQuery(state: .published)).total == 2)
        let trash = try await store.adminDocuments(AdminDocumentQuery(state: .trashed))
        #expect(trash.rows.map(\.summary.id) == [trashed] && trash.rows.first?.state == .trashed)

        let reports = try await store.adminDocuments(AdminDocumentQuery(title: "  report "))
        #expect(reports.rows.map(\.summary.id) == [annual, quarterly] && reports.total == 2, "a part of the title, without case")
        #expect(try await store.adminDocuments(AdminDocumentQuery(title: "度总")).rows.map(\.summary.id) == [summary])
        #expect(try await store.adminDocuments(AdminDocumentQuery(title: "   ")).total == 3)
        #expect(try await store.adminDocuments(AdminDocumentQuery(title: "作废")).total == 0, "the trash only when asked for")

        let categories = try await store.allCategories()
        let essays = try #require(categories.first { $0.name == "随笔" })
        #expect(try await store.adminDocuments(AdminDocumentQuery(categoryID: essays.id)).rows.map(\.summary.id) == [summary])
        let reportsInEssays = try await store.adminDocuments(AdminDocumentQuery(categoryID: essays.id, title: "report"))
        #expect(reportsInEssays.rows.isEmpty && reportsInEssays.total == 0)

        let firstPage = try await store.adminDocuments(AdminDocumentQuery(offset: 0, limit: 2))
        let secondPage = try await store.adminDocuments(AdminDocumentQuery(offset: 2, limit: 2))
        let beyond = try await store.adminDocuments(AdminDocumentQuery(offset: 10, limit: 2))
        #expect(firstPage.rows.map(\.summary.id) == [annual, quarterly] && firstPage.total == 3)
        #expect(secondPage.rows.map(\.summary.id) == [summary] && secondPage.total == 3)
        #expect(beyond.rows.isEmpty && beyond.total == 3 && beyond.counts[.trashed] == 1)
    }

    @Test(arguments: StoreKind.allCases) func nearDuplicatesAreMarkedWhileTheirOriginalExists(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let original = try await store.insert("原件", hash: "a")
        let copy = try await store.insert("副本", hash: "b")
        let other = try await store.insert("另一份", hash: "c", status: .draft)
        try await store.setNearDuplicates([])
        try await store.setNearDuplicates([(id: copy, of: original), (id: other, of: original)])
        let marked = try await store.adminDocuments(AdminDocumentQuery())
        #expect(Dictionary(uniqueKeysWithValues: marked.rows.map { ($0.summary.id, $0.nearDuplicateOf) }) == [
            original: nil, copy: original, other: original,
        ])

        let fingerprints = try await store.fingerprints().sorted { $0.id < $1.id }
        #expect(fingerprints.map(\.id) == [original, copy, other])
        #expect(fingerprints.map(\.title) == ["原件", "副本", "另一份"])
        #expect(fingerprints.map(\.contentHash) == ["a", "b", "c"])
        #expect(fingerprints.allSatisfy { $0.fingerprint == UInt64.max - 5 }, "all 64 bits")

        _ = try await store.trashDocument(id: original, at: Date())
        #expect(try await store.fingerprints().map(\.id).sorted() == [copy, other], "not the trash")
        #expect(try await store.adminDocuments(AdminDocumentQuery()).rows.allSatisfy { $0.nearDuplicateOf == original })
        _ = try await store.deleteTrashedDocument(id: original)
        #expect(try await store.adminDocuments(AdminDocumentQuery()).rows.allSatisfy { $0.nearDuplicateOf == nil })
    }

    @Test(arguments: StoreKind.allCases) func categoriesAreNamedOnceAndDeletingOneKeepsItsDocuments(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.insert("文档", hash: "a")
        let categories = try await store.allCategories()
        #expect(categories.map(\.name) == ["公文"] && categories.first?.documentCount == 1)
        let made = try await store.createCategory(CategoryName(name: "随笔", slug: "suibi"))
        #expect(made.name == "随笔" && made.slug == "suibi" && made.documentCount == 0)
        await #expect(throws: StoreError.nameTaken) { try await store.createCategory(CategoryName(name: "随笔", slug: "other")) }
        await #expect(throws: StoreError.nameTaken) { try await store.createCategory(CategoryName(name: "其他", slug: "suibi")) }
        await #expect(throws: StoreError.nameTaken) { try await store.updateCategory(id: made.id, CategoryName(name: "新名", slug: "gongwen")) }
        await #expect(throws: StoreError.nameTaken) { try await store.updateCategory(id: made.id, CategoryName(name: "公文", slug: "xin")) }
        try await store.updateCategory(id: made.id, CategoryName(name: "随笔", slug: "suibi"))
        try await store.updateCategory(id: made.id, CategoryName(name: "散文", slug: "sanwen"))
        #expect(try await store.allCategories().map(\.name) == ["公文", "散文"], "by name")
        #expect(try await store.allCategories().last == Category(id: made.id, name: "散文", slug: "sanwen", documentCount: 0))
        let start = try await store.revision()
        try await store.deleteCategory(id: categories[0].id)
        #expect(try await store.document(id: id)?.summary.category == nil)
        #expect(try await store.changes(after: start, limit: 10).published.map(\.id) == [id])
        #expect(try await store.allCategories().map(\.name) == ["散文"])
    }

    @Test(arguments: StoreKind.allCases) func aCategoryCountsTheDocumentsOutsideTheTrash(on kind: StoreKind) async throws {
        let store = try await kind.make()
        _ = try await store.insert("一", hash: "a")
        _ = try await store.insert("二", hash: "b", status: .draft)
        let trashed = try await store.insert("三", hash: "c")
        _ = try await store.trashDocument(id: trashed, at: Date())
        #expect(try await store.allCategories().map(\.documentCount) == [2])
    }

    /// The published counts the store keeps (in all, per category) agree with the listed documents after
    /// every kind of write: insert, edit of state and category, trash, restore, delete, category deleted.
    @Test(arguments: StoreKind.allCases) func publishedCountsFollowEveryWrite(on kind: StoreKind) async throws {
        let store = try await kind.make()
        func expectCountsAgree(_ step: String) async throws {
            let all = try await store.documents(DocumentListQuery(limit: 100))
            #expect(all.total == all.documents.count, "\(step): in all")
            let categories = try await store.categories()
            for category in categories {
                let listed = try await store.documents(DocumentListQuery(categoryID: category.id, limit: 100))
                #expect(category.documentCount == listed.documents.count && listed.total == listed.documents.count, "\(step): \(category.name)")
                #expect(try await store.category(slug: category.slug)?.documentCount == category.documentCount, "\(step): \(category.name)")
            }
            let listedCategories = Set(all.documents.compactMap(\.category?.name))
            #expect(Set(categories.map(\.name)) == listedCategories, "\(step): categories with published documents")
        }
        let first = try await store.insert("一", hash: "a")
        let second = try await store.insert("二", hash: "b", category: "随笔")
        let draft = try await store.insert("三", hash: "c", status: .draft)
        _ = try await store.insert("四", hash: "d", category: nil)
        try await expectCountsAgree("inserted")
        #expect(try await store.documents(DocumentListQuery()).total == 3)
        #expect(try await store.updateDocument(id: draft, update(title: "三", hash: "c2")) == .updated)
        try await expectCountsAgree("a draft published into another category")
        #expect(try await store.updateDocument(id: first, update(title: "一", hash: "a2", status: .draft, category: nil)) == .updated)
        try await expectCountsAgree("unpublished")
        #expect(try await store.updateDocument(id: second, update(title: "二", hash: "b2", category: CategoryName(name: "公文", slug: "gongwen"))) == .updated)
        try await expectCountsAgree("moved to another category")
        _ = try await store.trashDocument(id: second, at: Date())
        try await expectCountsAgree("trashed")
        _ = try await store.restoreDocument(id: second)
        try await expectCountsAgree("restored")
        _ = try await store.trashDocument(id: second, at: Date())
        _ = try await store.deleteTrashedDocument(id: second)
        try await expectCountsAgree("deleted")
        let fanwen = try #require(try await store.allCategories().first { $0.name == "范文" })
        try await store.deleteCategory(id: fanwen.id)
        try await expectCountsAgree("category deleted")
        #expect(try await store.documents(DocumentListQuery()).total == 2)
    }

    @Test(arguments: StoreKind.allCases) func ofCategoriesCreatedAtOnceUnderOneNameAllButOneAreRefused(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let refusals = try await withThrowingTaskGroup(of: Bool.self) { group in
            for slug in ["a", "b", "c", "d"] {
                group.addTask {
                    do {
                        _ = try await store.createCategory(CategoryName(name: "同名", slug: slug))
                        return false
                    } catch StoreError.nameTaken {
                        return true
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(refusals.filter { $0 }.count == 3)
        #expect(try await store.allCategories().map(\.name) == ["同名"])
    }

    @Test(arguments: StoreKind.allCases) func tagsAreRenamedMergedAndDeleted(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.saveNewDocuments([StoreFixtures.newDocument(hash: "a", tags: ["年度", "总结"])])
        _ = try await store.saveNewDocuments([StoreFixtures.newDocument(hash: "b", tags: ["汇报"])])
        _ = try await store.saveNewDocuments([StoreFixtures.newDocument(hash: "c", tags: ["汇报", "总结"])])
        try await store.renameTag("总结", to: "汇报")
        #expect(try await store.tags() == [TagRow(name: "汇报", documentCount: 3), TagRow(name: "年度", documentCount: 1)])
        try await store.renameTag("年度", to: "年度")
        try await store.renameTag("没有", to: "年度")
        #expect(try await store.tags().map(\.name) == ["汇报", "年度"])
        try await store.renameTag("年度", to: "年终")
        try await store.deleteTag("汇报")
        try await store.deleteTag("没有")
        guard case .inserted(let id) = first[0] else { return }
        #expect(try await store.document(id: id)?.tags == ["年终"])
        #expect(try await store.tags() == [TagRow(name: "年终", documentCount: 1)])
    }

    @Test(arguments: StoreKind.allCases) func bodiesArePagedByIdAndLayoutsReplaced(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.insert("一", hash: "a")
        let second = try await store.insert("二", hash: "b", status: .draft)
        let third = try await store.insert("三", hash: "c")
        _ = try await store.trashDocument(id: third, at: Date())
        let page = try await store.documentBodies(afterID: 0, limit: 2)
        #expect(page.map(\.id) == [first, second], "in any state")
        #expect(page.first?.blocks == StoreFixtures.newDocument().blocks)
        #expect(try await store.documentBodies(afterID: second, limit: 2).map(\.id) == [third])
        #expect(try await store.documentBodies(afterID: third, limit: 2).isEmpty)

        let pages = [PageStart(block: 0, offset: 0), PageStart(block: 1, offset: 3)]
        try await store.updateLayouts([])
        try await store.updateLayouts([
            DocumentLayout(id: first, pages: pages, readingMinutes: 7), DocumentLayout(id: third, pages: pages, readingMinutes: 2),
        ])
        let relaid = try #require(try await store.editableDocument(id: first)?.document)
        #expect(relaid.metrics.pages == pages && relaid.metrics.readingMinutes == 7 && relaid.revision == 2)
        #expect(try await store.editableDocument(id: third)?.document.metrics.readingMinutes == 2)
        let untouched = try #require(try await store.editableDocument(id: second)?.document)
        #expect(untouched.metrics.pages == [PageStart(block: 0, offset: 0)] && untouched.revision == 1)
    }

    @Test(arguments: StoreKind.allCases) func theDashboardCountsViewsByDay(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.insert("文档", hash: "a")
        let busier = try await store.insert("热门", hash: "b")
        let unread = try await store.insert("无人读", hash: "c")
        let draft = try await store.insert("草稿", hash: "d", status: .draft)
        let trashed = try await store.insert("作废", hash: "e")
        _ = try await store.trashDocument(id: trashed, at: Date())
        try await store.addViews([id: 3], day: "2026-11-28")
        try await store.addViews([id: 2], day: "2026-11-29")
        try await store.addViews([id: 4, busier: 10, draft: 5], day: "2026-11-29")
        for (imported, origin) in [(3, "cli"), (5, "admin"), (8, "admin")] {
            try await store.recordImportRun(ImportRunRecord(
                started: Self.editTime, finished: Self.editTime.addingTimeInterval(2), origin: origin, userID: nil, imported: imported,
                skipped: 1, failures: [.init(source: "坏.docx", problem: "不是 Word 文件")]))
        }
        let figures = try await store.dashboard(days: ["2026-11-27", "2026-11-28", "2026-11-29"], mostRead: 5, imports: 2)
        #expect(figures.dailyViews == [0, 3, 21])
        #expect(figures.views == 19 && figures.characters == 27, "published documents only")
        #expect(figures.counts == [.draft: 1, .published: 3, .trashed: 1])
        #expect(figures.mostRead.map(\.id) == [busier, id], "read ones, most read first")
        #expect(!figures.mostRead.map(\.id).contains(unread))
        #expect(figures.recentImports.map(\.imported) == [8, 5], "newest first")
        let run = try #require(figures.recentImports.first)
        #expect(run.origin == "admin" && run.userID == nil && run.skipped == 1)
        #expect(run.started == Self.editTime && run.finished == Self.editTime.addingTimeInterval(2))
        #expect(run.failures == [.init(source: "坏.docx", problem: "不是 Word 文件")])
        #expect(try await store.dashboard(days: ["2026-11-29"], mostRead: 1, imports: 0).mostRead.map(\.id) == [busier])
    }
}
