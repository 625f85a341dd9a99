import Foundation
import GuanshanModel
import GuanshanText
import PostgresNIO

extension PostgresStore: Store {
    public func saveNewDocuments(_ documents: [NewDocument]) async throws -> [SaveOutcome] {
        let encoded = try documents.map { (document: $0, body: try EncodedBody(blocks: $0.blocks, metrics: $0.metrics)) }
        return try await transaction { connection in
            var outcomes: [SaveOutcome] = []
            for (document, body) in encoded {
                outcomes.append(try await Self.insert(document, body, into: connection))
            }
            if encoded.contains(where: { $0.document.id != nil }) {
                // Documents saved with their own ids leave the id sequence behind them.
                try await connection.execute(
                    "SELECT setval(pg_get_serial_sequence('document', 'id'), (SELECT max(id) FROM document))")
            }
            return outcomes
        }
    }

    private static func insert(_ document: NewDocument, _ body: EncodedBody, into connection: PostgresConnection) async throws -> SaveOutcome {
        let hash = document.metrics.contentHash
        if let existing = try await connection.value("SELECT id FROM document WHERE content_hash = \(hash)", as: Int64.self) {
            return .duplicate(of: existing)
        }
        if let id = document.id, try await connection.value("SELECT 1 FROM document WHERE id = \(id)", as: Int.self) != nil {
            return .idTaken(id)
        }
        var categoryID: Int64?
        if let category = document.category { categoryID = try await findOrCreateCategory(category, in: connection) }
        let published: Date? = document.status == .published ? document.created : nil
        let fingerprint = Int64(bitPattern: document.metrics.fingerprint)
        let insert: PostgresQuery = """
            INSERT INTO document (id, title, sharer, category_id, status, created_at, published_at, updated_at,
                body, character_count, reading_minutes, pages, outline, content_hash, fingerprint, owner_id, near_duplicate_of)
            OVERRIDING SYSTEM VALUE
            VALUES (coalesce(\(document.id), nextval(pg_get_serial_sequence('document', 'id'))), \(document.title),
                \(document.sharer), \(categoryID), \(document.status.rawValue), \(document.created), \(published), \(Date()),
                \(body.body), \(document.metrics.characterCount), \(document.metrics.readingMinutes), \(body.pages),
                \(body.outline), \(hash), \(fingerprint), \(document.ownerID), \(document.nearDuplicateOf))
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """
        guard let id = try await connection.value(insert, as: Int64.self) else {
            // Another node saved the same content a moment ago (nodes starting together seed the demo once).
            guard let existing = try await connection.value("SELECT id FROM document WHERE content_hash = \(hash)", as: Int64.self)
            else { throw PostgresStoreError.noRowReturned }
            return .duplicate(of: existing)
        }
        try await connection.execute("INSERT INTO document_text (id, plain_text) VALUES (\(id), \(body.plainText))")
        try await setTags(document.tags, of: id, in: connection)
        if let original = document.original { try await link(original, to: id, in: connection) }
        return .inserted(id: id)
    }

    static func setTags(_ tags: [String], of id: Int64, in connection: PostgresConnection) async throws {
        try await connection.execute("DELETE FROM document_tag WHERE document_id = \(id)")
        for (position, tag) in SQLiteStore.distinct(tags).enumerated() {
            try await connection.execute("INSERT INTO tag (name) VALUES (\(tag)) ON CONFLICT (name) DO NOTHING")
            try await connection.execute(
                "INSERT INTO document_tag (document_id, tag_id, position) SELECT \(id), id, \(position) FROM tag WHERE name = \(tag)")
        }
    }

    /// The category of that name, created when there is none with the first free slug of `slug`, `slug-2`, `slug-3`…
    static func findOrCreateCategory(_ category: CategoryName, in connection: PostgresConnection) async throws -> Int64 {
        var slug = category.slug
        var suffix = 2
        while true {
            if let id = try await connection.value("SELECT id FROM category WHERE name = \(category.name)", as: Int64.self) {
                return id
            }
            // Nothing is inserted when the name or the slug is taken, also by another node a moment ago.
            if let id = try await connection.value(
                "INSERT INTO category (name, slug) VALUES (\(category.name), \(slug)) ON CONFLICT DO NOTHING RETURNING id", as: Int64.self) {
                return id
            }
            slug = "\(category.slug)-\(suffix)"
            suffix += 1
        }
    }

    public func document(id: Int64) async throws -> StoredDocument? {
        try await fetchDocument(id: id, publishedOnly: true, in: client)?.document
    }

    /// The document with the row it came from, for the columns only some callers need.
    func fetchDocument(
        id: Int64, publishedOnly: Bool, in database: some PostgresQuerying
    ) async throws -> (document: StoredDocument, row: PostgresRandomAccessRow)? {
        guard let row = try await database.row("""
            SELECT \(unescaped: SummaryRow.columns), d.status, d.created_at, d.updated_at, d.revision, d.body, d.pages,
                   d.outline, d.content_hash, d.fingerprint, d.owner_id, d.trashed_at, \(unescaped: OriginalRow.columns)
            FROM document d LEFT JOIN category c ON c.id = d.category_id LEFT JOIN document_original o ON o.document_id = d.id
            WHERE d.id = \(id) AND (d.status = 'published' OR NOT \(publishedOnly))
            """)
        else { return nil }
        let tags = try await database.rows("""
            SELECT t.name FROM document_tag dt JOIN tag t ON t.id = dt.tag_id
            WHERE dt.document_id = \(id) ORDER BY dt.position
            """).map { try $0.get("name", as: String.self) }
        let summary = try PostgresSummaryRow.decode(row)
        let document = StoredDocument(
            summary: summary,
            tags: tags,
            status: DocumentStatus(rawValue: try row.get("status")) ?? .draft,
            created: try row.get("created_at"),
            updated: try row.get("updated_at"),
            revision: try row.get("revision"),
            blocks: try BlockJSON.decode(try row.get("body")),
            metrics: DocumentMetrics(
                characterCount: summary.characterCount,
                readingMinutes: summary.readingMinutes,
                pages: try StoredJSON.decode([PageStart].self, try row.get("pages")),
                outline: try StoredJSON.decode([OutlineEntry].self, try row.get("outline")),
                fingerprint: UInt64(bitPattern: try row.get("fingerprint", as: Int64.self)),
                contentHash: try row.get("content_hash")),
            original: try OriginalRow.decode(row))
        return (document, row)
    }

    public func documentID(contentHash: String) async throws -> Int64? {
        try await client.value("SELECT id FROM document WHERE content_hash = \(contentHash)")
    }

    public func documents(_ query: DocumentListQuery) async throws -> DocumentList {
        let order = switch query.order {
        case .newest: "d.published_at DESC, d.id DESC"
        case .mostRead: "d.view_count DESC, d.id DESC"
        }
        let rows = try await client.rows("""
            SELECT \(unescaped: SummaryRow.columns)
            FROM document d LEFT JOIN category c ON c.id = d.category_id
            WHERE d.status = 'published' AND (\(query.categoryID)::bigint IS NULL OR d.category_id = \(query.categoryID))
              AND (\(query.tag)::text IS NULL OR d.id IN (
                SELECT dt.document_id FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE t.name = \(query.tag)))
              AND (\(query.ownerID)::bigint IS NULL OR d.owner_id = \(query.ownerID))
            ORDER BY \(unescaped: order) LIMIT \(query.limit) OFFSET \(query.offset)
            """)
        let total: Int? = switch (query.categoryID, query.tag) {
        case _ where query.ownerID != nil:
            try await client.value("""
                SELECT count(*) FROM document d WHERE d.status = 'published' AND d.owner_id = \(query.ownerID)
                  AND (\(query.categoryID)::bigint IS NULL OR d.category_id = \(query.categoryID))
                  AND (\(query.tag)::text IS NULL OR d.id IN (
                    SELECT dt.document_id FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE t.name = \(query.tag)))
                """)
        case (nil, nil): try await client.value("SELECT published FROM library_count")
        case (let categoryID?, nil): try await client.value("SELECT published_count FROM category WHERE id = \(categoryID)")
        case (_, let tag?):
            try await client.value("""
                SELECT count(*) FROM document d
                WHERE d.status = 'published' AND (\(query.categoryID)::bigint IS NULL OR d.category_id = \(query.categoryID))
                  AND d.id IN (SELECT dt.document_id FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE t.name = \(tag))
                """)
        }
        return DocumentList(documents: try rows.map(PostgresSummaryRow.decode), total: total ?? 0)
    }

    public func documentCount() async throws -> Int {
        try await client.value("SELECT count(*) FROM document") ?? 0
    }

    public func categories() async throws -> [Category] {
        try await client.rows("""
            SELECT id, name, slug, published_count AS n FROM category WHERE published_count > 0 ORDER BY n DESC, name
            """).map(Self.category)
    }

    public func category(slug: String) async throws -> Category? {
        try await client.row("SELECT id, name, slug, published_count AS n FROM category WHERE slug = \(slug)").map(Self.category)
    }

    static func category(_ row: PostgresRandomAccessRow) throws -> Category {
        Category(id: try row.get("id"), name: try row.get("name"), slug: try row.get("slug"), documentCount: try row.get("n"))
    }

    public func addViews(_ views: [Int64: Int], day: String) async throws {
        guard !views.isEmpty else { return }
        let ids = Array(views.keys)
        let counts = ids.map { views[$0] ?? 0 }
        try await transaction { connection in
            try await connection.execute("""
                UPDATE document d SET view_count = d.view_count + v.n
                FROM unnest(\(ids)::bigint[], \(counts)::bigint[]) AS v(id, n) WHERE d.id = v.id
                """)
            try await connection.execute("""
                INSERT INTO daily_views (day, views) VALUES (\(day), \(counts.reduce(0, +)))
                ON CONFLICT (day) DO UPDATE SET views = daily_views.views + excluded.views
                """)
        }
    }

    public func revision() async throws -> Int64 {
        try await client.value("SELECT coalesce(max(revision), 0) FROM change_log") ?? 0
    }

    public func changes(after revision: Int64, limit: Int) async throws -> DocumentChanges {
        try await transaction { connection in
            try await connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            // Each document once, at its latest change; a document left out has a later change than all taken.
            let rows = try await connection.rows("""
                SELECT subject_id, max(revision) AS latest FROM change_log WHERE revision > \(revision) AND subject IN \(unescaped: ChangeLog.searchedSubjects)
                GROUP BY subject_id ORDER BY latest LIMIT \(limit + 1)
                """)
            let taken = rows.prefix(limit)
            let ids = try taken.map { try $0.get("subject_id", as: Int64.self) }
            let published = try await Self.searchable(connection.rows("""
                SELECT d.id, d.title, t.plain_text, d.published_at, d.category_id, \(unescaped: Self.pageCount) AS page_count
                FROM document d JOIN document_text t ON t.id = d.id
                WHERE d.status = 'published' AND d.id = ANY(\(ids)) ORDER BY d.id
                """))
            let found = Set(published.map(\.id))
            let isComplete = rows.count <= limit
            let newest: Int64? = isComplete ? try await connection.value("SELECT max(revision) FROM change_log") : nil
            return DocumentChanges(
                revision: try newest ?? taken.last?.get("latest", as: Int64.self) ?? revision, published: published,
                removed: ids.filter { !found.contains($0) }, isComplete: isComplete)
        }
    }

    public func changedDocumentCount(after revision: Int64) async throws -> Int {
        let count: Int64? = try await client.value(
            "SELECT count(DISTINCT subject_id) FROM change_log WHERE revision > \(revision) AND subject IN \(unescaped: ChangeLog.searchedSubjects)")
        return Int(count ?? 0)
    }

    public func searchableDocuments(afterID: Int64, through: Int64?, limit: Int) async throws -> [SearchableDocument] {
        try Self.searchable(await client.rows("""
            SELECT d.id, d.title, t.plain_text, d.published_at, d.category_id, \(unescaped: Self.pageCount) AS page_count
            FROM document d JOIN document_text t ON t.id = d.id
            WHERE d.status = 'published' AND d.id > \(afterID) AND d.id <= \(through ?? Int64.max)
            ORDER BY d.id LIMIT \(limit)
            """))
    }

    /// A document's page count from its page starts (one for a document that fits on a page).
    private static let pageCount = "greatest(json_array_length(pages::json), 1)"

    private static func searchable(_ rows: [PostgresRandomAccessRow]) throws -> [SearchableDocument] {
        try rows.map { row in
            SearchableDocument(
                id: try row.get("id"), title: try row.get("title"),
                texts: BlockTexts.split(try row.get("plain_text", as: String.self)).map(String.init),
                published: try row.get("published_at"), categoryID: try row.get("category_id"), pages: try row.get("page_count"))
        }
    }

    public func publishedPageCounts(afterID: Int64, limit: Int) async throws -> [DocumentPageCount] {
        try await client.rows("""
            SELECT id, \(unescaped: Self.pageCount) AS n, updated_at FROM document
            WHERE status = 'published' AND id > \(afterID) ORDER BY id LIMIT \(limit)
            """).map { DocumentPageCount(id: try $0.get("id"), pages: try $0.get("n"), updated: try $0.get("updated_at")) }
    }

    public func taggedDocumentIDs(_ tag: String) async throws -> [Int64]? {
        guard let tagID: Int64 = try await client.value("SELECT id FROM tag WHERE name = \(tag)") else { return nil }
        return try await client.rows("""
            SELECT dt.document_id FROM document_tag dt JOIN document d ON d.id = dt.document_id
            WHERE dt.tag_id = \(tagID) AND d.status = 'published'
            """).map { try $0.get("document_id") }
    }

    public func viewCounts() async throws -> [Int64: Int64] {
        var counts: [Int64: Int64] = [:]
        for row in try await client.rows("SELECT id, view_count FROM document WHERE status = 'published' AND view_count > 0") {
            counts[try row.get("id")] = try row.get("view_count")
        }
        return counts
    }

    public func searchablePartitions(_ parts: Int) async throws -> [Int64] {
        guard parts > 1 else { return [] }
        let rows = try await client.rows("""
            SELECT id, sum(character_count) OVER (ORDER BY id) AS running FROM document WHERE status = 'published' ORDER BY id
            """)
        return SearchPartitions.boundaries(try rows.map { (id: try $0.get("id"), running: try $0.get("running")) }, parts: parts)
    }

    public func searchResults(ids: [Int64]) async throws -> [SearchResultDocument] {
        let found = try await client.rows("""
            SELECT \(unescaped: SummaryRow.columns), t.plain_text, d.pages, d.fingerprint
            FROM document d JOIN document_text t ON t.id = d.id LEFT JOIN category c ON c.id = d.category_id
            WHERE d.status = 'published' AND d.id = ANY(\(ids))
            """).map { row in
            SearchResultDocument(
                summary: try PostgresSummaryRow.decode(row), texts: BlockTexts.split(try row.get("plain_text", as: String.self)),
                pages: try PageStarts.decode(try row.get("pages")),
                fingerprint: UInt64(bitPattern: try row.get("fingerprint", as: Int64.self)))
        }
        let byID = Dictionary(found.map { ($0.summary.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    public func settings() async throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try await client.rows("SELECT key, value FROM setting").map {
            (try $0.get("key", as: String.self), try $0.get("value", as: String.self))
        })
    }

    public func setSettings(_ values: [String: String]) async throws {
        try await Self.setSettings(values, on: client)
    }

    /// Writes `values` into the settings, on `database` (in its transaction, when it is a connection in one).
    static func setSettings(_ values: [String: String], on database: some PostgresQuerying) async throws {
        let keys = Array(values.keys)
        let settings = keys.map { values[$0] ?? "" }
        try await database.execute("""
            INSERT INTO setting (key, value) SELECT * FROM unnest(\(keys)::text[], \(settings)::text[])
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """)
    }

    public func setting(_ key: String, insertingIfAbsent value: String) async throws -> String {
        try await client.execute("INSERT INTO setting (key, value) VALUES (\(key), \(value)) ON CONFLICT (key) DO NOTHING")
        return try await client.value("SELECT value FROM setting WHERE key = \(key)") ?? value
    }
}

enum PostgresStoreError: Error {
    case noRowReturned
}

enum PostgresSummaryRow {
    static func decode(_ row: PostgresRandomAccessRow) throws -> DocumentSummary {
        let categoryName = try row.get("category_name", as: String?.self)
        let categorySlug = try row.get("category_slug", as: String?.self)
        return DocumentSummary(
            id: try row.get("id"),
            title: try row.get("title"),
            sharer: try row.get("sharer"),
            category: categoryName.flatMap { name in categorySlug.map { CategoryName(name: name, slug: $0) } },
            published: try row.get("published_at", as: Date?.self) ?? Date(timeIntervalSince1970: 0),
            updated: try row.get("updated_at"),
            characterCount: try row.get("character_count"),
            readingMinutes: try row.get("reading_minutes"),
            viewCount: try row.get("view_count"),
            originalFormat: try row.get("summary_original_format", as: String?.self).flatMap(DocumentFormat.init(rawValue:)))
    }
}
