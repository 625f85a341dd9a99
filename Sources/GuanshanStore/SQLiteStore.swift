import Foundation
import GuanshanModel
import GRDB
import GuanshanText

/// The SQLite store: one database file in the data folder, written through one writer, read through a pool.
public struct SQLiteStore: Store {
    let writer: MeteredWriter

    /// Opens (creating if needed) and migrates the database at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        try self.init(writer: DatabasePool(path: path, configuration: configuration))
    }

    /// A private in-memory database, for tests.
    public static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(writer: DatabaseQueue())
    }

    private init(writer: any DatabaseWriter) throws {
        self.writer = MeteredWriter(writer)
        let migrator = SQLiteMigrations.migrator
        let unknown = try writer.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) }
        guard unknown.isEmpty else { throw NewerSchemaError(unknownSteps: unknown.sorted()) }
        try migrator.migrate(writer)
    }

    public var load: StoreLoad { writer.activity.load }

    public func saveNewDocuments(_ documents: [NewDocument]) async throws -> [SaveOutcome] {
        let encoded = try documents.map { try EncodedDocument($0) }
        return try await writer.write { db in
            try encoded.map { try Self.insert($0, into: db) }
        }
    }

    private static func insert(_ encoded: EncodedDocument, into db: Database) throws -> SaveOutcome {
        let document = encoded.document
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE content_hash = ?"), arguments: [document.metrics.contentHash]) {
            return .duplicate(of: existing)
        }
        if let id = document.id, try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE id = ?"), arguments: [id]) == true {
            return .idTaken(id)
        }
        let categoryID = try document.category.map { try findOrCreateCategory($0, in: db) }
        let published: Date? = document.status == .published ? document.created : nil
        try db.cachedStatement(
            sql: """
                INSERT INTO document (id, title, sharer, category_id, status, created_at, published_at, updated_at,
                    body, character_count, reading_minutes, pages, outline, content_hash, fingerprint, owner_id, near_duplicate_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                document.id, document.title, document.sharer, categoryID, document.status.rawValue,
                document.created, published, Date(),
                encoded.body, document.metrics.characterCount, document.metrics.readingMinutes, encoded.pages,
                encoded.outline, document.metrics.contentHash, Int64(bitPattern: document.metrics.fingerprint), document.ownerID,
                document.nearDuplicateOf,
            ])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO document_text (id, plain_text) VALUES (?, ?)").execute(arguments: [id, encoded.plainText])
        try setTags(document.tags, of: id, in: db)
        if let original = document.original { try link(original, to: id, in: db) }
        return .inserted(id: id)
    }

    static func setTags(_ tags: [String], of id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM document_tag WHERE document_id = ?").execute(arguments: [id])
        for (position, tag) in distinct(tags).enumerated() {
            try db.cachedStatement(sql: "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING").execute(arguments: [tag])
            try db.cachedStatement(sql: "INSERT INTO document_tag (document_id, tag_id, position) SELECT ?, id, ? FROM tag WHERE name = ?")
                .execute(arguments: [id, position, tag])
        }
    }

    public func document(id: Int64) async throws -> StoredDocument? {
        try await writer.read { db in try Self.fetchDocument(id: id, publishedOnly: true, in: db)?.document }
    }

    /// The document with the row it came from, for the columns only some callers need.
    static func fetchDocument(id: Int64, publishedOnly: Bool, in db: Database) throws -> (document: StoredDocument, row: Row)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(SummaryRow.columns), d.status, d.created_at, d.updated_at, d.revision, d.body, d.pages,
                   d.outline, d.content_hash, d.fingerprint, d.owner_id, d.trashed_at, \(OriginalRow.columns)
            FROM document d LEFT JOIN category c ON c.id = d.category_id LEFT JOIN document_original o ON o.document_id = d.id
            WHERE d.id = ? \(publishedOnly ? "AND d.status = 'published'" : "")
            """), arguments: [id])
        else { return nil }
        let tags = try String.fetchAll(db.cachedStatement(sql: """
            SELECT t.name FROM document_tag dt JOIN tag t ON t.id = dt.tag_id
            WHERE dt.document_id = ? ORDER BY dt.position
            """), arguments: [id])
        let summary = SummaryRow.decode(row)
        let document = StoredDocument(
            summary: summary,
            tags: tags,
            status: DocumentStatus(rawValue: row["status"]) ?? .draft,
            created: row["created_at"],
            updated: row["updated_at"],
            revision: row["revision"],
            blocks: try BlockJSON.decode(row["body"]),
            metrics: DocumentMetrics(
                characterCount: summary.characterCount,
                readingMinutes: summary.readingMinutes,
                pages: try StoredJSON.decode([PageStart].self, row["pages"]),
                outline: try StoredJSON.decode([OutlineEntry].self, row["outline"]),
                fingerprint: UInt64(bitPattern: row["fingerprint"]),
                contentHash: row["content_hash"]),
            original: OriginalRow.decode(row))
        return (document, row)
    }

    public func documentID(contentHash: String) async throws -> Int64? {
        try await writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE content_hash = ?", arguments: [contentHash])
        }
    }

    public func documents(_ query: DocumentListQuery) async throws -> DocumentList {
        let order = switch query.order {
        case .newest: "d.published_at DESC, d.id DESC"
        case .mostRead: "d.view_count DESC, d.id DESC"
        }
        var filter = "d.status = 'published'"
        var arguments: StatementArguments = []
        if let categoryID = query.categoryID {
            filter += " AND d.category_id = ?"
            arguments += [categoryID]
        }
        if let tag = query.tag {
            filter += " AND d.id IN (SELECT dt.document_id FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE t.name = ?)"
            arguments += [tag]
        }
        if let ownerID = query.ownerID {
            filter += " AND d.owner_id = ?"
            arguments += [ownerID]
        }
        return try await writer.read { [filter, arguments] db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(SummaryRow.columns)
                FROM document d LEFT JOIN category c ON c.id = d.category_id
                WHERE \(filter) ORDER BY \(order) LIMIT ? OFFSET ?
                """, arguments: arguments + [query.limit, query.offset])
            let total = switch (query.categoryID, query.tag) {
            case _ where query.ownerID != nil: try Int.fetchOne(db, sql: "SELECT count(*) FROM document d WHERE \(filter)", arguments: arguments) ?? 0
            case (nil, nil): try Int.fetchOne(db, sql: "SELECT published FROM library_count") ?? 0
            case (let categoryID?, nil):
                try Int.fetchOne(db, sql: "SELECT published_count FROM category WHERE id = ?", arguments: [categoryID]) ?? 0
            default: try Int.fetchOne(db, sql: "SELECT count(*) FROM document d WHERE \(filter)", arguments: arguments) ?? 0
            }
            return DocumentList(documents: rows.map(SummaryRow.decode), total: total)
        }
    }

    public func documentCount() async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0 }
    }

    public func categories() async throws -> [Category] {
        try await writer.read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, name, slug, published_count AS n FROM category WHERE published_count > 0 ORDER BY n DESC, name
                """)).map(Self.category)
        }
    }

    public func category(slug: String) async throws -> Category? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, slug, published_count AS n FROM category WHERE slug = ?", arguments: [slug])
                .map(Self.category)
        }
    }

    public func addViews(_ views: [Int64: Int], day: String) async throws {
        guard !views.isEmpty else { return }
        try await writer.write { db in
            for (id, count) in views {
                try db.execute(sql: "UPDATE document SET view_count = view_count + ? WHERE id = ?", arguments: [count, id])
            }
            try db.execute(
                sql: "INSERT INTO daily_views (day, views) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET views = views + excluded.views",
                arguments: [day, views.values.reduce(0, +)])
        }
    }

    public func revision() async throws -> Int64 {
        try await writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT max(revision) FROM change_log") ?? 0
        }
    }

    public func changes(after revision: Int64, limit: Int) async throws -> DocumentChanges {
        try await writer.read { db in
            // Each document once, at its latest change; a document left out has a later change than all taken.
            let rows = try Row.fetchAll(db, sql: """
                SELECT subject_id, max(revision) AS latest FROM change_log WHERE revision > ? AND subject IN \(ChangeLog.searchedSubjects)
                GROUP BY subject_id ORDER BY latest LIMIT ?
                """, arguments: [revision, limit + 1])
            let taken = rows.prefix(limit)
            let ids: [Int64] = taken.map { $0["subject_id"] }
            let published = try Self.searchable(db, where: "d.id IN (SELECT value FROM json_each(?))", arguments: [StoredJSON.encode(ids)])
            let found = Set(published.map(\.id))
            let isComplete = rows.count <= limit
            let newest = isComplete ? try Int64.fetchOne(db, sql: "SELECT max(revision) FROM change_log") : nil
            return DocumentChanges(
                revision: newest ?? taken.last?["latest"] ?? revision, published: published,
                removed: ids.filter { !found.contains($0) }, isComplete: isComplete)
        }
    }

    public func changedDocumentCount(after revision: Int64) async throws -> Int {
        try await writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(DISTINCT subject_id) FROM change_log WHERE revision > ? AND subject IN \(ChangeLog.searchedSubjects)",
                arguments: [revision]) ?? 0
        }
    }

    public func searchableDocuments(afterID: Int64, through: Int64?, limit: Int) async throws -> [SearchableDocument] {
        try await writer.read { db in
            try Self.searchable(
                db, where: "d.id > ? AND d.id <= ? ORDER BY d.id LIMIT ?", arguments: [afterID, through ?? Int64.max, limit])
        }
    }

    public func publishedPageCounts(afterID: Int64, limit: Int) async throws -> [DocumentPageCount] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, \(Self.pageCount) AS n, updated_at FROM document
                WHERE +status = 'published' AND id > ? ORDER BY id LIMIT ?
                """, arguments: [afterID, limit]).map { DocumentPageCount(id: $0["id"], pages: $0["n"], updated: $0["updated_at"]) }
        }
    }

    public func taggedDocumentIDs(_ tag: String) async throws -> [Int64]? {
        try await writer.read { db in
            guard let tagID = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [tag]) else { return nil }
            return try Int64.fetchAll(db, sql: """
                SELECT dt.document_id FROM document_tag dt JOIN document d ON d.id = dt.document_id
                WHERE dt.tag_id = ? AND d.status = 'published'
                """, arguments: [tagID])
        }
    }

    public func viewCounts() async throws -> [Int64: Int64] {
        try await writer.read { db in
            var counts: [Int64: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, view_count FROM document WHERE +status = 'published' AND view_count > 0")
            while let row = try rows.next() { counts[row["id"]] = row["view_count"] }
            return counts
        }
    }

    public func searchablePartitions(_ parts: Int) async throws -> [Int64] {
        guard parts > 1 else { return [] }
        return try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, sum(character_count) OVER (ORDER BY id) AS running FROM document WHERE +status = 'published'
                """)
            return SearchPartitions.boundaries(rows.map { (id: $0["id"], running: $0["running"]) }, parts: parts)
        }
    }

    /// A document's page count from its page starts (one for a document that fits on a page).
    private static let pageCount = "max(json_array_length(pages), 1)"

    /// `+d.status` keeps SQLite from reading by a status index and sorting: these queries go by id.
    private static func searchable(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [SearchableDocument] {
        try Row.fetchAll(db, sql: """
            SELECT d.id, d.title, t.plain_text, d.published_at, d.category_id, \(Self.pageCount) AS page_count
            FROM document d JOIN document_text t ON t.id = d.id
            WHERE +d.status = 'published' AND \(condition)
            """, arguments: arguments).map { row in
            SearchableDocument(
                id: row["id"], title: row["title"], texts: BlockTexts.split(row["plain_text"]).map(String.init),
                published: row["published_at"], categoryID: row["category_id"], pages: row["page_count"])
        }
    }

    public func searchResults(ids: [Int64]) async throws -> [SearchResultDocument] {
        // An async read: a blocking one here waited for a reader connection on a cooperative thread, and
        // with every such thread waiting, the reads holding the connections could never finish (16
        // searches at once stopped the server).
        let found = try await writer.read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(SummaryRow.columns), t.plain_text, d.pages, d.fingerprint
                FROM document d JOIN document_text t ON t.id = d.id LEFT JOIN category c ON c.id = d.category_id
                WHERE +d.status = 'published' AND d.id IN (SELECT value FROM json_each(?))
                """), arguments: [StoredJSON.encode(ids)]).map { row in
                SearchResultDocument(
                    summary: SummaryRow.decode(row), texts: BlockTexts.split(row["plain_text"]),
                    pages: try PageStarts.decode(row["pages"]), fingerprint: UInt64(bitPattern: row["fingerprint"]))
            }
        }
        let byID = Dictionary(found.map { ($0.summary.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    public func settings() async throws -> [String: String] {
        try await writer.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM setting").map { ($0["key"], $0["value"]) })
        }
    }

    public func setSettings(_ values: [String: String]) async throws {
        try await writer.write { db in try Self.setSettings(values, in: db) }
    }

    /// Writes `values` into the settings, in the transaction of `db`.
    static func setSettings(_ values: [String: String], in db: Database) throws {
        for (key, value) in values {
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: [key, value])
        }
    }

    public func setting(_ key: String, insertingIfAbsent value: String) async throws -> String {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", arguments: [key, value])
            return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) ?? value
        }
    }

    static func findOrCreateCategory(_ category: CategoryName, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM category WHERE name = ?"), arguments: [category.name]) {
            return id
        }
        var slug = category.slug
        var suffix = 2
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM category WHERE slug = ?", arguments: [slug]) == true {
            slug = "\(category.slug)-\(suffix)"
            suffix += 1
        }
        try db.execute(sql: "INSERT INTO category (name, slug) VALUES (?, ?)", arguments: [category.name, slug])
        return db.lastInsertedRowID
    }

    static func category(_ row: Row) -> Category {
        Category(id: row["id"], name: row["name"], slug: row["slug"], documentCount: row["n"])
    }

    static func distinct(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

enum SummaryRow {
    static let columns = """
        d.id, d.title, d.sharer, d.published_at, d.updated_at, d.character_count, d.reading_minutes, d.view_count,
        c.name AS category_name, c.slug AS category_slug,
        (SELECT kept.format FROM document_original kept WHERE kept.document_id = d.id) AS summary_original_format
        """

    static func decode(_ row: Row) -> DocumentSummary {
        let categoryName: String? = row["category_name"]
        let categorySlug: String? = row["category_slug"]
        return DocumentSummary(
            id: row["id"],
            title: row["title"],
            sharer: row["sharer"],
            category: categoryName.flatMap { name in categorySlug.map { CategoryName(name: name, slug: $0) } },
            published: row["published_at"] ?? Date(timeIntervalSince1970: 0),
            updated: row["updated_at"],
            characterCount: row["character_count"],
            readingMinutes: row["reading_minutes"],
            viewCount: row["view_count"],
            originalFormat: (row["summary_original_format"] as String?).flatMap(DocumentFormat.init(rawValue:)))
    }
}

/// A document's blocks and metrics with their JSON columns encoded outside the write transaction.
struct EncodedBody {
    let body: String
    let plainText: String
    let pages: String
    let outline: String

    init(blocks: [Block], metrics: DocumentMetrics) throws {
        body = try StoredJSON.encode(blocks)
        plainText = BlockTexts.join(blocks)
        pages = try StoredJSON.encode(metrics.pages)
        outline = try StoredJSON.encode(metrics.outline)
    }
}

/// A new document with its JSON columns encoded outside the write transaction.
private struct EncodedDocument {
    let document: NewDocument
    let encoded: EncodedBody
    var body: String { encoded.body }
    var plainText: String { encoded.plainText }
    var pages: String { encoded.pages }
    var outline: String { encoded.outline }

    init(_ document: NewDocument) throws {
        self.document = document
        encoded = try EncodedBody(blocks: document.blocks, metrics: document.metrics)
    }
}

enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
