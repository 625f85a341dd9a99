import Foundation
import GuanshanModel
import Synchronization

/// Originals held in memory, gone when the process ends: for a library that is itself a trial (tests,
/// a store in memory).
public final class OriginalsInMemory: OriginalStorage {
    private let files = Mutex<[String: Data]>([:])

    public init() {}

    public var place: String { "memory" }

    public func keep(_ bytes: Data, hash: String) async throws {
        files.withLock { $0[hash] = bytes }
    }

    public func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? {
        guard let file = files.withLock({ $0[hash] }) else { return nil }
        let range = OriginalParts.range(index, of: byteCount)
        guard Int64(file.count) == byteCount else { throw OriginalStorageError.damaged(hash: hash, place: place) }
        return file.subdata(in: Int(range.lowerBound)..<Int(range.upperBound))
    }

    public func remove(hash: String) async throws {
        _ = files.withLock { $0.removeValue(forKey: hash) }
    }
}
