public import Foundation

/// Accounts, their sessions, tokens and failed logins.
public protocol AccountStore: Sendable {
    /// Throws `StoreError.nameTaken` when the name's key is taken.
    func createUser(_ user: NewUser) async throws -> User
    func user(id: Int64) async throws -> User?
    func credentials(nameKey: String) async throws -> Credentials?
    func credentials(userID: Int64) async throws -> Credentials?
    func users(offset: Int, limit: Int) async throws -> UserList
    func hasAdmin() async throws -> Bool
    func setDisplayName(userID: Int64, _ name: String) async throws
    func setPasswordHash(userID: Int64, _ hash: String) async throws
    func setRole(userID: Int64, _ role: Role) async throws
    func setDisabled(userID: Int64, _ disabled: Bool) async throws
    /// Marks the account a contributor (投稿者), or no longer one.
    func setContributor(userID: Int64, _ contributor: Bool) async throws
    /// Deletes the account with its sessions, tokens, favorites and history.
    func deleteUser(id: Int64) async throws

    func createSession(secretHash: String, userID: Int64, at: Date) async throws
    func session(secretHash: String) async throws -> SessionRecord?
    func touchSession(secretHash: String, at: Date) async throws
    func deleteSession(secretHash: String) async throws
    /// Ends every session of the account but the one given.
    func deleteSessions(userID: Int64, except secretHash: String?) async throws
    /// Ends sessions idle since before `idleBefore` or started before `createdBefore`.
    func deleteExpiredSessions(idleBefore: Date, createdBefore: Date) async throws

    func createToken(_ token: NewToken) async throws -> APIToken
    /// The account's tokens, the newest first.
    func tokens(userID: Int64) async throws -> [APIToken]
    /// False when the account has no such token.
    func deleteToken(userID: Int64, tokenID: Int64) async throws -> Bool
    /// The token whose secret has this hash, expired or not, with its account.
    func token(secretHash: String) async throws -> TokenHolder?
    /// Notes that the token was used at `at`.
    func touchToken(id: Int64, at: Date) async throws
    /// Deletes the tokens that expired before `date`.
    func deleteExpiredTokens(before date: Date) async throws

    /// Records a failed attempt (a login, a password confirmation, a registration) under each key.
    func recordLoginFailure(keys: [String], at: Date) async throws
    /// The failures recorded under each of `keys` at or after `since`; a key without any is left out.
    func loginFailures(keys: [String], since: Date) async throws -> [String: FailureTally]
    func clearLoginFailures(key: String) async throws
    /// Deletes one failure recorded under each of `keys` within a few milliseconds of `at`: an attempt
    /// recorded before it was checked, that turned out not to be a failure.
    func forgetLoginFailure(keys: [String], at: Date) async throws
    func deleteLoginFailures(before: Date) async throws
}
