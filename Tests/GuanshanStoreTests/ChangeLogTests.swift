import Foundation
import GRDB
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// The change log is the one way what pages show reaches every node's derived data: each table of the
/// schema is logged by triggers or named as not logged with its reason, and each kind of write raises
/// the revision.
@Suite struct ChangeLogTests {
    /// Each table, with the operations (INSERT, UPDATE, DELETE) whose triggers write the change log.
    private func loggedOperations(_ kind: StoreKind) async throws -> [String: Set<String>] {
        switch kind {
        case .sqlite:
            let store = try SQLiteStore.inMemory()
            return try await store.writer.read { db in
                var tables: [String: Set<String>] = [:]
                for name in try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                    """) {
                    tables[name] = []
                }
                for row in try Row.fetchAll(db, sql: "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'") {
                    let sql: String = row["sql"]
                    guard sql.contains("INSERT INTO change_log") else { continue }
                    for operation in ["INSERT", "UPDATE", "DELETE"] where sql.contains("AFTER \(operation)") {
                        tables[row["tbl_name"], default: []].insert(operation)
                    }
                }
                return tables
            }
        case .postgres:
            let store = try await PostgresStore(address: try PostgresAddress(try TestPostgres.freshDatabaseURL()), maximumConnections: 2)
            var tables: [String: Set<String>] = [:]
            for row in try await store.client.rows("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name <> 'guanshan_migration'
                """) {
                tables[try row.get("table_name", as: String.self)] = []
            }
            for row in try await store.client.rows("""
                SELECT event_object_table, event_manipulation FROM information_schema.triggers
                WHERE trigger_schema = current_schema() AND action_statement LIKE '%log_change(%'
                """) {
                tables[try row.get("event_object_table", as: String.self), default: []].insert(try row.get("event_manipulation", as: String.self))
            }
            return tables
        }
    }

    @Test(arguments: StoreKind.allCases)
    func everyTableIsLoggedOrSaysWhyNot(on kind: StoreKind) async throws {
        let tables = try await loggedOperations(kind)
        for (table, operations) in tables {
            if ChangeLog.logged[table] != nil {
                #expect(operations == ["INSERT", "UPDATE", "DELETE"], "\(table) is logged on every write")
            } else {
                #expect(ChangeLog.notLogged[table] != nil, "\(table): add it to ChangeLog.logged with triggers, or to notLogged with the reason")
                #expect(operations.isEmpty, "\(table) is logged but not listed as logged")
            }
        }
        #expect(Set(ChangeLog.logged.keys).union(ChangeLog.notLogged.keys) == Set(tables.keys), "the lists name only tables that exist")
    }

    @Test(arguments: StoreKind.allCases)
    func everyChangePagesShowRaisesTheRevision(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.insert("甲", hash: "change-log-1")
        func raises(_ what: String, _ write: () async throws -> Void) async throws {
            let before = try await store.revision()
            try await write()
            #expect(try await store.revision() > before, "\(what)")
        }
        let category = try await store.allCategories().first { $0.name == "公文" }
        let categoryID = try #require(category?.id)
        try await raises("category renamed") { try await store.updateCategory(id: categoryID, CategoryName(name: "通知", slug: "tongzhi")) }
        try await raises("category created") { _ = try await store.createCategory(CategoryName(name: "范文", slug: "fanwen")) }
        try await raises("category deleted") { try await store.deleteCategory(id: categoryID) }
        var update = DocumentUpdate(
            title: "甲", category: nil, tags: ["标签"], status: .published, blocks: [.paragraph([Span("正文。")])],
            metrics: StoreFixtures.newDocument(hash: "change-log-2").metrics, at: Date())
        update.metrics.contentHash = "change-log-2"
        try await raises("document edited") { _ = try await store.updateDocument(id: id, update) }
        try await raises("tag renamed") { try await store.renameTag("标签", to: "新标签") }
        try await raises("tag deleted") { try await store.deleteTag("新标签") }
        try await raises("setting saved") { try await store.setSettings(["siteName": "文库"]) }
        let beforeState = try await store.revision()
        try await store.setSettings([ChangeLog.stateKeyPrefix + "form_key": "k"])
        _ = try await store.setting(ChangeLog.stateKeyPrefix + "other", insertingIfAbsent: "v")
        #expect(try await store.revision() == beforeState, "the library's own state is shown on no page and logged as nothing")
        try await raises("document laid out") {
            try await store.updateLayouts([DocumentLayout(id: id, pages: [PageStart(block: 0, offset: 0)], readingMinutes: 2)])
        }
        let changes = try await store.changes(after: 0, limit: 10)
        #expect(changes.published.map(\.id) == [id], "search hears of documents only")
        #expect(changes.revision == (try await store.revision()), "and is brought past every other change")
        #expect(try await store.changedDocumentCount(after: 0) == 1)
    }

    /// Published comments show on cached pages, so each write visitors could see raises the revision (the
    /// stamp of those pages), and a write they could not see (a comment waiting for review) does not; search,
    /// which follows documents, hears of none and is only brought past them.
    @Test(arguments: StoreKind.allCases)
    func aVisibleWriteOfACommentRaisesTheRevisionAndSearchHearsOfNoDocument(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let document = try await store.insert("甲", hash: "change-log-comment")
        let author = try await store.createUser(NewUser(name: "读者", nameKey: "读者", passwordHash: "x", role: .reader, created: Date())).id
        let start = try await store.revision()
        func raises(_ what: String, _ expected: Bool = true, _ write: () async throws -> Void) async throws {
            let before = try await store.revision()
            try await write()
            let raised = try await store.revision() > before
            #expect(raised == expected, "\(what)")
        }
        var id: Int64 = 0
        try await raises("comment waiting", false) {
            id = try await store.addComment(NewComment(documentID: document, parentID: nil, authorID: author, body: "评论", state: .pending, at: Date()))
        }
        try await raises("waiting comment edited", false) { _ = try await store.editComment(id: id, body: "改过", state: .pending, at: Date()) }
        try await raises("comment published") { _ = try await store.setCommentState(ids: [id], to: .published) }
        try await raises("published comment edited") { _ = try await store.editComment(id: id, body: "再改", state: .published, at: Date()) }
        let unchanged = try await store.revision()
        #expect(try await store.setCommentState(ids: [id], to: .published) == 0)
        #expect(try await store.revision() == unchanged, "a state set again changes nothing")
        try await raises("published comment written") {
            _ = try await store.addComment(NewComment(documentID: document, parentID: id, authorID: author, body: "回复", state: .published, at: Date()))
        }
        try await raises("comment deleted with its author") { try await store.deleteUser(id: author) }
        let changes = try await store.changes(after: start, limit: 10)
        #expect(changes.published.isEmpty && changes.removed.isEmpty && changes.isComplete, "search hears of no document")
        #expect(changes.revision == (try await store.revision()), "and is brought past the comments")
        #expect(try await store.changedDocumentCount(after: start) == 0)
    }
}
