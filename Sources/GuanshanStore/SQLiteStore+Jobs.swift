import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func queueJob(kind: String, parameters: String, accountID: Int64?, files: [JobFile], at time: Date) async throws -> Int64 {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO job (kind, state, parameters, account_id, created_at, updated_at) VALUES (?, 'queued', ?, ?, ?, ?)",
                arguments: [kind, parameters, accountID, time, time])
            let id = db.lastInsertedRowID
            for (position, file) in files.enumerated() {
                try db.execute(
                    sql: "INSERT INTO job_file (job_id, position, name, bytes) VALUES (?, ?, ?, ?)",
                    arguments: [id, position, file.name, file.bytes])
            }
            return id
        }
    }

    public func claimJob(at time: Date, leaseUntil: Date, maximumAttempts: Int, abandoned: String) async throws -> StoredJob? {
        // One writer at a time: two nodes never claim the same job.
        try await writer.write { db in
            try db.execute(
                sql: """
                    UPDATE job SET state = 'failed', failure = ?, updated_at = ?, lease_until = NULL
                    WHERE state = 'running' AND lease_until < ? AND attempts >= ?
                    """,
                arguments: [abandoned, time, time, maximumAttempts])
            let row = try Row.fetchOne(
                db,
                sql: """
                    UPDATE job SET state = 'running', claim = claim + 1, attempts = attempts + 1, lease_until = ?, updated_at = ?
                    WHERE id = (SELECT id FROM job WHERE state = 'queued' OR (state = 'running' AND lease_until < ?) ORDER BY id LIMIT 1)
                    RETURNING \(Self.jobColumns)
                    """,
                arguments: [leaseUntil, time, time])
            return row.flatMap(Self.job)
        }
    }

    public func jobFiles(id: Int64) async throws -> [JobFile] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, bytes FROM job_file WHERE job_id = ? ORDER BY position", arguments: [id])
                .map { JobFile(name: $0["name"], bytes: $0["bytes"]) }
        }
    }

    public func noteJobProgress(id: Int64, claim: Int, done: Int64, total: Int64, leaseUntil: Date, at time: Date) async throws -> Bool {
        try await writer.write { db in
            try db.execute(
                sql: """
                    UPDATE job SET done = ?, total = ?, lease_until = ?, updated_at = ?
                    WHERE id = ? AND claim = ? AND state = 'running'
                    """,
                arguments: [done, total, leaseUntil, time, id, claim])
            return db.changesCount == 1
        }
    }

    public func finishJob(
        id: Int64, claim: Int, result: String?, summary: String?, failure: String?, keeping: [String], at time: Date
    ) async throws -> Bool {
        let kept = String(decoding: try JSONEncoder().encode(keeping), as: UTF8.self)
        return try await writer.write { db in
            try db.execute(
                sql: """
                    UPDATE job SET state = ?, result = ?, summary = ?, failure = ?, updated_at = ?, lease_until = NULL
                    WHERE id = ? AND claim = ? AND state = 'running'
                    """,
                arguments: [failure == nil ? JobState.done.rawValue : JobState.failed.rawValue, result, summary, failure, time, id, claim])
            guard db.changesCount == 1 else { return false }
            if failure == nil {
                try db.execute(
                    sql: "DELETE FROM job_file WHERE job_id = ? AND name NOT IN (SELECT value FROM json_each(?))", arguments: [id, kept])
            }
            return true
        }
    }

    public func requeueFiles(ofJob id: Int64, kind: String, parameters: String, accountID: Int64?, at time: Date) async throws -> Int64? {
        try await writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM job_file WHERE job_id = ?)", arguments: [id]) == true else { return nil }
            try db.execute(
                sql: "INSERT INTO job (kind, state, parameters, account_id, created_at, updated_at) VALUES (?, 'queued', ?, ?, ?, ?)",
                arguments: [kind, parameters, accountID, time, time])
            let queued = db.lastInsertedRowID
            try db.execute(sql: "UPDATE job_file SET job_id = ? WHERE job_id = ?", arguments: [queued, id])
            return queued
        }
    }

    public func releaseJob(id: Int64, claim: Int, at time: Date) async throws -> Bool {
        try await writer.write { db in
            try db.execute(
                sql: """
                    UPDATE job SET state = 'queued', attempts = MAX(attempts - 1, 0), lease_until = NULL, updated_at = ?
                    WHERE id = ? AND claim = ? AND state = 'running'
                    """,
                arguments: [time, id, claim])
            return db.changesCount == 1
        }
    }

    public func job(id: Int64) async throws -> StoredJob? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.jobColumns) FROM job WHERE id = ?", arguments: [id]).flatMap(Self.job)
        }
    }

    public func jobs(limit: Int, unfinishedOnly: Bool) async throws -> [StoredJob] {
        try await writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.listedJobColumns) FROM job \(unfinishedOnly ? "WHERE state <> 'done'" : "") ORDER BY id DESC LIMIT ?",
                arguments: [limit]
            ).compactMap(Self.job)
        }
    }

    public func jobs(accountID: Int64, since: Date) async throws -> [StoredJob] {
        try await writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.listedJobColumns) FROM job WHERE account_id = ? AND created_at >= ? ORDER BY id", arguments: [accountID, since]
            ).compactMap(Self.job)
        }
    }

    public func retryJob(id: Int64, at time: Date) async throws -> Bool {
        try await writer.write { db in
            try db.execute(
                sql: "UPDATE job SET state = 'queued', attempts = 0, failure = NULL, updated_at = ? WHERE id = ? AND state = 'failed'",
                arguments: [time, id])
            return db.changesCount == 1
        }
    }

    public func pruneJobs(endedBefore time: Date) async throws {
        try await write("DELETE FROM job WHERE state IN ('done', 'failed') AND updated_at < ?", [time])
    }

    private static let listedJobColumns =
        "id, kind, state, parameters, account_id, created_at, updated_at, claim, attempts, done, total, NULL AS result, summary, failure"
    private static let jobColumns = listedJobColumns.replacingOccurrences(of: "NULL AS result", with: "result")

    /// A job of a state this version does not know (written by a newer node) is left out.
    private static func job(_ row: Row) -> StoredJob? {
        guard let state = JobState(rawValue: row["state"]) else { return nil }
        return StoredJob(
            id: row["id"], kind: row["kind"], state: state, parameters: row["parameters"], accountID: row["account_id"],
            created: row["created_at"], updated: row["updated_at"], claim: row["claim"], attempts: row["attempts"], done: row["done"],
            total: row["total"], result: row["result"], summary: row["summary"], failure: row["failure"])
    }
}
