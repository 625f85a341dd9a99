import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func setBan(_ ban: AccountBan) async throws {
        try await write(BanQueries.set(Self.placeholder), [
            ban.accountID, ban.scope.rawValue, ban.until, ban.reason, ban.created, ban.createdBy,
        ])
    }

    public func liftBan(accountID: Int64, scope: BanScope) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: BanQueries.lift(Self.placeholder), arguments: [accountID, scope.rawValue])
            return db.changesCount > 0
        }
    }

    public func bans(accountIDs: [Int64], at: Date) async throws -> [AccountBan] {
        guard !accountIDs.isEmpty else { return [] }
        let accounts = try StoredJSON.encode(accountIDs)
        return try await writer.read { db in
            try Row.fetchAll(
                db, sql: BanQueries.inForce(Self.placeholder) { "IN (SELECT value FROM json_each(\($0)))" }, arguments: [accounts, at]
            ).compactMap { row in
                // A scope this version does not know (written by a newer node) is left out rather than mislabeled.
                BanScope(rawValue: row["scope"]).map { scope in
                    AccountBan(
                        accountID: row["account_id"], scope: scope, until: row["until"], reason: row["reason"], created: row["created_at"],
                        createdBy: row["created_by"])
                }
            }
        }
    }
}

/// What both stores share of bans: their SQL, parameter n written by `placeholder(n)` (`?n` on SQLite, `$n`
/// on PostgreSQL).
enum BanQueries {
    static let columns = "account_id, scope, until, reason, created_at, created_by"

    /// Parameters: the account, the scope, the end, the reason, the time set, the admin. A ban already set in
    /// the scope is replaced whole.
    static func set(_ placeholder: (Int) -> String) -> String {
        """
        INSERT INTO account_ban (\(columns)) VALUES (\((1...6).map(placeholder).joined(separator: ", ")))
        ON CONFLICT (account_id, scope) DO UPDATE SET
            until = excluded.until, reason = excluded.reason, created_at = excluded.created_at, created_by = excluded.created_by
        """
    }

    /// Parameters: the account, the scope.
    static func lift(_ placeholder: (Int) -> String) -> String {
        "DELETE FROM account_ban WHERE account_id = \(placeholder(1)) AND scope = \(placeholder(2))"
    }

    /// The bans in force at parameter 2 of the accounts listed in parameter 1, which `accountIn` writes the
    /// condition on `account_id` for in the store's dialect. The scopes' names start with different letters,
    /// so that they sort alike in every collation.
    static func inForce(_ placeholder: (Int) -> String, accountIn: (String) -> String) -> String {
        """
        SELECT \(columns) FROM account_ban
        WHERE account_id \(accountIn(placeholder(1))) AND (until IS NULL OR until > \(placeholder(2))) ORDER BY account_id, scope
        """
    }
}
