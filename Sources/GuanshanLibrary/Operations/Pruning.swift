import Foundation

extension OperationsService {
    /// Drops what is kept only for a while, at most once a period: expired sessions and tokens, old
    /// failed logins and security events, and imports ended 30 days ago.
    func pruneIfDue() async throws {
        guard await pruning.isDue(at: now()) else { return }
        try await accounts.pruneExpired()
        try await store.pruneJobs(endedBefore: now().addingTimeInterval(-ImportJobs.kept))
    }
}

/// At most one pruning an hour on a node.
actor PruneSchedule {
    private var last: Date?

    func isDue(at now: Date) -> Bool {
        if let last, now.timeIntervalSince(last) < 3_600 { return false }
        last = now
        return true
    }
}
