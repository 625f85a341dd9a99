internal import GuanshanModel

/// Remembers the page each signed-in reader reached in each document, in memory, and writes the marks
/// to the store in batches with the view counts (`WriteBuffer`), so that reading a page costs no write
/// and never waits for one.
public final class ReadingRecorder: Sendable {
    private struct Key: Hashable, Sendable {
        var userID: Int64
        var documentID: Int64
    }

    private let store: any PersonalStore
    private let marks = WriteBuffer<Key, ReadingMark>(combine: { _, newer in newer })

    init(store: any PersonalStore) {
        self.store = store
    }

    func record(_ mark: ReadingMark) {
        marks.record(mark, for: Key(userID: mark.userID, documentID: mark.documentID))
    }

    /// The latest mark, written or not.
    func mark(userID: Int64, documentID: Int64) async throws -> ReadingMark? {
        if let mark = marks.current(Key(userID: userID, documentID: documentID)) { return mark }
        return try await store.readingMark(userID: userID, documentID: documentID)
    }

    /// Forgets unwritten marks of one reader (all documents when `documentID` is nil), as history is cleared.
    func forget(userID: Int64, documentID: Int64?) {
        marks.forget { $0.userID == userID && (documentID == nil || $0.documentID == documentID) }
    }

    /// Writes the pending marks; on failure they are kept for the next flush unless newer ones came.
    public func flush() async throws {
        try await marks.flush { try await store.recordReadings(Array($0.values)) }
    }
}
