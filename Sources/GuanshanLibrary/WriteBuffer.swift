import Synchronization

/// Values kept in memory and written to the store in batches, so that recording one costs a lock and
/// a dictionary update, from any thread, and never waits for a write. While a batch is written, new
/// values go on being recorded and the batch still counts in `current`; a batch that fails to be
/// written is merged back for the next flush. `combine(older, newer)` merges two values of one key:
/// a sum for counts, the newer for marks.
final class WriteBuffer<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Batches {
        var pending: [Key: Value] = [:]
        /// The batch being written.
        var writing: [Key: Value] = [:]
    }

    private let batches = Mutex(Batches())
    private let combine: @Sendable (Value, Value) -> Value

    init(combine: @escaping @Sendable (_ older: Value, _ newer: Value) -> Value) {
        self.combine = combine
    }

    func record(_ value: Value, for key: Key) {
        batches.withLock { batches in
            batches.pending[key] = batches.pending[key].map { combine($0, value) } ?? value
        }
    }

    /// The value recorded for `key` and not yet written, nil when there is none.
    func current(_ key: Key) -> Value? {
        batches.withLock { batches in
            switch (batches.writing[key], batches.pending[key]) {
            case (let older?, let newer?): combine(older, newer)
            case (let older, let newer): newer ?? older
            }
        }
    }

    /// Forgets the values whose key `matches`, written or not.
    func forget(where matches: (Key) -> Bool) {
        batches.withLock { batches in
            batches.pending = batches.pending.filter { !matches($0.key) }
            batches.writing = batches.writing.filter { !matches($0.key) }
        }
    }

    /// Hands the pending values to `write` as one batch; on failure they are kept for the next flush.
    /// One flush at a time: a flush while another writes does nothing.
    func flush(_ write: ([Key: Value]) async throws -> Void) async throws {
        let batch: [Key: Value]? = batches.withLock { batches in
            guard !batches.pending.isEmpty, batches.writing.isEmpty else { return nil }
            let batch = batches.pending
            batches.pending = [:]
            batches.writing = batch
            return batch
        }
        guard let batch else { return }
        do {
            try await write(batch)
            batches.withLock { $0.writing = [:] }
        } catch {
            batches.withLock { batches in
                batches.writing = [:]
                batches.pending.merge(batch) { newer, older in combine(older, newer) }
            }
            throw error
        }
    }
}
