import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func recordSecurityEvent(_ event: SecurityEvent) async throws {
        try await write(
            "INSERT INTO security_event (at, kind, actor_id, actor_name, address, subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event.at, event.kind.rawValue, event.actorID, event.actorName, event.address, event.subject, event.detail])
    }

    public func securityEvents(_ query: SecurityEventQuery) async throws -> SecurityEventList {
        var filter = "1"
        var arguments: StatementArguments = []
        if let kind = query.kind {
            filter += " AND kind = ?"
            arguments += [kind.rawValue]
        }
        if let who = query.who {
            filter += " AND (instr(lower(actor_name), lower(?)) > 0 OR instr(address, ?) > 0)"
            arguments += [who, who]
        }
        if let since = query.since {
            filter += " AND at >= ?"
            arguments += [since]
        }
        if let until = query.until {
            filter += " AND at < ?"
            arguments += [until]
        }
        return try await writer.read { [filter, arguments] db in
            let events = try Row.fetchAll(db, sql: """
                SELECT id, at, kind, actor_id, actor_name, address, subject, detail FROM security_event
                WHERE \(filter) ORDER BY at DESC, id DESC LIMIT ? OFFSET ?
                """, arguments: arguments + [query.limit, query.offset]
            ).compactMap { row -> SecurityEvent? in
                // A kind this version does not know (written by a newer node) is left out rather than mislabeled.
                guard let kind = SecurityEventKind(rawValue: row["kind"]) else { return nil }
                return SecurityEvent(
                    id: row["id"], at: row["at"], kind: kind, actorID: row["actor_id"], actorName: row["actor_name"],
                    address: row["address"], subject: row["subject"], detail: row["detail"])
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM security_event WHERE \(filter)", arguments: arguments) ?? 0
            return SecurityEventList(events: events, total: total)
        }
    }

    public func deleteSecurityEvents(before date: Date) async throws {
        try await write("DELETE FROM security_event WHERE at < ?", [date])
    }
}
