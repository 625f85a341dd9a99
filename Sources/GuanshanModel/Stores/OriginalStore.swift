public import Foundation

/// The store's record of original files. A hash is noted before its bytes are kept and linked to its
/// document with the document itself, so that bytes no document came to hold (a duplicate, a failed
/// save, a process stopped between the two) are found by their note and removed.
public protocol OriginalStore: Sendable {
    /// Notes that the bytes of `hash` are about to be kept; noting it again renews the note's time.
    func noteOriginal(hash: String, byteCount: Int64, at time: Date) async throws
    /// Hashes that no document holds, noted before `time`, at most `limit`.
    func unheldOriginals(notedBefore time: Date, limit: Int) async throws -> [String]
    /// Drops the note of `hash` if no document holds it and it was noted before `time`; false if it is
    /// held again or renewed.
    func forgetOriginal(hash: String, notedBefore time: Date) async throws -> Bool
}
