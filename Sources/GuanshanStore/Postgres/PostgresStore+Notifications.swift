import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func addNotification(_ notification: NewNotification) async throws {
        try await client.execute("""
            INSERT INTO notification (account_id, kind, document_id, title, detail, created_at)
            VALUES (\(notification.accountID), \(notification.kind.rawValue), \(notification.documentID), \(notification.title),
                \(notification.detail), \(notification.at))
            """)
    }

    public func notifications(accountID: Int64, offset: Int, limit: Int) async throws -> NotificationList {
        let known = NotificationQueries.knownKinds
        return try await snapshot { connection in
            let items = try await connection.rows("""
                SELECT \(unescaped: NotificationQueries.columns) FROM notification
                WHERE account_id = \(accountID) AND kind = ANY(\(known)::text[]) ORDER BY id DESC LIMIT \(limit) OFFSET \(offset)
                """
            ).compactMap { row -> SiteNotification? in
                guard let kind = NotificationKind(rawValue: try row.get("kind")) else { return nil }
                return SiteNotification(
                    id: try row.get("id"), kind: kind, documentID: try row.get("document_id"), title: try row.get("title"),
                    detail: try row.get("detail"), at: try row.get("created_at"), read: try row.get("is_read"))
            }
            let total = try await connection.value(
                "SELECT count(*) FROM notification WHERE account_id = \(accountID) AND kind = ANY(\(known)::text[])", as: Int.self) ?? 0
            return NotificationList(items: items, total: total, unread: try await Self.unreadNotifications(accountID, on: connection))
        }
    }

    public func unreadNotificationCount(accountID: Int64) async throws -> Int {
        try await Self.unreadNotifications(accountID, on: client)
    }

    private static func unreadNotifications(_ accountID: Int64, on database: some PostgresQuerying) async throws -> Int {
        try await database.value("""
            SELECT count(*) FROM notification
            WHERE account_id = \(accountID) AND read_at IS NULL AND kind = ANY(\(NotificationQueries.knownKinds)::text[])
            """, as: Int.self) ?? 0
    }

    public func markNotificationsRead(accountID: Int64, through id: Int64) async throws {
        try await client.execute(
            "UPDATE notification SET read_at = \(Date()) WHERE account_id = \(accountID) AND id <= \(id) AND read_at IS NULL")
    }
}
