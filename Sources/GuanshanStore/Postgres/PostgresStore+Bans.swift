import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func setBan(_ ban: AccountBan) async throws {
        var binds = PostgresBindings(capacity: 6)
        binds.append(ban.accountID)
        binds.append(ban.scope.rawValue)
        binds.append(ban.until)
        binds.append(ban.reason)
        binds.append(ban.created)
        binds.append(ban.createdBy)
        try await client.execute(PostgresQuery(unsafeSQL: BanQueries.set(Self.placeholder), binds: binds))
    }

    public func liftBan(accountID: Int64, scope: BanScope) async throws -> Bool {
        var binds = PostgresBindings(capacity: 2)
        binds.append(accountID)
        binds.append(scope.rawValue)
        return try await client.value(PostgresQuery(unsafeSQL: BanQueries.lift(Self.placeholder) + " RETURNING 1", binds: binds), as: Int.self) != nil
    }

    public func bans(accountIDs: [Int64], at: Date) async throws -> [AccountBan] {
        guard !accountIDs.isEmpty else { return [] }
        var binds = PostgresBindings(capacity: 2)
        binds.append(accountIDs)
        binds.append(at)
        let query = PostgresQuery(unsafeSQL: BanQueries.inForce(Self.placeholder) { "= ANY(\($0)::bigint[])" }, binds: binds)
        return try await client.rows(query).compactMap { row in
            // A scope this version does not know (written by a newer node) is left out rather than mislabeled.
            try BanScope(rawValue: row.get("scope")).map { scope in
                try AccountBan(
                    accountID: row.get("account_id"), scope: scope, until: row.get("until"), reason: row.get("reason"),
                    created: row.get("created_at"), createdBy: row.get("created_by"))
            }
        }
    }
}
