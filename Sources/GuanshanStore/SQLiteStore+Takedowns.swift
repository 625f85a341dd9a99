import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func addTakedown(_ takedown: NewTakedown) async throws -> Int64 {
        try await writer.write { db in
            try db.execute(sql: TakedownQueries.insertTakedown(Self.placeholder), arguments: [
                takedown.documentID, takedown.title, takedown.contentHash, Int64(bitPattern: takedown.fingerprint), takedown.reason,
                takedown.deciderID, takedown.at,
            ])
            return db.lastInsertedRowID
        }
    }

    public func takedowns(offset: Int, limit: Int) async throws -> TakedownList {
        try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: TakedownQueries.takedowns(Self.placeholder), arguments: [limit, offset]).map(Self.takedown)
            return TakedownList(rows: rows, total: try Int.fetchOne(db, sql: TakedownQueries.takedownTotal) ?? 0)
        }
    }

    public func allTakedowns() async throws -> [Takedown] {
        try await writer.read { db in try Row.fetchAll(db, sql: TakedownQueries.allTakedowns).map(Self.takedown) }
    }

    public func deleteTakedown(id: Int64) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: TakedownQueries.deleteTakedown(Self.placeholder), arguments: [id])
            return db.changesCount > 0
        }
    }

    public func deleteTakedowns(documentID: Int64) async throws -> Int {
        try await writer.write { db in
            try db.execute(sql: TakedownQueries.deleteDocumentTakedowns(Self.placeholder), arguments: [documentID])
            return db.changesCount
        }
    }

    public func addCopyrightNotice(_ notice: NewCopyrightNotice) async throws -> Int64 {
        try await writer.write { db in
            try db.execute(sql: TakedownQueries.insertNotice(Self.placeholder), arguments: [
                notice.claimant, notice.contact, notice.byAgent, notice.work, TakedownQueries.documentList(notice.documentIDs), notice.details,
                notice.submitterID, notice.submitterKey, notice.at,
            ])
            return db.lastInsertedRowID
        }
    }

    public func copyrightNotices(openOnly: Bool, offset: Int, limit: Int) async throws -> CopyrightNoticeList {
        try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: TakedownQueries.notices(openOnly: openOnly, Self.placeholder), arguments: [limit, offset])
            let counts = try Row.fetchOne(db, sql: TakedownQueries.noticeCounts)
            let open: Int = counts?["open"] ?? 0
            return CopyrightNoticeList(rows: rows.map(Self.notice), total: openOnly ? open : counts?["total"] ?? 0, open: open)
        }
    }

    public func copyrightNotice(id: Int64) async throws -> CopyrightNotice? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: TakedownQueries.notice(Self.placeholder), arguments: [id]).map(Self.notice)
        }
    }

    public func handleCopyrightNotice(id: Int64, by handlerID: Int64, at: Date) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: TakedownQueries.handle(Self.placeholder), arguments: [at, handlerID, id])
            return db.changesCount > 0
        }
    }

    public func copyrightNoticeCount(submitterKey: String, since: Date) async throws -> Int {
        try await writer.read { db in
            try Int.fetchOne(db, sql: TakedownQueries.noticeCount(Self.placeholder), arguments: [submitterKey, since]) ?? 0
        }
    }

    /// A row of `TakedownQueries.takedownColumns`.
    private static func takedown(_ row: Row) -> Takedown {
        Takedown(
            id: row["id"], documentID: row["document_id"], title: row["title"], contentHash: row["content_hash"],
            fingerprint: UInt64(bitPattern: row["fingerprint"]), reason: row["reason"], deciderID: row["decider_id"], created: row["created_at"])
    }

    /// A row of `TakedownQueries.noticeColumns`.
    private static func notice(_ row: Row) -> CopyrightNotice {
        CopyrightNotice(
            id: row["id"], claimant: row["claimant"], contact: row["contact"], byAgent: row["by_agent"], work: row["work"],
            documentIDs: TakedownQueries.documentIDs(row["document_ids"]), details: row["details"], submitterID: row["submitter_id"],
            created: row["created_at"], handled: row["handled_at"], handlerID: row["handler_id"])
    }
}
