import Crypto
import Foundation
import GuanshanModel
import GRDB

/// The bytes of the originals documents hold, carried in a backup file in the table `original_part`,
/// which only backups fill: copied in from the library's `OriginalStorage` as a backup is made, and
/// kept there again before a restore writes the rows that name them.
enum OriginalCopy {
    /// Copies into the backup at `path` the bytes of every original its documents hold. One whose bytes
    /// the storage lacks is left out and counted as `original_missing`: a backup of everything else is
    /// worth more than none.
    static func into(backupAt path: String, from storage: any OriginalStorage) async throws -> Int {
        let backup = try DatabaseQueue(path: path)
        defer { try? backup.close() }
        var missing = 0
        for original in try await held(in: backup) {
            var parts: [Data] = []
            for index in 0..<OriginalParts.count(of: original.byteCount) {
                guard let part = try await keptPart(index, of: original, in: storage) else { break }
                parts.append(part)
            }
            guard parts.count == OriginalParts.count(of: original.byteCount) else {
                missing += 1
                continue
            }
            try await backup.write { [parts] db in
                for (index, part) in parts.enumerated() {
                    try db.execute(sql: "INSERT INTO original_part (hash, part, bytes) VALUES (?, ?, ?)", arguments: [original.hash, index, part])
                }
            }
        }
        return missing
    }

    /// Part `index` of `original`; nil for bytes the storage does not have (`partIfKept`) or has cut
    /// short. Any other failure (the storage is away) fails the backup.
    private static func keptPart(
        _ index: Int, of original: (hash: String, byteCount: Int64), in storage: any OriginalStorage
    ) async throws -> Data? {
        do {
            return try await storage.partIfKept(index, of: original.hash, byteCount: original.byteCount)
        } catch OriginalStorageError.damaged {
            return nil
        }
    }

    /// Keeps in `storage` the bytes of every original in `file`.
    static func out(of file: BackupFile, into storage: any OriginalStorage) async throws {
        for original in try await held(in: file.database) {
            let bytes = try await file.database.read { db in
                try Data.fetchAll(db, sql: "SELECT bytes FROM original_part WHERE hash = ? ORDER BY part", arguments: [original.hash])
                    .reduce(into: Data()) { $0.append($1) }
            }
            // Bytes that are not what their hash says (a damaged or doctored backup) are not kept under it.
            guard Int64(bytes.count) == original.byteCount, SHA256.hash(data: bytes).hex == original.hash else { continue }
            try await storage.keep(bytes, hash: original.hash)
        }
    }

    private static func held(in database: DatabaseQueue) async throws -> [(hash: String, byteCount: Int64)] {
        try await database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT hash, byte_count FROM original_file f WHERE EXISTS (SELECT 1 FROM document_original o WHERE o.hash = f.hash)
                ORDER BY hash
                """).map { ($0["hash"], $0["byte_count"]) }
        }
    }
}
