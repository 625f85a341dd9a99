/// The notifications each account is sent (its uploads published, rejected, taken down, held).
public protocol NotificationStore: Sendable {
    func addNotification(_ notification: NewNotification) async throws
    /// Newest first (id DESC).
    func notifications(accountID: Int64, offset: Int, limit: Int) async throws -> NotificationList
    func unreadNotificationCount(accountID: Int64) async throws -> Int
    /// Marks every notification of the account read.
    func markNotificationsRead(accountID: Int64, through id: Int64) async throws
}
