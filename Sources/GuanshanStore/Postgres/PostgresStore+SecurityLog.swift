import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func recordSecurityEvent(_ event: SecurityEvent) async throws {
        try await client.execute("""
            INSERT INTO security_event (at, kind, actor_id, actor_name, address, subject, detail)
            VALUES (\(event.at), \(event.kind.rawValue), \(event.actorID), \(event.actorName), \(event.address), \(event.subject), \(event.detail))
            """)
    }

    public func securityEvents(_ query: SecurityEventQuery) async throws -> SecurityEventList {
        try await snapshot { connection in
            let rows = try await connection.rows(Self.matching(query, "id, at, kind, actor_id, actor_name, address, subject, detail", paged: true))
            let total = try await connection.value(Self.matching(query, "count(*)", paged: false), as: Int.self) ?? 0
            let events = try rows.compactMap { row -> SecurityEvent? in
                // A kind this version does not know (written by a newer node) is left out rather than mislabeled.
                guard let kind = SecurityEventKind(rawValue: try row.get("kind")) else { return nil }
                return SecurityEvent(
                    id: try row.get("id"), at: try row.get("at"), kind: kind, actorID: try row.get("actor_id"),
                    actorName: try row.get("actor_name"), address: try row.get("address"), subject: try row.get("subject"),
                    detail: try row.get("detail"))
            }
            return SecurityEventList(events: events, total: total)
        }
    }

    private static func matching(_ query: SecurityEventQuery, _ columns: String, paged: Bool) -> PostgresQuery {
        """
        SELECT \(unescaped: columns) FROM security_event
        WHERE (\(query.kind?.rawValue)::text IS NULL OR kind = \(query.kind?.rawValue))
          AND (\(query.who)::text IS NULL OR strpos(lower(actor_name), lower(\(query.who)::text)) > 0 OR strpos(address, \(query.who)::text) > 0)
          AND (\(query.since)::timestamptz IS NULL OR at >= \(query.since))
          AND (\(query.until)::timestamptz IS NULL OR at < \(query.until))
        \(unescaped: paged ? "ORDER BY at DESC, id DESC" : "")
        LIMIT \(paged ? query.limit : nil) OFFSET \(paged ? query.offset : nil)
        """
    }

    public func deleteSecurityEvents(before date: Date) async throws {
        try await client.execute("DELETE FROM security_event WHERE at < \(date)")
    }
}
