import Foundation
import GuanshanModel
import GuanshanText
import PostgresNIO

extension PostgresStore: EditorialStore {
    public func adminDocuments(_ query: AdminDocumentQuery) async throws -> AdminDocumentList {
        try await snapshot { connection in
            let rows = try await connection.rows(Self.matching(query, """
                \(SummaryRow.columns), \(EditorialQueries.stateColumn) AS state, d.updated_at, d.near_duplicate_of
                """, paged: true))
            let total = try await connection.value(Self.matching(query, "count(*)", paged: false), as: Int.self) ?? 0
            return AdminDocumentList(
                rows: try rows.map { row in
                    AdminDocumentRow(
                        summary: try PostgresSummaryRow.decode(row), state: EditorialState(rawValue: try row.get("state")) ?? .draft,
                        updated: try row.get("updated_at"), nearDuplicateOf: try row.get("near_duplicate_of"))
                },
                total: total, counts: try await Self.stateCounts(connection))
        }
    }

    /// `columns` of the documents `query` asks for: its page, in the list's order, or (not `paged`) all of them.
    private static func matching(_ query: AdminDocumentQuery, _ columns: String, paged: Bool) -> PostgresQuery {
        let title = query.titlePart
        return """
            SELECT \(unescaped: columns) FROM document d LEFT JOIN category c ON c.id = d.category_id
            WHERE \(unescaped: EditorialQueries.condition(query.state))
              AND (\(query.categoryID)::bigint IS NULL OR d.category_id = \(query.categoryID))
              AND (\(title)::text IS NULL OR strpos(lower(d.title), lower(\(title)::text)) > 0)
            \(unescaped: paged ? "ORDER BY d.updated_at DESC, d.id DESC" : "")
            LIMIT \(paged ? query.limit : nil) OFFSET \(paged ? query.offset : nil)
            """
    }

    public func fingerprints() async throws -> [StoredFingerprint] {
        try await client.rows("SELECT id, title, fingerprint, content_hash FROM document WHERE trashed_at IS NULL").map { row in
            StoredFingerprint(
                id: try row.get("id"), title: try row.get("title"),
                fingerprint: UInt64(bitPattern: try row.get("fingerprint", as: Int64.self)), contentHash: try row.get("content_hash"))
        }
    }

    public func setNearDuplicates(_ links: [(id: Int64, of: Int64)]) async throws {
        guard !links.isEmpty else { return }
        try await client.execute("""
            UPDATE document d SET near_duplicate_of = l.original
            FROM unnest(\(links.map(\.id))::bigint[], \(links.map(\.of))::bigint[]) AS l(id, original) WHERE d.id = l.id
            """)
    }

    private static func stateCounts(_ connection: PostgresConnection) async throws -> [EditorialState: Int] {
        EditorialQueries.counts(try await connection.rows(PostgresQuery(unsafeSQL: EditorialQueries.stateCounts)).map {
            (state: try $0.get("state"), count: try $0.get("n"))
        })
    }

    public func editableDocument(id: Int64) async throws -> EditableDocument? {
        guard let (document, row) = try await fetchDocument(id: id, publishedOnly: false, in: client) else { return nil }
        return EditableDocument(
            document: document, state: EditorialState(trashed: try row.get("trashed_at", as: Date?.self) != nil, status: document.status),
            ownerID: try row.get("owner_id"))
    }

    public func updateDocument(id: Int64, _ update: DocumentUpdate) async throws -> UpdateOutcome {
        let encoded = try EncodedBody(blocks: update.blocks, metrics: update.metrics)
        let hash = update.metrics.contentHash
        let published: Date? = update.status == .published ? update.at : nil
        do {
            return try await transaction { connection in
                // Locked, so that the document does not go to the trash while it is edited.
                let query: PostgresQuery = "SELECT 1 FROM document WHERE id = \(id) AND trashed_at IS NULL FOR UPDATE"
                guard try await connection.value(query, as: Int.self) != nil else { return .notFound }
                if let other = try await connection.value(
                    "SELECT id FROM document WHERE content_hash = \(hash) AND id <> \(id)", as: Int64.self) {
                    return .duplicate(of: other)
                }
                var categoryID: Int64?
                if let category = update.category { categoryID = try await Self.findOrCreateCategory(category, in: connection) }
                try await connection.execute("""
                    UPDATE document SET title = \(update.title), category_id = \(categoryID), status = \(update.status.rawValue),
                        published_at = COALESCE(published_at, \(published)), updated_at = \(update.at), revision = revision + 1,
                        body = \(encoded.body), character_count = \(update.metrics.characterCount),
                        reading_minutes = \(update.metrics.readingMinutes), pages = \(encoded.pages), outline = \(encoded.outline),
                        content_hash = \(hash), fingerprint = \(Int64(bitPattern: update.metrics.fingerprint))
                    WHERE id = \(id)
                    """)
                try await connection.execute("UPDATE document_text SET plain_text = \(encoded.plainText) WHERE id = \(id)")
                try await Self.setTags(update.tags, of: id, in: connection)
                return .updated
            }
        } catch let error where Self.isTakenContentHash(error) {
            // Another node saved the same content after the check above.
            guard let other = try await documentID(contentHash: hash) else { throw error }
            return .duplicate(of: other)
        }
    }

    private static func isTakenContentHash(_ error: any Error) -> Bool {
        error.isUniqueViolation && (error as? PSQLError)?.serverInfo?[.constraintName] == "document_content_hash_key"
    }

    public func trashDocument(id: Int64, at: Date) async throws -> Bool {
        try await changed("""
            UPDATE document SET trashed_at = \(at), trashed_status = status, status = 'draft', updated_at = \(at), revision = revision + 1
            WHERE id = \(id) AND trashed_at IS NULL RETURNING id
            """)
    }

    public func restoreDocument(id: Int64) async throws -> Bool {
        try await changed("""
            UPDATE document SET status = COALESCE(trashed_status, 'draft'), trashed_at = NULL, trashed_status = NULL,
                revision = revision + 1
            WHERE id = \(id) AND trashed_at IS NOT NULL RETURNING id
            """)
    }

    public func deleteTrashedDocument(id: Int64) async throws -> Bool {
        try await changed("DELETE FROM document WHERE id = \(id) AND trashed_at IS NOT NULL RETURNING id")
    }

    /// Runs a write that returns the rows it changed; true when there was one.
    private func changed(_ query: PostgresQuery) async throws -> Bool {
        try await !client.rows(query).isEmpty
    }

    /// Names sort by code point (`COLLATE "C"`, here and in `tags()`), as in SQLite, whatever the database's collation.
    public func allCategories() async throws -> [Category] {
        try await client.rows("""
            SELECT c.id, c.name, c.slug, count(d.id) AS n
            FROM category c LEFT JOIN document d ON d.category_id = c.id AND d.trashed_at IS NULL
            GROUP BY c.id ORDER BY c.name COLLATE "C"
            """).map { row in
            Category(id: try row.get("id"), name: try row.get("name"), slug: try row.get("slug"), documentCount: try row.get("n"))
        }
    }

    public func createCategory(_ name: CategoryName) async throws -> Category {
        try await refusingTakenCategory {
            guard let id = try await client.value(
                "INSERT INTO category (name, slug) VALUES (\(name.name), \(name.slug)) RETURNING id", as: Int64.self)
            else { throw PostgresStoreError.noRowReturned }
            return Category(id: id, name: name.name, slug: name.slug, documentCount: 0)
        }
    }

    public func updateCategory(id: Int64, _ name: CategoryName) async throws {
        try await refusingTakenCategory {
            try await client.execute("UPDATE category SET name = \(name.name), slug = \(name.slug) WHERE id = \(id)")
        }
    }

    /// The unique name and slug refuse a taken one, also when another node takes it at the same moment.
    private func refusingTakenCategory<T>(_ write: () async throws -> T) async throws -> T {
        do {
            return try await write()
        } catch let error where error.isUniqueViolation {
            throw StoreError.nameTaken
        }
    }

    public func deleteCategory(id: Int64) async throws {
        try await transaction { connection in
            // Through the documents first, so that the change log (and the search index) hears of it.
            try await connection.execute("UPDATE document SET category_id = NULL WHERE category_id = \(id)")
            try await connection.execute("DELETE FROM category WHERE id = \(id)")
        }
    }

    public func tags() async throws -> [TagRow] {
        try await client.rows("""
            SELECT t.name, count(dt.document_id) AS n FROM tag t LEFT JOIN document_tag dt ON dt.tag_id = t.id
            GROUP BY t.id ORDER BY n DESC, t.name COLLATE "C"
            """).map { TagRow(name: try $0.get("name"), documentCount: try $0.get("n")) }
    }

    public func renameTag(_ name: String, to newName: String) async throws {
        guard name != newName else { return }
        try await transaction { connection in
            // Locked, so that a rename of the same tag on another node waits for this one.
            guard let oldID = try await connection.value("SELECT id FROM tag WHERE name = \(name) FOR UPDATE", as: Int64.self) else { return }
            if let targetID = try await connection.value("SELECT id FROM tag WHERE name = \(newName)", as: Int64.self) {
                try await connection.execute("""
                    INSERT INTO document_tag (document_id, tag_id, position)
                    SELECT document_id, \(targetID), position FROM document_tag WHERE tag_id = \(oldID) ON CONFLICT DO NOTHING
                    """)
                try await connection.execute("DELETE FROM tag WHERE id = \(oldID)")
            } else {
                try await connection.execute("UPDATE tag SET name = \(newName) WHERE id = \(oldID)")
            }
        }
    }

    public func deleteTag(_ name: String) async throws {
        try await client.execute("DELETE FROM tag WHERE name = \(name)")
    }

    public func documentBodies(afterID: Int64, limit: Int) async throws -> [(id: Int64, blocks: [Block])] {
        try await client.rows("SELECT id, body FROM document WHERE id > \(afterID) ORDER BY id LIMIT \(limit)").map { row in
            (id: try row.get("id"), blocks: try BlockJSON.decode(try row.get("body")))
        }
    }

    public func updateLayouts(_ layouts: [DocumentLayout]) async throws {
        guard !layouts.isEmpty else { return }
        let pages = try layouts.map { try StoredJSON.encode($0.pages) }
        try await client.execute("""
            UPDATE document d SET pages = l.pages, reading_minutes = l.minutes, revision = d.revision + 1
            FROM unnest(\(layouts.map(\.id))::bigint[], \(pages)::text[], \(layouts.map(\.readingMinutes))::bigint[])
                AS l(id, pages, minutes)
            WHERE d.id = l.id
            """)
    }

    public func recordImportRun(_ run: ImportRunRecord) async throws {
        let failures = try StoredJSON.encode(run.failures)
        try await client.execute("""
            INSERT INTO import_run (started_at, finished_at, origin, account_id, imported, skipped, failures)
            VALUES (\(run.started), \(run.finished), \(run.origin), \(run.userID), \(run.imported), \(run.skipped), \(failures))
            """)
    }

    public func dashboard(days: [String], mostRead: Int, imports: Int) async throws -> DashboardFigures {
        try await snapshot { connection in
            let totals = try await connection.row("""
                SELECT COALESCE(sum(character_count), 0)::bigint AS characters, COALESCE(sum(view_count), 0)::bigint AS views
                FROM document WHERE status = 'published'
                """)
            let daily = try await connection.rows("SELECT day, views FROM daily_views WHERE day = ANY(\(days))").map {
                (day: try $0.get("day", as: String.self), views: try $0.get("views", as: Int.self))
            }
            let top = try await connection.rows("""
                SELECT \(unescaped: SummaryRow.columns) FROM document d LEFT JOIN category c ON c.id = d.category_id
                WHERE d.status = 'published' AND d.view_count > 0 ORDER BY d.view_count DESC, d.id DESC LIMIT \(mostRead)
                """).map(PostgresSummaryRow.decode)
            let runs = try await connection.rows("""
                SELECT started_at, finished_at, origin, account_id, imported, skipped, failures
                FROM import_run ORDER BY id DESC LIMIT \(imports)
                """).map { row in
                ImportRunRecord(
                    started: try row.get("started_at"), finished: try row.get("finished_at"), origin: try row.get("origin"),
                    userID: try row.get("account_id"), imported: try row.get("imported"), skipped: try row.get("skipped"),
                    failures: EditorialQueries.failures(try row.get("failures")))
            }
            return DashboardFigures(
                counts: try await Self.stateCounts(connection), characters: try totals?.get("characters") ?? 0,
                views: try totals?.get("views") ?? 0, dailyViews: EditorialQueries.dailyViews(days, found: daily), mostRead: top,
                recentImports: runs)
        }
    }

    /// Runs `body` on one snapshot of the database, as SQLite's reads do.
    func snapshot<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction { connection in
            try await connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try await body(connection)
        }
    }
}
