public import GuanshanModel

/// What a reader sees of their own sharing: their uploads with where each is in its review, and the
/// notifications of the editors' decisions.
public struct Contributions: Sendable {
    typealias Store = SubmissionStore & NotificationStore

    let store: any Store
    public static let pageSize = 20

    init(store: any Store) {
        self.store = store
    }

    /// The reader's submissions, newest first.
    public func uploads(of reader: Visitor, pageNumber: Int) async throws -> Paged<SubmissionRow> {
        let window = try PageWindow(pageNumber, size: Self.pageSize)
        let list = try await store.submissions(uploaderID: reader.user.id, states: nil, offset: window.offset, limit: window.limit)
        return try window.page(list.rows, total: list.total)
    }

    /// The reader's notifications, newest first, with how many were unread; reading the first page marks
    /// read those it lists and those before them, not those that came since.
    public func notifications(of reader: Visitor, pageNumber: Int) async throws -> (page: Paged<SiteNotification>, unread: Int) {
        let window = try PageWindow(pageNumber, size: Self.pageSize)
        let list = try await store.notifications(accountID: reader.user.id, offset: window.offset, limit: window.limit)
        if pageNumber == 1, list.unread > 0, let newest = list.items.first?.id {
            try await store.markNotificationsRead(accountID: reader.user.id, through: newest)
        }
        return (try window.page(list.items, total: list.total), list.unread)
    }

    /// How many notifications the reader has not seen, for the account bar.
    public func unreadCount(of reader: Visitor) async throws -> Int {
        try await store.unreadNotificationCount(accountID: reader.user.id)
    }
}
