internal import GuanshanStore
public import GuanshanModel

/// Remembers the page each signed-in reader reached in each document, in memory, and writes the marks
/// to the store in batches with the view counts, so that reading a page costs no write and never waits
/// for one.
public actor ReadingRecorder {
    private let store: any Store
    private var pending: [Key: ReadingMark] = [:]
    /// The batch being written, still the latest word until the store has it.
    private var writing: [Key: ReadingMark] = [:]

    private struct Key: Hashable {
        var userID: Int64
        var documentID: Int64
    }

    init(store: any Store) {
        self.store = store
    }

    func record(_ mark: ReadingMark) {
        pending[Key(userID: mark.userID, documentID: mark.documentID)] = mark
    }

    /// The latest mark, written or not.
    func mark(userID: Int64, documentID: Int64) async throws -> ReadingMark? {
        let key = Key(userID: userID, documentID: documentID)
        if let mark = pending[key] ?? writing[key] { return mark }
        return try await store.readingMark(userID: userID, documentID: documentID)
    }

    /// Forgets unwritten marks of one reader (all documents when `documentID` is nil), as history is cleared.
    func forget(userID: Int64, documentID: Int64?) {
        let kept = { (key: Key, _: ReadingMark) in key.userID != userID || (documentID != nil && key.documentID != documentID) }
        pending = pending.filter(kept)
        writing = writing.filter(kept)
    }

    /// Writes the pending marks; on failure they are kept for the next flush unless newer ones came.
    /// One flush at a time (the server's pending-writes service).
    public func flush() async throws {
        guard !pending.isEmpty, writing.isEmpty else { return }
        let batch = pending
        pending = [:]
        writing = batch
        defer { writing = [:] }
        do {
            try await store.recordReadings(Array(batch.values))
        } catch {
            pending.merge(batch) { newer, _ in newer }
            throw error
        }
    }
}
