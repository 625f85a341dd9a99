import Foundation
import GuanshanModel

/// Originals as files in a folder (`originals` in the data folder on a single node): `ab/abcd…`, named by
/// their hash, written whole under a temporary name and then renamed, so that a file under its hash is
/// always complete.
public struct OriginalFolder: OriginalStorage {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public var place: String { root.path }

    public func keep(_ bytes: Data, hash: String) async throws {
        let target = try file(hash)
        if let size = try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int, size == bytes.count { return }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let incoming = root.appendingPathComponent(".incoming-\(UUID().uuidString)")
        do {
            try bytes.write(to: incoming)
            let handle = try FileHandle(forUpdating: incoming)
            try handle.synchronize()
            try handle.close()
            guard rename(incoming.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path]) }
        } catch {
            try? FileManager.default.removeItem(at: incoming)
            throw error
        }
    }

    public func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? {
        let range = OriginalParts.range(index, of: byteCount)
        guard let handle = FileHandle(forReadingAtPath: try file(hash).path) else { return nil }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(range.lowerBound))
        let data = try handle.read(upToCount: range.count) ?? Data()
        guard data.count == range.count else { throw OriginalStorageError.damaged(hash: hash, place: place) }
        return data
    }

    public func remove(hash: String) async throws {
        do {
            try FileManager.default.removeItem(at: try file(hash))
        } catch CocoaError.fileNoSuchFile {
        }
    }

    private func file(_ hash: String) throws -> URL {
        guard OriginalHash.isValid(hash) else { throw OriginalStorageError.badHash(hash) }
        return root.appendingPathComponent(String(hash.prefix(2)), isDirectory: true).appendingPathComponent(hash)
    }
}

enum OriginalHash {
    static func isValid(_ hash: String) -> Bool {
        hash.utf8.count == 64 && hash.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
