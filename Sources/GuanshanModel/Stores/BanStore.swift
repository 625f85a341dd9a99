public import Foundation

/// The bans of accounts (封禁), at most one a scope, read when what they stop is tried.
public protocol BanStore: Sendable {
    /// Sets the ban of `ban.accountID` in `ban.scope`, replacing one already set in that scope.
    func setBan(_ ban: AccountBan) async throws
    /// Lifts the account's ban in `scope`; false when it had none.
    func liftBan(accountID: Int64, scope: BanScope) async throws -> Bool
    /// The bans of these accounts in force at `at` (until nil or later than `at`), ordered by account id then scope.
    func bans(accountIDs: [Int64], at: Date) async throws -> [AccountBan]
}
