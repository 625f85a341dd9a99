import Foundation
public import GuanshanModel

/// How long a ban lasts: a number of days, or for good.
public enum BanLength: Sendable, Equatable {
    case days(Int)
    case forGood

    /// The lengths the admin chooses from.
    public static let choices: [BanLength] = [.days(1), .days(7), .days(30), .forGood]

    /// `1`, `7`, `30` or `forever`, as forms and the API send them.
    public init?(_ text: String) {
        if text == "forever" { self = .forGood; return }
        guard let days = Int(text), Self.choices.contains(.days(days)) else { return nil }
        self = .days(days)
    }

    public var code: String {
        switch self {
        case .days(let days): String(days)
        case .forGood: "forever"
        }
    }
}

/// Bans (封禁): an admin stops an account from uploading, commenting or signing in, for a time or for
/// good, with a reason kept in the security log. A sign-in ban also ends the account's sessions and
/// revokes its API tokens; the login then refuses it until the ban ends.
extension Accounts {
    public func ban(userID: Int64, _ scope: BanScope, for length: BanLength, reason: String, by admin: Visitor) async throws {
        let user = try await bannable(userID, by: admin)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(reason.count), !reason.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw AccountError.invalidBanReason
        }
        let now = now()
        let until: Date? = switch length {
        case .days(let days): now.addingTimeInterval(TimeInterval(days) * 86_400)
        case .forGood: nil
        }
        try await store.setBan(AccountBan(accountID: user.id, scope: scope, until: until, reason: reason, created: now, createdBy: admin.user.id))
        if scope == .signIn {
            try await store.deleteSessions(userID: user.id, except: nil)
            for token in try await store.tokens(userID: user.id) { _ = try await store.deleteToken(userID: user.id, tokenID: token.id) }
        }
        await log.record(.banned, by: admin, subject: user.name, detail: "\(scope.rawValue), \(length.code): \(reason)")
    }

    public func liftBan(userID: Int64, _ scope: BanScope, by admin: Visitor) async throws {
        let user = try await bannable(userID, by: admin)
        if try await store.liftBan(accountID: user.id, scope: scope) {
            await log.record(.unbanned, by: admin, subject: user.name, detail: scope.rawValue)
        }
    }

    /// The bans in force of these accounts, by account.
    public func bans(of userIDs: [Int64]) async throws -> [Int64: [AccountBan]] {
        Dictionary(grouping: try await store.bans(accountIDs: userIDs, at: now()), by: \.accountID)
    }

    /// The ban in force of `userID` in `scope`, if any.
    public func ban(of userID: Int64, _ scope: BanScope) async throws -> AccountBan? {
        try await store.bans(accountIDs: [userID], at: now()).first { $0.scope == scope }
    }

    /// An admin bans others, never themselves or another admin.
    private func bannable(_ id: Int64, by admin: Visitor) async throws -> User {
        guard id != admin.user.id else { throw EditorialError.ownAccount }
        guard let user = try await store.user(id: id) else { throw EditorialError.userNotFound }
        guard user.role != .admin else { throw AccountError.adminNotBannable }
        return user
    }
}
