import Foundation
import GuanshanModel
import GRDB
import GuanshanText

extension SQLiteStore {
    public func adminDocuments(_ query: AdminDocumentQuery) async throws -> AdminDocumentList {
        var filter = EditorialQueries.condition(query.state)
        var arguments: StatementArguments = []
        if let categoryID = query.categoryID {
            filter += " AND d.category_id = ?"
            arguments += [categoryID]
        }
        if let title = query.titlePart {
            filter += " AND instr(lower(d.title), lower(?)) > 0"
            arguments += [title]
        }
        return try await writer.read { [filter, arguments] db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(SummaryRow.columns), \(EditorialQueries.stateColumn) AS state, d.updated_at, d.near_duplicate_of
                FROM document d LEFT JOIN category c ON c.id = d.category_id
                WHERE \(filter) ORDER BY d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?
                """, arguments: arguments + [query.limit, query.offset])
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM document d WHERE \(filter)", arguments: arguments) ?? 0
            return AdminDocumentList(
                rows: rows.map {
                    AdminDocumentRow(
                        summary: SummaryRow.decode($0), state: EditorialState(rawValue: $0["state"]) ?? .draft, updated: $0["updated_at"],
                        nearDuplicateOf: $0["near_duplicate_of"])
                },
                total: total, counts: try Self.stateCounts(db))
        }
    }

    public func fingerprints() async throws -> [StoredFingerprint] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, fingerprint, content_hash FROM document WHERE trashed_at IS NULL").map {
                StoredFingerprint(id: $0["id"], title: $0["title"], fingerprint: UInt64(bitPattern: $0["fingerprint"]), contentHash: $0["content_hash"])
            }
        }
    }

    public func setNearDuplicates(_ links: [(id: Int64, of: Int64)]) async throws {
        guard !links.isEmpty else { return }
        try await writer.write { db in
            for link in links {
                try db.execute(sql: "UPDATE document SET near_duplicate_of = ? WHERE id = ?", arguments: [link.of, link.id])
            }
        }
    }

    private static func stateCounts(_ db: Database) throws -> [EditorialState: Int] {
        EditorialQueries.counts(try Row.fetchAll(db, sql: EditorialQueries.stateCounts).map { (state: $0["state"], count: $0["n"]) })
    }

    public func editableDocument(id: Int64) async throws -> EditableDocument? {
        try await writer.read { db in
            guard let (document, row) = try Self.fetchDocument(id: id, publishedOnly: false, in: db) else { return nil }
            let trashed: Date? = row["trashed_at"]
            return EditableDocument(
                document: document, state: EditorialState(trashed: trashed != nil, status: document.status), ownerID: row["owner_id"])
        }
    }

    public func updateDocument(id: Int64, _ update: DocumentUpdate) async throws -> UpdateOutcome {
        let encoded = try EncodedBody(blocks: update.blocks, metrics: update.metrics)
        return try await writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ? AND trashed_at IS NULL", arguments: [id]) == true else {
                return .notFound
            }
            if let other = try Int64.fetchOne(
                db, sql: "SELECT id FROM document WHERE content_hash = ? AND id != ?", arguments: [update.metrics.contentHash, id]) {
                return .duplicate(of: other)
            }
            let categoryID = try update.category.map { try Self.findOrCreateCategory($0, in: db) }
            try db.execute(sql: """
                UPDATE document SET title = ?, category_id = ?, status = ?,
                    published_at = CASE WHEN ? = 'published' THEN COALESCE(published_at, ?) ELSE published_at END,
                    updated_at = ?, revision = revision + 1, body = ?, character_count = ?, reading_minutes = ?, pages = ?,
                    outline = ?, content_hash = ?, fingerprint = ?
                WHERE id = ?
                """, arguments: [
                    update.title, categoryID, update.status.rawValue, update.status.rawValue, update.at, update.at, encoded.body,
                    update.metrics.characterCount, update.metrics.readingMinutes, encoded.pages, encoded.outline,
                    update.metrics.contentHash, Int64(bitPattern: update.metrics.fingerprint), id,
                ])
            try db.execute(sql: "UPDATE document_text SET plain_text = ? WHERE id = ?", arguments: [encoded.plainText, id])
            try Self.setTags(update.tags, of: id, in: db)
            return .updated
        }
    }

    public func trashDocument(id: Int64, at: Date) async throws -> Bool {
        try await changed("""
            UPDATE document SET trashed_at = ?, trashed_status = status, status = 'draft', updated_at = ?, revision = revision + 1
            WHERE id = ? AND trashed_at IS NULL
            """, [at, at, id])
    }

    public func restoreDocument(id: Int64) async throws -> Bool {
        try await changed("""
            UPDATE document SET status = COALESCE(trashed_status, 'draft'), trashed_at = NULL, trashed_status = NULL,
                revision = revision + 1
            WHERE id = ? AND trashed_at IS NOT NULL
            """, [id])
    }

    public func deleteTrashedDocument(id: Int64) async throws -> Bool {
        try await changed("DELETE FROM document WHERE id = ? AND trashed_at IS NOT NULL", [id])
    }

    private func changed(_ sql: String, _ arguments: StatementArguments) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount > 0
        }
    }

    public func allCategories() async throws -> [Category] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.name, c.slug, count(d.id) AS n
                FROM category c LEFT JOIN document d ON d.category_id = c.id AND d.trashed_at IS NULL
                GROUP BY c.id ORDER BY c.name
                """).map { Category(id: $0["id"], name: $0["name"], slug: $0["slug"], documentCount: $0["n"]) }
        }
    }

    public func createCategory(_ name: CategoryName) async throws -> Category {
        try await writer.write { db in
            try Self.refuseTakenCategory(name, except: nil, in: db)
            try db.execute(sql: "INSERT INTO category (name, slug) VALUES (?, ?)", arguments: [name.name, name.slug])
            return Category(id: db.lastInsertedRowID, name: name.name, slug: name.slug, documentCount: 0)
        }
    }

    public func updateCategory(id: Int64, _ name: CategoryName) async throws {
        try await writer.write { db in
            try Self.refuseTakenCategory(name, except: id, in: db)
            try db.execute(sql: "UPDATE category SET name = ?, slug = ? WHERE id = ?", arguments: [name.name, name.slug, id])
        }
    }

    private static func refuseTakenCategory(_ name: CategoryName, except id: Int64?, in db: Database) throws {
        if try Bool.fetchOne(
            db, sql: "SELECT 1 FROM category WHERE (name = ? OR slug = ?) AND id IS NOT ?", arguments: [name.name, name.slug, id]) == true {
            throw StoreError.nameTaken
        }
    }

    public func deleteCategory(id: Int64) async throws {
        try await writer.write { db in
            // Through the documents first, so that the change log (and the search index) hears of it.
            try db.execute(sql: "UPDATE document SET category_id = NULL WHERE category_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM category WHERE id = ?", arguments: [id])
        }
    }

    public func tags() async throws -> [TagRow] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.name, count(dt.document_id) AS n FROM tag t LEFT JOIN document_tag dt ON dt.tag_id = t.id
                GROUP BY t.id ORDER BY n DESC, t.name
                """).map { TagRow(name: $0["name"], documentCount: $0["n"]) }
        }
    }

    public func renameTag(_ name: String, to newName: String) async throws {
        try await writer.write { db in
            guard name != newName, let oldID = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [name]) else { return }
            if let targetID = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [newName]) {
                try db.execute(sql: """
                    INSERT INTO document_tag (document_id, tag_id, position)
                    SELECT document_id, ?, position FROM document_tag WHERE tag_id = ? ON CONFLICT DO NOTHING
                    """, arguments: [targetID, oldID])
                try db.execute(sql: "DELETE FROM tag WHERE id = ?", arguments: [oldID])
            } else {
                try db.execute(sql: "UPDATE tag SET name = ? WHERE id = ?", arguments: [newName, oldID])
            }
        }
    }

    public func deleteTag(_ name: String) async throws {
        try await write("DELETE FROM tag WHERE name = ?", [name])
    }

    public func documentBodies(afterID: Int64, limit: Int) async throws -> [(id: Int64, blocks: [Block])] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, body FROM document WHERE id > ? ORDER BY id LIMIT ?", arguments: [afterID, limit]).map {
                (id: $0["id"], blocks: try BlockJSON.decode($0["body"]))
            }
        }
    }

    public func updateLayouts(_ layouts: [DocumentLayout]) async throws {
        let encoded = try layouts.map { (layout: $0, pages: try StoredJSON.encode($0.pages)) }
        try await writer.write { db in
            for item in encoded {
                try db.execute(
                    sql: "UPDATE document SET pages = ?, reading_minutes = ?, revision = revision + 1 WHERE id = ?",
                    arguments: [item.pages, item.layout.readingMinutes, item.layout.id])
            }
        }
    }

    public func recordImportRun(_ run: ImportRunRecord) async throws {
        let failures = try StoredJSON.encode(run.failures)
        try await write("""
            INSERT INTO import_run (started_at, finished_at, origin, account_id, imported, skipped, failures)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [run.started, run.finished, run.origin, run.userID, run.imported, run.skipped, failures])
    }

    public func dashboard(days: [String], mostRead: Int, imports: Int) async throws -> DashboardFigures {
        try await writer.read { db in
            let totals = try Row.fetchOne(db, sql: """
                SELECT COALESCE(sum(character_count), 0) AS characters, COALESCE(sum(view_count), 0) AS views
                FROM document WHERE status = 'published'
                """)
            let daily = try Row.fetchAll(
                db, sql: "SELECT day, views FROM daily_views WHERE day IN (SELECT value FROM json_each(?))", arguments: [StoredJSON.encode(days)]
            ).map { (day: $0["day"] as String, views: $0["views"] as Int) }
            let top = try Row.fetchAll(db, sql: """
                SELECT \(SummaryRow.columns) FROM document d LEFT JOIN category c ON c.id = d.category_id
                WHERE d.status = 'published' AND d.view_count > 0 ORDER BY d.view_count DESC, d.id DESC LIMIT ?
                """, arguments: [mostRead]).map(SummaryRow.decode)
            let runs = try Row.fetchAll(
                db, sql: "SELECT * FROM import_run ORDER BY id DESC LIMIT ?", arguments: [imports]
            ).map { row in
                ImportRunRecord(
                    started: row["started_at"], finished: row["finished_at"], origin: row["origin"], userID: row["account_id"],
                    imported: row["imported"], skipped: row["skipped"],
                    failures: EditorialQueries.failures(row["failures"]))
            }
            return DashboardFigures(
                counts: try Self.stateCounts(db), characters: totals?["characters"] ?? 0, views: totals?["views"] ?? 0,
                dailyViews: EditorialQueries.dailyViews(days, found: daily), mostRead: top, recentImports: runs)
        }
    }
}
