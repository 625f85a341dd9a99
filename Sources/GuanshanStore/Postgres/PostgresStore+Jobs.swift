import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func queueJob(kind: String, parameters: String, accountID: Int64?, files: [JobFile], at time: Date) async throws -> Int64 {
        try await transaction { connection in
            guard let id = try await connection.value("""
                INSERT INTO job (kind, state, parameters, account_id, created_at, updated_at)
                VALUES (\(kind), 'queued', \(parameters), \(accountID), \(time), \(time)) RETURNING id
                """, as: Int64.self)
            else { throw StoreError.unavailable }
            for (position, file) in files.enumerated() {
                try await connection.execute(
                    "INSERT INTO job_file (job_id, position, name, bytes) VALUES (\(id), \(position), \(file.name), \(file.bytes))")
            }
            return id
        }
    }

    public func claimJob(at time: Date, leaseUntil: Date, maximumAttempts: Int, abandoned: String) async throws -> StoredJob? {
        try await transaction { connection in
            try await connection.execute("""
                UPDATE job SET state = 'failed', failure = \(abandoned), updated_at = \(time), lease_until = NULL
                WHERE state = 'running' AND lease_until < \(time) AND attempts >= \(maximumAttempts)
                """)
            // SKIP LOCKED: nodes claiming at once take different jobs rather than wait for each other.
            let row = try await connection.row("""
                UPDATE job SET state = 'running', claim = claim + 1, attempts = attempts + 1, lease_until = \(leaseUntil), updated_at = \(time)
                WHERE id = (
                    SELECT id FROM job WHERE state = 'queued' OR (state = 'running' AND lease_until < \(time))
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING \(unescaped: Self.jobColumns)
                """)
            return try row.flatMap(Self.job)
        }
    }

    public func jobFiles(id: Int64) async throws -> [JobFile] {
        try await client.rows("SELECT name, bytes FROM job_file WHERE job_id = \(id) ORDER BY position").map { row in
            JobFile(name: try row.get("name"), bytes: try row.get("bytes"))
        }
    }

    public func noteJobProgress(id: Int64, claim: Int, done: Int64, total: Int64, leaseUntil: Date, at time: Date) async throws -> Bool {
        try await client.value("""
            UPDATE job SET done = \(done), total = \(total), lease_until = \(leaseUntil), updated_at = \(time)
            WHERE id = \(id) AND claim = \(claim) AND state = 'running' RETURNING 1
            """, as: Int.self) != nil
    }

    public func finishJob(
        id: Int64, claim: Int, result: String?, summary: String?, failure: String?, keeping: [String], at time: Date
    ) async throws -> Bool {
        let state = failure == nil ? JobState.done.rawValue : JobState.failed.rawValue
        return try await transaction { connection in
            guard try await connection.value("""
                UPDATE job SET state = \(state), result = \(result), summary = \(summary), failure = \(failure), updated_at = \(time),
                    lease_until = NULL
                WHERE id = \(id) AND claim = \(claim) AND state = 'running' RETURNING 1
                """, as: Int.self) != nil
            else { return false }
            if failure == nil { try await connection.execute("DELETE FROM job_file WHERE job_id = \(id) AND name <> ALL(\(keeping))") }
            return true
        }
    }

    public func requeueFiles(ofJob id: Int64, kind: String, parameters: String, accountID: Int64?, at time: Date) async throws -> Int64? {
        try await transaction { connection in
            // The job's row, locked: a second retry at the same moment waits, then finds its files gone.
            guard try await connection.value("SELECT 1 FROM job WHERE id = \(id) FOR UPDATE", as: Int.self) != nil,
                  try await connection.value("SELECT 1 FROM job_file WHERE job_id = \(id) LIMIT 1", as: Int.self) != nil
            else { return nil }
            guard let queued = try await connection.value("""
                INSERT INTO job (kind, state, parameters, account_id, created_at, updated_at)
                VALUES (\(kind), 'queued', \(parameters), \(accountID), \(time), \(time)) RETURNING id
                """, as: Int64.self)
            else { throw StoreError.unavailable }
            try await connection.execute("UPDATE job_file SET job_id = \(queued) WHERE job_id = \(id)")
            return queued
        }
    }

    public func releaseJob(id: Int64, claim: Int, at time: Date) async throws -> Bool {
        try await client.value("""
            UPDATE job SET state = 'queued', attempts = GREATEST(attempts - 1, 0), lease_until = NULL, updated_at = \(time)
            WHERE id = \(id) AND claim = \(claim) AND state = 'running' RETURNING 1
            """, as: Int.self) != nil
    }

    public func job(id: Int64) async throws -> StoredJob? {
        try await client.row("SELECT \(unescaped: Self.jobColumns) FROM job WHERE id = \(id)").flatMap(Self.job)
    }

    public func jobs(limit: Int, unfinishedOnly: Bool) async throws -> [StoredJob] {
        try await client.rows("""
            SELECT \(unescaped: Self.listedJobColumns) FROM job \(unescaped: unfinishedOnly ? "WHERE state <> 'done'" : "")
            ORDER BY id DESC LIMIT \(limit)
            """).compactMap(Self.job)
    }

    public func jobs(accountID: Int64, since: Date) async throws -> [StoredJob] {
        try await client.rows("""
            SELECT \(unescaped: Self.listedJobColumns) FROM job WHERE account_id = \(accountID) AND created_at >= \(since) ORDER BY id
            """).compactMap(Self.job)
    }

    public func retryJob(id: Int64, at time: Date) async throws -> Bool {
        try await client.value("""
            UPDATE job SET state = 'queued', attempts = 0, failure = NULL, updated_at = \(time)
            WHERE id = \(id) AND state = 'failed' RETURNING 1
            """, as: Int.self) != nil
    }

    public func pruneJobs(endedBefore time: Date) async throws {
        try await client.execute("DELETE FROM job WHERE state IN ('done', 'failed') AND updated_at < \(time)")
    }

    private static let listedJobColumns =
        "id, kind, state, parameters, account_id, created_at, updated_at, claim, attempts, done, total, NULL::text AS result, summary, failure"
    private static let jobColumns = listedJobColumns.replacingOccurrences(of: "NULL::text AS result", with: "result")

    /// A job of a state this version does not know (written by a newer node) is left out.
    private static func job(_ row: PostgresRandomAccessRow) throws -> StoredJob? {
        guard let state = JobState(rawValue: try row.get("state")) else { return nil }
        return StoredJob(
            id: try row.get("id"), kind: try row.get("kind"), state: state, parameters: try row.get("parameters"),
            accountID: try row.get("account_id"), created: try row.get("created_at"), updated: try row.get("updated_at"),
            claim: try row.get("claim"), attempts: try row.get("attempts"), done: try row.get("done"), total: try row.get("total"),
            result: try row.get("result"), summary: try row.get("summary"), failure: try row.get("failure"))
    }
}
