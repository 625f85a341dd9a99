import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func addTakedown(_ takedown: NewTakedown) async throws -> Int64 {
        var binds = PostgresBindings(capacity: 7)
        binds.append(takedown.documentID)
        binds.append(takedown.title)
        binds.append(takedown.contentHash)
        binds.append(Int64(bitPattern: takedown.fingerprint))
        binds.append(takedown.reason)
        binds.append(takedown.deciderID)
        binds.append(takedown.at)
        return try await client.insertedID(TakedownQueries.insertTakedown(Self.placeholder), binds)
    }

    public func takedowns(offset: Int, limit: Int) async throws -> TakedownList {
        let page = PostgresBindings().paging(limit: limit, offset: offset)
        return try await snapshot { connection in
            let rows = try await connection.rows(PostgresQuery(unsafeSQL: TakedownQueries.takedowns(Self.placeholder), binds: page))
            let total = try await connection.value(PostgresQuery(unsafeSQL: TakedownQueries.takedownTotal), as: Int.self) ?? 0
            return TakedownList(rows: try rows.map(Self.takedown), total: total)
        }
    }

    public func allTakedowns() async throws -> [Takedown] {
        try await client.rows(PostgresQuery(unsafeSQL: TakedownQueries.allTakedowns)).map(Self.takedown)
    }

    public func deleteTakedown(id: Int64) async throws -> Bool {
        var binds = PostgresBindings(capacity: 1)
        binds.append(id)
        return try await client.changesRow(TakedownQueries.deleteTakedown(Self.placeholder), binds)
    }

    public func deleteTakedowns(documentID: Int64) async throws -> Int {
        var binds = PostgresBindings(capacity: 1)
        binds.append(documentID)
        return try await client.collect(PostgresQuery(unsafeSQL: TakedownQueries.deleteDocumentTakedowns(Self.placeholder) + " RETURNING 1", binds: binds)).count
    }

    public func addCopyrightNotice(_ notice: NewCopyrightNotice) async throws -> Int64 {
        var binds = PostgresBindings(capacity: 9)
        binds.append(notice.claimant)
        binds.append(notice.contact)
        binds.append(notice.byAgent)
        binds.append(notice.work)
        binds.append(TakedownQueries.documentList(notice.documentIDs))
        binds.append(notice.details)
        binds.append(notice.submitterID)
        binds.append(notice.submitterKey)
        binds.append(notice.at)
        return try await client.insertedID(TakedownQueries.insertNotice(Self.placeholder), binds)
    }

    public func copyrightNotices(openOnly: Bool, offset: Int, limit: Int) async throws -> CopyrightNoticeList {
        let page = PostgresBindings().paging(limit: limit, offset: offset)
        return try await snapshot { connection in
            let rows = try await connection.rows(PostgresQuery(unsafeSQL: TakedownQueries.notices(openOnly: openOnly, Self.placeholder), binds: page))
            let counts = try await connection.row(PostgresQuery(unsafeSQL: TakedownQueries.noticeCounts))
            let open: Int = try counts?.get("open") ?? 0
            return CopyrightNoticeList(rows: try rows.map(Self.notice), total: openOnly ? open : try counts?.get("total") ?? 0, open: open)
        }
    }

    public func copyrightNotice(id: Int64) async throws -> CopyrightNotice? {
        var binds = PostgresBindings(capacity: 1)
        binds.append(id)
        return try await client.row(PostgresQuery(unsafeSQL: TakedownQueries.notice(Self.placeholder), binds: binds)).map(Self.notice)
    }

    public func handleCopyrightNotice(id: Int64, by handlerID: Int64, at: Date) async throws -> Bool {
        var binds = PostgresBindings(capacity: 3)
        binds.append(at)
        binds.append(handlerID)
        binds.append(id)
        return try await client.changesRow(TakedownQueries.handle(Self.placeholder), binds)
    }

    public func copyrightNoticeCount(submitterKey: String, since: Date) async throws -> Int {
        var binds = PostgresBindings(capacity: 2)
        binds.append(submitterKey)
        binds.append(since)
        return try await client.value(PostgresQuery(unsafeSQL: TakedownQueries.noticeCount(Self.placeholder), binds: binds), as: Int.self) ?? 0
    }

    /// A row of `TakedownQueries.takedownColumns`.
    private static func takedown(_ row: PostgresRandomAccessRow) throws -> Takedown {
        Takedown(
            id: try row.get("id"), documentID: try row.get("document_id"), title: try row.get("title"), contentHash: try row.get("content_hash"),
            fingerprint: UInt64(bitPattern: try row.get("fingerprint", as: Int64.self)), reason: try row.get("reason"),
            deciderID: try row.get("decider_id"), created: try row.get("created_at"))
    }

    /// A row of `TakedownQueries.noticeColumns`.
    private static func notice(_ row: PostgresRandomAccessRow) throws -> CopyrightNotice {
        CopyrightNotice(
            id: try row.get("id"), claimant: try row.get("claimant"), contact: try row.get("contact"), byAgent: try row.get("by_agent"),
            work: try row.get("work"), documentIDs: TakedownQueries.documentIDs(try row.get("document_ids")), details: try row.get("details"),
            submitterID: try row.get("submitter_id"), created: try row.get("created_at"), handled: try row.get("handled_at"),
            handlerID: try row.get("handler_id"))
    }
}
