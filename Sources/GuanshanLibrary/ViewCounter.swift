import GuanshanStore

/// Counts reading-page views in memory and writes them to the store in batches, so a view costs no write
/// and never waits for one: while a batch is written, views go on being counted (the actor takes calls
/// while it awaits the store) and the batch still counts on pages.
public actor ViewCounter {
    private let store: any Store
    private var pending: [Int64: Int] = [:]
    /// The batch being written.
    private var writing: [Int64: Int] = [:]

    public init(store: any Store) {
        self.store = store
    }

    public func record(_ id: Int64) {
        pending[id, default: 0] += 1
    }

    /// Views recorded but not yet written, so pages can show an up-to-date count.
    public func pendingViews(of id: Int64) -> Int {
        (pending[id] ?? 0) + (writing[id] ?? 0)
    }

    /// Writes the pending views, counting them to `day`; on failure they are kept for the next flush.
    /// One flush at a time (the server's pending-writes service).
    public func flush(day: String) async throws {
        guard !pending.isEmpty, writing.isEmpty else { return }
        let batch = pending
        pending = [:]
        writing = batch
        defer { writing = [:] }
        do {
            try await store.addViews(batch, day: day)
        } catch {
            pending.merge(batch, uniquingKeysWith: +)
            throw error
        }
    }
}
