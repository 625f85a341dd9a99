import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func noteOriginal(hash: String, byteCount: Int64, at time: Date) async throws {
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO original_file (hash, byte_count, noted_at) VALUES (?, ?, ?)
                    ON CONFLICT (hash) DO UPDATE SET noted_at = excluded.noted_at
                    """,
                arguments: [hash, byteCount, time])
        }
    }

    public func unheldOriginals(notedBefore time: Date, limit: Int) async throws -> [String] {
        try await writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT hash FROM original_file f
                WHERE noted_at < ? AND NOT EXISTS (SELECT 1 FROM document_original o WHERE o.hash = f.hash)
                ORDER BY hash LIMIT ?
                """, arguments: [time, limit])
        }
    }

    public func forgetOriginal(hash: String, notedBefore time: Date) async throws -> Bool {
        try await writer.write { db in
            try db.execute(
                sql: """
                    DELETE FROM original_file
                    WHERE hash = ? AND noted_at < ? AND NOT EXISTS (SELECT 1 FROM document_original o WHERE o.hash = original_file.hash)
                    """,
                arguments: [hash, time])
            return db.changesCount == 1
        }
    }

    public func publishedOriginal(documentID id: Int64) async throws -> OriginalFile? {
        try await writer.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(OriginalRow.columns) FROM document_original o JOIN document d ON d.id = o.document_id
                WHERE d.id = ? AND d.status = 'published'
                """, arguments: [id])
            else { return nil }
            return OriginalRow.decode(row)
        }
    }

    /// Links a document being saved to its original, noting the original again (renewed, or anew should
    /// its note be gone).
    static func link(_ original: OriginalFile, to id: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO original_file (hash, byte_count, noted_at) VALUES (?, ?, ?)
                ON CONFLICT (hash) DO UPDATE SET noted_at = excluded.noted_at
                """,
            arguments: [original.hash, original.byteCount, Date()])
        try db.execute(
            sql: """
                INSERT INTO document_original (document_id, hash, file_name, format, byte_count, ocr, source_pages, source_pages_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, original.hash, original.fileName, original.format.rawValue, original.byteCount, original.textByOCR,
                OriginalRow.encode(original.sourcePages), original.sourcePagesOf,
            ])
    }
}
