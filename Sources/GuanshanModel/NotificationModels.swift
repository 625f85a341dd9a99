import Foundation

/// What a notification tells its account.
public enum NotificationKind: String, Sendable, Codable, CaseIterable {
    /// An upload was published.
    case approved
    /// An upload was rejected.
    case rejected
    /// A published upload was taken down.
    case takenDown = "taken-down"
    /// An upload was held for an editor.
    case held
    /// An uploaded file came to no document: it failed, or the library has the same text.
    case refused
    /// Someone replied to the account's comment (the title is who, the detail the start of the reply).
    case reply
}

/// A notification to write, for one account.
public struct NewNotification: Sendable {
    public var accountID: Int64
    public var kind: NotificationKind
    public var documentID: Int64?
    public var title: String
    public var detail: String?
    public var at: Date

    public init(accountID: Int64, kind: NotificationKind, documentID: Int64?, title: String, detail: String?, at: Date) {
        self.accountID = accountID
        self.kind = kind
        self.documentID = documentID
        self.title = title
        self.detail = detail
        self.at = at
    }
}

/// A notification (通知) as its account reads it.
public struct SiteNotification: Sendable, Hashable {
    public var id: Int64
    public var kind: NotificationKind
    /// Nil when it names no document, or the document was deleted.
    public var documentID: Int64?
    public var title: String
    public var detail: String?
    public var at: Date
    public var read: Bool

    public init(id: Int64, kind: NotificationKind, documentID: Int64?, title: String, detail: String?, at: Date, read: Bool) {
        self.id = id
        self.kind = kind
        self.documentID = documentID
        self.title = title
        self.detail = detail
        self.at = at
        self.read = read
    }
}

public struct NotificationList: Sendable {
    public var items: [SiteNotification]
    /// Every notification of the account, for paging.
    public var total: Int
    /// The account's notifications not yet read.
    public var unread: Int

    public init(items: [SiteNotification], total: Int, unread: Int) {
        self.items = items
        self.total = total
        self.unread = unread
    }
}
