import GuanshanModel

/// What both stores share of submissions: their SQL, parameter n written by `placeholder(n)` (`?n` on
/// SQLite, `$n` on PostgreSQL), and the reading of the reasons they were held for.
enum SubmissionQueries {
    /// A submission's columns (`s`), then what lists show of its document (`d`) and uploader (`a`).
    static let rowColumns = """
        s.document_id, s.uploader_id, s.state, s.held_for, s.reason, s.byte_count, s.submitted_at, s.decided_at, s.decider_id,
        d.title, a.display_name AS uploader_name, d.character_count
        """
    static let rowTables = "submission s JOIN document d ON d.id = s.document_id JOIN account a ON a.id = s.uploader_id"
    static let newestFirst = "ORDER BY s.submitted_at DESC, s.document_id DESC"

    /// The states a list asks for (nil: every state this version knows, so that a state written by a newer
    /// node is left out of lists and totals rather than mislabeled).
    static func states(_ states: [SubmissionState]?) -> [String] {
        (states ?? SubmissionState.allCases).map(\.rawValue)
    }

    /// Parameters: the document, the uploader, the state, the reasons held for, the reason, the bytes, the
    /// times submitted and decided, the decider. A document already submitted keeps its first record.
    static func insert(_ placeholder: (Int) -> String) -> String {
        """
        INSERT INTO submission (document_id, uploader_id, state, held_for, reason, byte_count, submitted_at, decided_at, decider_id)
        VALUES (\((1...9).map(placeholder).joined(separator: ", "))) ON CONFLICT (document_id) DO NOTHING
        """
    }

    /// Parameters: the state, the reason, the decider, the time, the document, the state it must be in:
    /// of two decisions at once, the second finds the state moved and changes nothing.
    static func decide(_ placeholder: (Int) -> String) -> String {
        let p = placeholder
        return """
            UPDATE submission SET state = \(p(1)), reason = \(p(2)), decider_id = \(p(3)), decided_at = \(p(4))
            WHERE document_id = \(p(5)) AND state = \(p(6))
            """
    }

    /// The document of a decided submission, changed as the editorial writes change a document's state: its
    /// status, its publication time set on its first publication, its update time and revision moved on. The
    /// triggers log the change and keep the published counts. A document in the trash stays there and comes
    /// back in the state decided. Parameters: the status (`status(of:)`), the time, the document.
    static func setDocumentStatus(_ placeholder: (Int) -> String) -> String {
        let p = placeholder
        return """
            UPDATE document SET
                status = CASE WHEN trashed_at IS NULL THEN \(p(1)) ELSE status END,
                trashed_status = CASE WHEN trashed_at IS NULL THEN trashed_status ELSE \(p(1)) END,
                published_at = CASE WHEN \(p(1)) = 'published' THEN COALESCE(published_at, \(p(2))) ELSE published_at END,
                updated_at = \(p(2)), revision = revision + 1
            WHERE id = \(p(3))
            """
    }

    /// The status of a document whose submission is in `state`: published, or a draft.
    static func status(of state: SubmissionState) -> String {
        (state == .published ? DocumentStatus.published : DocumentStatus.draft).rawValue
    }

    static func encode(_ reasons: [HoldReason]) throws -> String {
        try StoredJSON.encode(reasons)
    }

    /// The reasons a submission was held for; a value this version cannot read (a newer one's reason) reads as none.
    static func heldFor(_ json: String) -> [HoldReason] {
        (try? StoredJSON.decode([HoldReason].self, json)) ?? []
    }
}

/// What both stores share of notifications.
enum NotificationQueries {
    static let columns = "id, kind, document_id, title, detail, created_at, read_at IS NOT NULL AS is_read"
    /// The kinds this version shows: a notification of another kind (written by a newer node) is left out of
    /// lists and counts rather than mislabeled.
    static let knownKinds = NotificationKind.allCases.map(\.rawValue)
}
