internal import GuanshanStore
public import GuanshanModel
import Synchronization

/// Counts reading-page views in memory and writes them to the store in batches, so a view costs no write
/// and never waits: recording one takes a lock for a dictionary update, from any thread (the server also
/// counts on its event loops, for pages answered from the cache). While a batch is written, views go on
/// being counted and the batch still counts on pages.
public final class ViewCounter: Sendable {
    private struct Counts {
        var pending: [Int64: Int] = [:]
        /// The batch being written.
        var writing: [Int64: Int] = [:]
    }

    private let store: any Store
    private let counts = Mutex(Counts())

    init(store: any Store) {
        self.store = store
    }

    public func record(_ id: Int64) {
        counts.withLock { $0.pending[id, default: 0] += 1 }
    }

    /// Views recorded but not yet written, so pages can show an up-to-date count.
    public func pendingViews(of id: Int64) -> Int {
        counts.withLock { ($0.pending[id] ?? 0) + ($0.writing[id] ?? 0) }
    }

    /// Writes the pending views, counting them to `day`; on failure they are kept for the next flush.
    /// One flush at a time (the server's pending-writes service).
    public func flush(day: String) async throws {
        let batch: [Int64: Int]? = counts.withLock { counts in
            guard !counts.pending.isEmpty, counts.writing.isEmpty else { return nil }
            let batch = counts.pending
            counts.pending = [:]
            counts.writing = batch
            return batch
        }
        guard let batch else { return }
        do {
            try await store.addViews(batch, day: day)
            counts.withLock { $0.writing = [:] }
        } catch {
            counts.withLock { counts in
                counts.writing = [:]
                counts.pending.merge(batch, uniquingKeysWith: +)
            }
            throw error
        }
    }
}
