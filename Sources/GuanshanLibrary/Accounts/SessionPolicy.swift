import Foundation
public import GuanshanModel

/// How long a session lasts: readers stay signed in for weeks; editors and admins, who can change the
/// site, are asked again after a working day.
public struct SessionPolicy: Sendable {
    public var idleTimeout: TimeInterval
    public var lifetime: TimeInterval

    public static func of(_ role: Role) -> SessionPolicy {
        role == .reader
            ? SessionPolicy(idleTimeout: 14 * 86_400, lifetime: 30 * 86_400)
            : SessionPolicy(idleTimeout: 12 * 3_600, lifetime: 7 * 86_400)
    }

    /// The longest any session lives.
    public static let longest = of(.reader).lifetime
    /// How stale a session's last-seen time may grow before a request writes it again.
    static let touchInterval: TimeInterval = 300
    /// How stale a token's last use may grow before a request notes it again: a busy client costs few writes.
    static let tokenTouchInterval: TimeInterval = 60

    func isValid(_ session: SessionRecord, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeen) < idleTimeout && now.timeIntervalSince(session.created) < lifetime
    }
}
