import Foundation
public import GuanshanModel
import Logging

/// What admins read to learn who signed in, who failed and was slowed down, and who changed roles,
/// accounts, tokens, settings and documents. Events are written where the change is made, in the
/// library, so that the site, the API and the command line all leave the same trace. The log never holds
/// a password, a token or a session's secret; names and subjects are cut short, so that a visitor
/// cannot fill it with a long made-up name.
public struct SecurityLog: Sendable {
    let store: any SecurityLogStore
    let now: @Sendable () -> Date
    private static let logger = Logger(label: "guanshan.security")
    /// Events older than this are dropped with expired sessions.
    public static let keptFor: TimeInterval = 365 * 86_400
    static let pageSize = 50
    static let longestText = 200

    /// Records an event. A log that cannot be written never stops what it records (a sign-in while the
    /// database is briefly away fails on its own); the failure goes to the server's log instead.
    func record(
        _ kind: SecurityEventKind, by actor: User?, name: String? = nil, address: String?, subject: String? = nil, detail: String? = nil
    ) async {
        let event = SecurityEvent(
            at: now(), kind: kind, actorID: actor?.id, actorName: Self.cut(name ?? actor?.name), address: Self.cut(address),
            subject: Self.cut(subject), detail: Self.cut(detail))
        do {
            try await store.recordSecurityEvent(event)
        } catch {
            Self.logger.error("could not write the security log", metadata: ["kind": "\(kind.rawValue)", "error": "\(error)"])
        }
    }

    func record(_ kind: SecurityEventKind, by visitor: Visitor?, subject: String? = nil, detail: String? = nil) async {
        await record(kind, by: visitor?.user, address: visitor?.address, subject: subject, detail: detail)
    }

    private static func cut(_ text: String?) -> String? {
        guard let text else { return nil }
        let clean = String(text.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
        return clean.count > longestText ? String(clean.prefix(longestText)) + "…" : clean
    }

    func prune() async throws {
        try await store.deleteSecurityEvents(before: now().addingTimeInterval(-Self.keptFor))
    }
}

extension OperationsService {
    /// Page `pageNumber` of the events of `kind` (all without one) by an actor whose name or address holds
    /// `who`, from `since` up to `until`, the newest first.
    public func securityEvents(
        kind: SecurityEventKind?, who: String?, since: Date?, until: Date?, pageNumber: Int
    ) async throws -> Paged<SecurityEvent> {
        let window = try PageWindow(pageNumber, size: SecurityLog.pageSize)
        let who = who.map { String($0.trimmingCharacters(in: .whitespaces).prefix(SecurityLog.longestText)) }.flatMap { $0.isEmpty ? nil : $0 }
        let list = try await store.securityEvents(SecurityEventQuery(
            kind: kind, who: who, since: since, until: until, offset: window.offset, limit: window.limit))
        return try window.page(list.events, total: list.total)
    }
}
