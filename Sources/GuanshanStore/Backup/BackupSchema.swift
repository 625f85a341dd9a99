import GuanshanModel
/// A value of a backed-up column, as both stores can write it back exactly.
enum BackupCell: Hashable, Sendable {
    case null
    case integer(Int64)
    case text(String)
    case bool(Bool)
    /// Milliseconds since 1970, the precision both stores keep.
    case time(Int64)

    enum Kind: Sendable {
        case integer, text, bool, time
    }
}

struct BackupColumn: Sendable {
    let name: String
    let kind: BackupCell.Kind
}

/// A table a backup carries: its columns, the key its rows are read in order of, and the columns that
/// point at rows of the same table, which are written once the whole table is in.
struct BackupTable: Sendable {
    let name: String
    let columns: [BackupColumn]
    let key: [String]
    var selfReferences: [String] = []
    /// Rows read and written at a time: fewer for tables of long rows.
    var batch = 1_000

    var columnList: String { columns.map(\.name).joined(separator: ", ") }
    var keyIndexes: [Int] { key.map { name in columns.firstIndex { $0.name == name }! } }
    /// Whether the store numbers its rows itself (an identity column to move past restored ids).
    var hasIdentity: Bool { key == ["id"] && name != "document_text" }

    /// The query for up to `limit` rows in key order; with `afterKey`, only the rows whose key comes after
    /// the one given as the first parameters. `placeholder(n)` writes parameter n in the store's dialect.
    func selectSQL(afterKey: Bool, limit: Int, placeholder: (Int) -> String) -> String {
        let keyList = key.joined(separator: ", ")
        let condition = afterKey ? " WHERE (\(keyList)) > (\(key.indices.map { placeholder($0 + 1) }.joined(separator: ", ")))" : ""
        return "SELECT \(columnList) FROM \(name)\(condition) ORDER BY \(keyList) LIMIT \(limit)"
    }

    /// The statement setting `column` (parameter 1) of the row keyed by the parameters after it.
    func updateSQL(setting column: String, placeholder: (Int) -> String) -> String {
        "UPDATE \(name) SET \(column) = \(placeholder(1)) WHERE "
            + key.enumerated().map { "\($1) = \(placeholder($0 + 2))" }.joined(separator: " AND ")
    }
}

/// Every table of the library a backup carries, parents before children. Left out: `change_log`,
/// the log nodes follow to update their search index, which a restore writes anew as it inserts the
/// documents; `login_failure`, the failed logins of the last minutes kept to slow down guessing; and
/// `job` and `job_file`, work under way (an import uploaded in the admin): what it imported is in the
/// documents, and what it had yet to do is uploaded again. The bytes of originals are not a table of
/// the store: `OriginalCopy` adds them to the backup file.
enum BackupSchema {
    private static func columns(_ list: [(String, BackupCell.Kind)]) -> [BackupColumn] {
        list.map { BackupColumn(name: $0.0, kind: $0.1) }
    }

    static let tables: [BackupTable] = [
        BackupTable(name: "setting", columns: columns([("key", .text), ("value", .text)]), key: ["key"]),
        BackupTable(name: "sensitive_word", columns: columns([("policy", .text), ("word", .text)]), key: ["policy", "word"]),
        BackupTable(name: "category", columns: columns([("id", .integer), ("name", .text), ("slug", .text)]), key: ["id"]),
        BackupTable(name: "tag", columns: columns([("id", .integer), ("name", .text)]), key: ["id"]),
        BackupTable(
            name: "account",
            columns: columns([
                ("id", .integer), ("name", .text), ("name_key", .text), ("display_name", .text), ("password_hash", .text),
                ("role", .text), ("disabled", .bool), ("created_at", .time), ("contributor", .bool),
            ]),
            key: ["id"]),
        BackupTable(
            name: "account_ban",
            columns: columns([
                ("account_id", .integer), ("scope", .text), ("until", .time), ("reason", .text), ("created_at", .time), ("created_by", .integer),
            ]),
            key: ["account_id", "scope"]),
        BackupTable(
            name: "document",
            columns: columns([
                ("id", .integer), ("title", .text), ("sharer", .text), ("category_id", .integer), ("status", .text),
                ("created_at", .time), ("published_at", .time), ("updated_at", .time), ("revision", .integer), ("body", .text),
                ("character_count", .integer), ("reading_minutes", .integer), ("pages", .text), ("outline", .text),
                ("content_hash", .text), ("fingerprint", .integer), ("view_count", .integer), ("owner_id", .integer),
                ("trashed_at", .time), ("trashed_status", .text), ("near_duplicate_of", .integer),
            ]),
            key: ["id"], selfReferences: ["near_duplicate_of"], batch: 100),
        BackupTable(name: "document_text", columns: columns([("id", .integer), ("plain_text", .text)]), key: ["id"], batch: 100),
        BackupTable(
            name: "original_file", columns: columns([("hash", .text), ("byte_count", .integer), ("noted_at", .time)]), key: ["hash"]),
        BackupTable(
            name: "document_original",
            columns: columns([("document_id", .integer), ("hash", .text), ("file_name", .text), ("format", .text), ("byte_count", .integer), ("ocr", .bool),
                ("source_pages", .text), ("source_pages_of", .text),
            ]),
            key: ["document_id"]),
        BackupTable(
            name: "document_tag", columns: columns([("document_id", .integer), ("tag_id", .integer), ("position", .integer)]),
            key: ["document_id", "tag_id"]),
        BackupTable(
            name: "account_session",
            columns: columns([("secret_hash", .text), ("account_id", .integer), ("created_at", .time), ("last_seen_at", .time)]),
            key: ["secret_hash"]),
        BackupTable(
            name: "api_token",
            columns: columns([
                ("id", .integer), ("account_id", .integer), ("name", .text), ("secret_hash", .text), ("scope", .text),
                ("created_at", .time), ("expires_at", .time), ("last_used_at", .time),
            ]),
            key: ["id"]),
        BackupTable(
            name: "favorite", columns: columns([("account_id", .integer), ("document_id", .integer), ("created_at", .time)]),
            key: ["account_id", "document_id"]),
        BackupTable(
            name: "reading_history",
            columns: columns([("account_id", .integer), ("document_id", .integer), ("page", .integer), ("block", .integer), ("read_at", .time)]),
            key: ["account_id", "document_id"]),
        BackupTable(name: "daily_views", columns: columns([("day", .text), ("views", .integer)]), key: ["day"]),
        BackupTable(
            name: "import_run",
            columns: columns([
                ("id", .integer), ("started_at", .time), ("finished_at", .time), ("origin", .text), ("account_id", .integer),
                ("imported", .integer), ("skipped", .integer), ("failures", .text),
            ]),
            key: ["id"]),
        BackupTable(
            name: "security_event",
            columns: columns([
                ("id", .integer), ("at", .time), ("kind", .text), ("actor_id", .integer), ("actor_name", .text), ("address", .text),
                ("subject", .text), ("detail", .text),
            ]),
            key: ["id"]),
        BackupTable(
            name: "submission",
            columns: columns([
                ("document_id", .integer), ("uploader_id", .integer), ("state", .text), ("held_for", .text), ("reason", .text),
                ("byte_count", .integer), ("submitted_at", .time), ("decided_at", .time), ("decider_id", .integer),
            ]),
            key: ["document_id"]),
        BackupTable(
            name: "notification",
            columns: columns([
                ("id", .integer), ("account_id", .integer), ("kind", .text), ("document_id", .integer), ("title", .text), ("detail", .text),
                ("created_at", .time), ("read_at", .time),
            ]),
            key: ["id"]),
        BackupTable(
            name: "report",
            columns: columns([
                ("id", .integer), ("document_id", .integer), ("reason", .text), ("details", .text), ("reporter_id", .integer),
                ("reporter_key", .text), ("created_at", .time), ("closed_at", .time), ("closed_by", .integer),
            ]),
            key: ["id"]),
        BackupTable(
            name: "takedown",
            columns: columns([
                ("id", .integer), ("document_id", .integer), ("title", .text), ("content_hash", .text), ("fingerprint", .integer),
                ("reason", .text), ("decider_id", .integer), ("created_at", .time),
            ]),
            key: ["id"]),
        BackupTable(
            name: "copyright_notice",
            columns: columns([
                ("id", .integer), ("claimant", .text), ("contact", .text), ("by_agent", .bool), ("work", .text), ("document_ids", .text),
                ("details", .text), ("submitter_id", .integer), ("submitter_key", .text), ("created_at", .time), ("handled_at", .time),
                ("handler_id", .integer),
            ]),
            key: ["id"]),
        // A reply is numbered after the comment it answers, so in key order the comment is written first.
        BackupTable(
            name: "comment",
            columns: columns([
                ("id", .integer), ("document_id", .integer), ("parent_id", .integer), ("author_id", .integer), ("body", .text),
                ("state", .text), ("created_at", .time), ("edited_at", .time),
            ]),
            key: ["id"]),
    ]
}
