import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func addNotification(_ notification: NewNotification) async throws {
        try await write(
            "INSERT INTO notification (account_id, kind, document_id, title, detail, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [notification.accountID, notification.kind.rawValue, notification.documentID, notification.title, notification.detail, notification.at])
    }

    public func notifications(accountID: Int64, offset: Int, limit: Int) async throws -> NotificationList {
        let known = try StoredJSON.encode(NotificationQueries.knownKinds)
        return try await writer.read { db in
            let items = try Row.fetchAll(db, sql: """
                SELECT \(NotificationQueries.columns) FROM notification
                WHERE account_id = ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY id DESC LIMIT ? OFFSET ?
                """, arguments: [accountID, known, limit, offset]
            ).compactMap { row -> SiteNotification? in
                guard let kind = NotificationKind(rawValue: row["kind"]) else { return nil }
                return SiteNotification(
                    id: row["id"], kind: kind, documentID: row["document_id"], title: row["title"], detail: row["detail"],
                    at: row["created_at"], read: row["is_read"])
            }
            let total = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM notification WHERE account_id = ? AND kind IN (SELECT value FROM json_each(?))",
                arguments: [accountID, known]) ?? 0
            return NotificationList(items: items, total: total, unread: try Self.unreadNotifications(accountID, known: known, in: db))
        }
    }

    public func unreadNotificationCount(accountID: Int64) async throws -> Int {
        let known = try StoredJSON.encode(NotificationQueries.knownKinds)
        return try await writer.read { db in try Self.unreadNotifications(accountID, known: known, in: db) }
    }

    private static func unreadNotifications(_ accountID: Int64, known: String, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM notification WHERE account_id = ? AND read_at IS NULL AND kind IN (SELECT value FROM json_each(?))
            """, arguments: [accountID, known]) ?? 0
    }

    public func markNotificationsRead(accountID: Int64, through id: Int64) async throws {
        try await write("UPDATE notification SET read_at = ? WHERE account_id = ? AND id <= ? AND read_at IS NULL", [Date(), accountID, id])
    }
}
