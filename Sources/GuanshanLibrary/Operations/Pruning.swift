import Foundation

extension OperationsService {
    /// Drops what is kept only for a while, at most once a period: expired sessions and tokens, old
    /// failed logins and security events, imports ended 30 days ago, and originals no document holds.
    func pruneIfDue() async throws {
        guard await pruning.isDue(at: now()) else { return }
        try await accounts.pruneExpired()
        try await store.pruneJobs(endedBefore: now().addingTimeInterval(-ImportJobs.kept))
        try await pruneOriginals(notedBefore: now().addingTimeInterval(-Self.unheldOriginalsKept))
    }

    /// A week: an import that noted an original is long done by then, whether its document was saved or
    /// not, however many scans it read by OCR before saving its batch.
    static let unheldOriginalsKept: TimeInterval = 7 * 86_400

    /// Removes the bytes of originals noted before `time` that no document holds (the document was a
    /// duplicate, failed to save or was deleted), their note first: a note renewed by an import of the
    /// same file meanwhile keeps them.
    func pruneOriginals(notedBefore time: Date) async throws {
        for hash in try await store.unheldOriginals(notedBefore: time, limit: 1_000) {
            if try await store.forgetOriginal(hash: hash, notedBefore: time) {
                try await editorial.originals.remove(hash: hash)
            }
        }
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
