public import Foundation

/// The security log, kept in the store so that every node writes to one log and admins read it whole.
public protocol SecurityLogStore: Sendable {
    func recordSecurityEvent(_ event: SecurityEvent) async throws
    func securityEvents(_ query: SecurityEventQuery) async throws -> SecurityEventList
    func deleteSecurityEvents(before date: Date) async throws
}
