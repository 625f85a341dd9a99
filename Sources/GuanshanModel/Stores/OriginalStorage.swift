public import Foundation

/// Where the bytes of original files are kept, by the hex SHA-256 of their content: a folder on one
/// node, a PostgreSQL table, or an S3-compatible bucket (GuanshanStore's `OriginalFolder`,
/// `PostgresOriginals`, `S3Originals`). Bytes kept under a hash never change.
public protocol OriginalStorage: Sendable {
    /// Keeps `bytes` under `hash`; keeping them again is harmless.
    func keep(_ bytes: Data, hash: String) async throws
    /// Part `index` of the bytes kept under `hash`, a file of `byteCount` bytes (`OriginalParts`); nil
    /// when nothing is kept under the hash.
    func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data?
    /// Removes the bytes under `hash`, if any.
    func remove(hash: String) async throws
    /// Where the bytes are, for the operator: a folder's path, "PostgreSQL", a bucket's address.
    var place: String { get }
}

extension OriginalStorage {
    /// Part `index`, or nil when the storage does not have the bytes: nothing kept under the hash, or a
    /// refusal that says so (`meansMissing`, such as S3's 403). Any other failure (the storage is away)
    /// is thrown.
    public func partIfKept(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? {
        do {
            return try await part(index, of: hash, byteCount: byteCount)
        } catch let error as OriginalStorageError where error.meansMissing {
            return nil
        }
    }

    /// The whole file, for converters that read from disk.
    public func bytes(of original: OriginalFile) async throws -> Data? {
        var data = Data(capacity: Int(clamping: original.byteCount))
        for index in 0..<original.partCount {
            guard let part = try await partIfKept(index, of: original.hash, byteCount: original.byteCount) else { return nil }
            data.append(part)
        }
        return data
    }
}

public enum OriginalStorageError: Error, Equatable, Sendable {
    /// Not 64 lower-case hex digits: never a name to look up.
    case badHash(String)
    /// The bytes kept are not as long as the file they were kept for.
    case damaged(hash: String, place: String)
    /// The storage answered with an error: its status and what it said.
    case refused(status: Int, said: String)
    /// The storage could not be reached.
    case unreachable(String)

    /// A refusal that says the bytes are not there: 404, or 403 as S3 answers for a missing object to a
    /// key that may not list its bucket.
    public var meansMissing: Bool {
        if case .refused(let status, _) = self { status == 403 || status == 404 } else { false }
    }
}
