import Foundation

/// What the security log records.
public enum SecurityEventKind: String, Sendable, CaseIterable, Codable {
    case signIn = "sign-in"
    case signInFailed = "sign-in-failed"
    case throttled
    case registered
    case adminCreated = "admin-created"
    case passwordChanged = "password-changed"
    case confirmationFailed = "confirmation-failed"
    case accountDeleted = "account-deleted"
    case roleChanged = "role-changed"
    case accountDisabled = "account-disabled"
    case accountEnabled = "account-enabled"
    case tokenCreated = "token-created"
    case tokenRevoked = "token-revoked"
    case settingsChanged = "settings-changed"
    case imported
    case documentTrashed = "document-trashed"
    case documentDeleted = "document-deleted"
    case categoryDeleted = "category-deleted"
    case tagDeleted = "tag-deleted"
    /// Readers' submissions approved, refused or taken down; the detail names the decision.
    case reviewed
    /// An account banned from uploading, commenting or signing in; the detail names the scope, the length and the reason.
    case banned
    case unbanned
}

/// A line of the security log: who did what, from where, to what. It never holds a password, a token
/// or a session's secret.
public struct SecurityEvent: Hashable, Sendable {
    public var id: Int64
    public var at: Date
    public var kind: SecurityEventKind
    /// The account that acted, when known; kept as a number after the account is deleted.
    public var actorID: Int64?
    /// The account's name at the time, or the name tried in a failed sign-in.
    public var actorName: String?
    /// The client's address.
    public var address: String?
    /// What it was done to: an account, a document, a token, a file.
    public var subject: String?
    /// More about it: the new role, the settings changed, how long to wait.
    public var detail: String?

    public init(
        id: Int64 = 0, at: Date, kind: SecurityEventKind, actorID: Int64? = nil, actorName: String? = nil, address: String? = nil,
        subject: String? = nil, detail: String? = nil
    ) {
        self.id = id
        self.at = at
        self.kind = kind
        self.actorID = actorID
        self.actorName = actorName
        self.address = address
        self.subject = subject
        self.detail = detail
    }
}

/// Which events a page of the log shows, the newest first.
public struct SecurityEventQuery: Sendable {
    public var kind: SecurityEventKind?
    /// Events whose actor's name or address contains this text.
    public var who: String?
    public var since: Date?
    /// Events before this time.
    public var until: Date?
    public var offset = 0
    public var limit = 50

    public init(kind: SecurityEventKind? = nil, who: String? = nil, since: Date? = nil, until: Date? = nil, offset: Int = 0, limit: Int = 50) {
        self.kind = kind
        self.who = who
        self.since = since
        self.until = until
        self.offset = offset
        self.limit = limit
    }
}

public struct SecurityEventList: Sendable {
    public var events: [SecurityEvent]
    public var total: Int

    public init(events: [SecurityEvent], total: Int) {
        self.events = events
        self.total = total
    }
}
