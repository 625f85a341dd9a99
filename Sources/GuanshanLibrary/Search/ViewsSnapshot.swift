import Foundation

/// This node's copy of every document's view count, for sorting search results by views: read from the
/// store when a search first wants it and again once it is `freshness` old, so that the order is at most
/// that stale (and leaves out views still waiting in `ViewCounter`'s buffer).
actor ViewsSnapshot {
    static let freshness: TimeInterval = 300

    private var counts: [Int64: Int64] = [:]
    private var readAt: Date?

    func current(reading: @Sendable () async throws -> [Int64: Int64]) async throws -> [Int64: Int64] {
        if let readAt, Date().timeIntervalSince(readAt) < Self.freshness { return counts }
        counts = try await reading()
        readAt = Date()
        return counts
    }
}
