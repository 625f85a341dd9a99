import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func addSubmission(_ submission: Submission) async throws {
        var binds = PostgresBindings(capacity: 9)
        binds.append(submission.documentID)
        binds.append(submission.uploaderID)
        binds.append(submission.state.rawValue)
        binds.append(try SubmissionQueries.encode(submission.heldFor))
        binds.append(submission.reason)
        binds.append(submission.byteCount)
        binds.append(submission.submitted)
        binds.append(submission.decided)
        binds.append(submission.deciderID)
        try await client.execute(PostgresQuery(unsafeSQL: SubmissionQueries.insert(Self.placeholder), binds: binds))
    }

    public func submission(documentID: Int64) async throws -> Submission? {
        try await client.row("""
            SELECT \(unescaped: SubmissionQueries.rowColumns) FROM \(unescaped: SubmissionQueries.rowTables) WHERE s.document_id = \(documentID)
            """).flatMap(Self.submissionRow)?.submission
    }

    public func submissions(uploaderID: Int64?, states: [SubmissionState]?, offset: Int, limit: Int) async throws -> SubmissionList {
        let states = SubmissionQueries.states(states)
        return try await snapshot { connection in
            let rows = try await connection.rows(Self.matching(uploaderID, states, SubmissionQueries.rowColumns, page: (offset, limit)))
            let total = try await connection.value(Self.matching(uploaderID, states, "count(*)", page: nil), as: Int.self) ?? 0
            return SubmissionList(rows: try rows.compactMap(Self.submissionRow), total: total)
        }
    }

    /// `columns` of the submissions of `uploaderID` (nil: everyone's) in `states`: one page of them, newest
    /// first, or (no `page`) all of them.
    private static func matching(_ uploaderID: Int64?, _ states: [String], _ columns: String, page: (offset: Int, limit: Int)?) -> PostgresQuery {
        """
        SELECT \(unescaped: columns) FROM \(unescaped: SubmissionQueries.rowTables)
        WHERE (\(uploaderID)::bigint IS NULL OR s.uploader_id = \(uploaderID)) AND s.state = ANY(\(states)::text[])
        \(unescaped: page == nil ? "" : SubmissionQueries.newestFirst)
        LIMIT \(page?.limit) OFFSET \(page?.offset)
        """
    }

    public func decideSubmission(
        documentID: Int64, from old: SubmissionState, to state: SubmissionState, reason: String?, deciderID: Int64?, at: Date
    ) async throws -> Bool {
        var decision = PostgresBindings(capacity: 6)
        decision.append(state.rawValue)
        decision.append(reason)
        decision.append(deciderID)
        decision.append(at)
        decision.append(documentID)
        decision.append(old.rawValue)
        var document = PostgresBindings(capacity: 3)
        document.append(SubmissionQueries.status(of: state))
        document.append(at)
        document.append(documentID)
        return try await transaction { [decision, document] connection in
            let decided = PostgresQuery(unsafeSQL: SubmissionQueries.decide(Self.placeholder) + " RETURNING 1", binds: decision)
            guard try await connection.value(decided, as: Int.self) != nil else { return false }
            try await connection.execute(PostgresQuery(unsafeSQL: SubmissionQueries.setDocumentStatus(Self.placeholder), binds: document))
            return true
        }
    }

    /// A row of `SubmissionQueries.rowColumns`; nil for a state this version does not know (written by a newer node).
    private static func submissionRow(_ row: PostgresRandomAccessRow) throws -> SubmissionRow? {
        guard let state = SubmissionState(rawValue: try row.get("state")) else { return nil }
        let submission = Submission(
            documentID: try row.get("document_id"), uploaderID: try row.get("uploader_id"), state: state,
            heldFor: SubmissionQueries.heldFor(try row.get("held_for")), reason: try row.get("reason"), byteCount: try row.get("byte_count"),
            submitted: try row.get("submitted_at"), decided: try row.get("decided_at"), deciderID: try row.get("decider_id"))
        return SubmissionRow(
            submission: submission, title: try row.get("title"), uploaderName: try row.get("uploader_name"),
            characterCount: try row.get("character_count"))
    }

    /// Parameter n of a statement, as PostgreSQL numbers them.
    static func placeholder(_ n: Int) -> String { "$\(n)" }
}
