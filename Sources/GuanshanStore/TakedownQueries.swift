/// What both stores share of takedown records and copyright notices: their SQL, parameter n written by
/// `placeholder(n)` (`?n` on SQLite, `$n` on PostgreSQL), and how a notice keeps the documents it names.
enum TakedownQueries {
    static let takedownColumns = "id, document_id, title, content_hash, fingerprint, reason, decider_id, created_at"
    static let noticeColumns = "id, claimant, contact, by_agent, work, document_ids, details, submitter_id, created_at, handled_at, handler_id"
    static let newestFirst = "ORDER BY created_at DESC, id DESC"

    /// Parameters: the document, the title, the content hash, the fingerprint (its bits as a signed
    /// integer, as the document keeps it), the reason, the decider, the time.
    static func insertTakedown(_ placeholder: (Int) -> String) -> String {
        """
        INSERT INTO takedown (document_id, title, content_hash, fingerprint, reason, decider_id, created_at)
        VALUES (\((1...7).map(placeholder).joined(separator: ", ")))
        """
    }

    /// A page of the records (parameters: the limit, the offset), newest first.
    static func takedowns(_ placeholder: (Int) -> String) -> String {
        "SELECT \(takedownColumns) FROM takedown \(newestFirst) LIMIT \(placeholder(1)) OFFSET \(placeholder(2))"
    }

    static let takedownTotal = "SELECT count(*) FROM takedown"
    static let allTakedowns = "SELECT \(takedownColumns) FROM takedown"

    static func deleteDocumentTakedowns(_ placeholder: (Int) -> String) -> String {
        "DELETE FROM takedown WHERE document_id = \(placeholder(1))"
    }

    static func deleteTakedown(_ placeholder: (Int) -> String) -> String {
        "DELETE FROM takedown WHERE id = \(placeholder(1))"
    }

    /// Parameters: the claimant, the contact, whether by an agent, the work, the documents (`documentList`),
    /// the details, the sender's account, the sender's key, the time.
    static func insertNotice(_ placeholder: (Int) -> String) -> String {
        """
        INSERT INTO copyright_notice (claimant, contact, by_agent, work, document_ids, details, submitter_id, submitter_key, created_at)
        VALUES (\((1...9).map(placeholder).joined(separator: ", ")))
        """
    }

    /// A page of the notices (parameters: the limit, the offset), newest first: the open ones only, or all.
    static func notices(openOnly: Bool, _ placeholder: (Int) -> String) -> String {
        """
        SELECT \(noticeColumns) FROM copyright_notice \(openOnly ? "WHERE handled_at IS NULL" : "")
        \(newestFirst) LIMIT \(placeholder(1)) OFFSET \(placeholder(2))
        """
    }

    /// How many notices there are (`total`), and how many of them are open (`open`).
    static let noticeCounts = "SELECT count(*) AS total, count(*) - count(handled_at) AS open FROM copyright_notice"

    static func notice(_ placeholder: (Int) -> String) -> String {
        "SELECT \(noticeColumns) FROM copyright_notice WHERE id = \(placeholder(1))"
    }

    /// Parameters: the time, the editor, the notice; a notice dealt with already is left as it was.
    static func handle(_ placeholder: (Int) -> String) -> String {
        """
        UPDATE copyright_notice SET handled_at = \(placeholder(1)), handler_id = \(placeholder(2))
        WHERE id = \(placeholder(3)) AND handled_at IS NULL
        """
    }

    /// The notices sent with the key in parameter 1 at or after parameter 2.
    static func noticeCount(_ placeholder: (Int) -> String) -> String {
        "SELECT count(*) FROM copyright_notice WHERE submitter_key = \(placeholder(1)) AND created_at >= \(placeholder(2))"
    }

    /// The documents a notice names, as the column keeps them: their ids joined by commas, "" for none.
    static func documentList(_ ids: [Int64]) -> String {
        ids.map(String.init).joined(separator: ",")
    }

    static func documentIDs(_ list: String) -> [Int64] {
        list.split(separator: ",").compactMap { Int64($0) }
    }
}
