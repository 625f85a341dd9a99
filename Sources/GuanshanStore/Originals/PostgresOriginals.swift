import Foundation
import GuanshanModel
import PostgresNIO

/// Originals in PostgreSQL itself, in `original_part`: one row per part, so that every node reads them
/// and no request or backup holds a whole file.
public struct PostgresOriginals: OriginalStorage {
    let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public var place: String { "PostgreSQL" }

    public func keep(_ bytes: Data, hash: String) async throws {
        let byteCount = Int64(bytes.count)
        try await store.transaction { connection in
            for index in 0..<OriginalParts.count(of: byteCount) {
                let range = OriginalParts.range(index, of: byteCount)
                let part = bytes.subdata(in: Int(range.lowerBound)..<Int(range.upperBound))
                try await connection.execute("""
                    INSERT INTO original_part (hash, part, bytes) VALUES (\(hash), \(index), \(part))
                    ON CONFLICT (hash, part) DO NOTHING
                    """)
            }
        }
    }

    public func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? {
        guard let data = try await store.client.value(
            "SELECT bytes FROM original_part WHERE hash = \(hash) AND part = \(index)", as: Data.self)
        else { return nil }
        guard data.count == OriginalParts.range(index, of: byteCount).count else {
            throw OriginalStorageError.damaged(hash: hash, place: place)
        }
        return data
    }

    public func remove(hash: String) async throws {
        try await store.client.execute("DELETE FROM original_part WHERE hash = \(hash)")
    }
}
