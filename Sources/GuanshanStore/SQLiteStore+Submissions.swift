import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func addSubmission(_ submission: Submission) async throws {
        let heldFor = try SubmissionQueries.encode(submission.heldFor)
        try await write(SubmissionQueries.insert(Self.placeholder), [
            submission.documentID, submission.uploaderID, submission.state.rawValue, heldFor, submission.reason, submission.byteCount,
            submission.submitted, submission.decided, submission.deciderID,
        ])
    }

    public func submission(documentID: Int64) async throws -> Submission? {
        try await writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(SubmissionQueries.rowColumns) FROM \(SubmissionQueries.rowTables) WHERE s.document_id = ?",
                arguments: [documentID]
            ).flatMap { Self.submissionRow($0)?.submission }
        }
    }

    public func submissions(uploaderID: Int64?, states: [SubmissionState]?, offset: Int, limit: Int) async throws -> SubmissionList {
        // Only the conditions asked for, so that the planner sees which index serves them.
        var filter = "1"
        var arguments: StatementArguments = []
        if let uploaderID {
            filter += " AND s.uploader_id = ?"
            arguments += [uploaderID]
        }
        filter += " AND s.state IN (SELECT value FROM json_each(?))"
        arguments += [try StoredJSON.encode(SubmissionQueries.states(states))]
        return try await writer.read { [filter, arguments] db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(SubmissionQueries.rowColumns) FROM \(SubmissionQueries.rowTables)
                WHERE \(filter) \(SubmissionQueries.newestFirst) LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset])
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM submission s WHERE \(filter)", arguments: arguments) ?? 0
            return SubmissionList(rows: rows.compactMap(Self.submissionRow), total: total)
        }
    }

    public func decideSubmission(
        documentID: Int64, from old: SubmissionState, to state: SubmissionState, reason: String?, deciderID: Int64?, at: Date
    ) async throws -> Bool {
        try await writer.write { db in
            try db.execute(
                sql: SubmissionQueries.decide(Self.placeholder), arguments: [state.rawValue, reason, deciderID, at, documentID, old.rawValue])
            guard db.changesCount > 0 else { return false }
            try db.execute(
                sql: SubmissionQueries.setDocumentStatus(Self.placeholder), arguments: [SubmissionQueries.status(of: state), at, documentID])
            return true
        }
    }

    /// A row of `SubmissionQueries.rowColumns`; nil for a state this version does not know (written by a newer node).
    private static func submissionRow(_ row: Row) -> SubmissionRow? {
        guard let state = SubmissionState(rawValue: row["state"]) else { return nil }
        let submission = Submission(
            documentID: row["document_id"], uploaderID: row["uploader_id"], state: state, heldFor: SubmissionQueries.heldFor(row["held_for"]),
            reason: row["reason"], byteCount: row["byte_count"], submitted: row["submitted_at"], decided: row["decided_at"],
            deciderID: row["decider_id"])
        return SubmissionRow(
            submission: submission, title: row["title"], uploaderName: row["uploader_name"], characterCount: row["character_count"])
    }

    /// Parameter n of a statement, as SQLite numbers them.
    static func placeholder(_ n: Int) -> String { "?\(n)" }
}
