internal import GuanshanModel

/// Counts reading-page views in memory and writes them to the store in batches (`WriteBuffer`), so a
/// view costs no write and never waits; the server also counts on its event loops, for pages answered
/// from the cache.
public final class ViewCounter: Sendable {
    private let store: any DocumentStore
    private let counts = WriteBuffer<Int64, Int>(combine: +)

    init(store: any DocumentStore) {
        self.store = store
    }

    public func record(_ id: Int64) {
        counts.record(1, for: id)
    }

    /// Views recorded but not yet written, so pages can show an up-to-date count.
    public func pendingViews(of id: Int64) -> Int {
        counts.current(id) ?? 0
    }

    /// Writes the pending views, counting them to `day`; on failure they are kept for the next flush.
    public func flush(day: String) async throws {
        try await counts.flush { try await store.addViews($0, day: day) }
    }
}
