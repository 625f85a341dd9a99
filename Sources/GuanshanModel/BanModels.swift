import Foundation

/// What a ban stops an account from doing.
public enum BanScope: String, Sendable, Codable, CaseIterable {
    /// 上传
    case upload
    /// 评论
    case comment
    /// 登录
    case signIn = "sign-in"
}

/// A ban (封禁) of an account in one scope, set by an admin.
public struct AccountBan: Sendable, Hashable {
    public var accountID: Int64
    public var scope: BanScope
    /// When it ends; nil for good.
    public var until: Date?
    public var reason: String
    public var created: Date
    /// The admin who set it; nil once that account is deleted.
    public var createdBy: Int64?

    public init(accountID: Int64, scope: BanScope, until: Date?, reason: String, created: Date, createdBy: Int64?) {
        self.accountID = accountID
        self.scope = scope
        self.until = until
        self.reason = reason
        self.created = created
        self.createdBy = createdBy
    }
}
