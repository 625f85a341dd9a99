import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func noteOriginal(hash: String, byteCount: Int64, at time: Date) async throws {
        try await client.execute("""
            INSERT INTO original_file (hash, byte_count, noted_at) VALUES (\(hash), \(byteCount), \(time))
            ON CONFLICT (hash) DO UPDATE SET noted_at = excluded.noted_at
            """)
    }

    public func unheldOriginals(notedBefore time: Date, limit: Int) async throws -> [String] {
        try await client.rows("""
            SELECT hash FROM original_file f
            WHERE noted_at < \(time) AND NOT EXISTS (SELECT 1 FROM document_original o WHERE o.hash = f.hash)
            ORDER BY hash LIMIT \(limit)
            """).map { try $0.get("hash") }
    }

    public func forgetOriginal(hash: String, notedBefore time: Date) async throws -> Bool {
        try await client.value("""
            DELETE FROM original_file
            WHERE hash = \(hash) AND noted_at < \(time) AND NOT EXISTS (SELECT 1 FROM document_original o WHERE o.hash = original_file.hash)
            RETURNING 1
            """, as: Int.self) != nil
    }

    public func publishedOriginal(documentID id: Int64) async throws -> OriginalFile? {
        guard let row = try await client.row("""
            SELECT \(unescaped: OriginalRow.columns) FROM document_original o JOIN document d ON d.id = o.document_id
            WHERE d.id = \(id) AND d.status = 'published'
            """)
        else { return nil }
        return try OriginalRow.decode(row)
    }

    /// Links a document being saved to its original, noting the original again (renewed, or anew should
    /// its note be gone).
    static func link(_ original: OriginalFile, to id: Int64, in connection: PostgresConnection) async throws {
        try await connection.execute("""
            INSERT INTO original_file (hash, byte_count, noted_at) VALUES (\(original.hash), \(original.byteCount), \(Date()))
            ON CONFLICT (hash) DO UPDATE SET noted_at = excluded.noted_at
            """)
        try await connection.execute("""
            INSERT INTO document_original (document_id, hash, file_name, format, byte_count, ocr, source_pages, source_pages_of)
            VALUES (\(id), \(original.hash), \(original.fileName), \(original.format.rawValue), \(original.byteCount), \(original.textByOCR),
                \(OriginalRow.encode(original.sourcePages)), \(original.sourcePagesOf))
            """)
    }
}
