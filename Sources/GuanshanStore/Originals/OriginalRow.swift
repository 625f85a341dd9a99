import GRDB
import GuanshanModel
import PostgresNIO

/// The columns of `document_original` a document is read with, as `o`.
enum OriginalRow {
    static let columns = """
        o.hash AS original_hash, o.file_name AS original_name, o.format AS original_format, o.byte_count AS original_bytes, \
        o.ocr AS original_ocr, o.source_pages AS original_source_pages, o.source_pages_of AS original_source_pages_of
        """

    static func decode(_ row: Row) -> OriginalFile? {
        decode(
            hash: row["original_hash"], name: row["original_name"], format: row["original_format"], bytes: row["original_bytes"],
            ocr: row["original_ocr"], sourcePages: row["original_source_pages"], sourcePagesOf: row["original_source_pages_of"])
    }

    static func decode(_ row: PostgresRandomAccessRow) throws -> OriginalFile? {
        decode(
            hash: try row.get("original_hash"), name: try row.get("original_name"), format: try row.get("original_format"),
            bytes: try row.get("original_bytes"), ocr: try row.get("original_ocr"), sourcePages: try row.get("original_source_pages"),
            sourcePagesOf: try row.get("original_source_pages_of"))
    }

    private static func decode(
        hash: String?, name: String?, format: String?, bytes: Int64?, ocr: Bool?, sourcePages: String?, sourcePagesOf: String?
    ) -> OriginalFile? {
        // A hash names files on disk (originals, previews): one that is not a hash (a crafted backup) names nothing.
        guard let hash, OriginalHash.isValid(hash), let name, let format = format.flatMap(DocumentFormat.init(rawValue:)), let bytes, bytes >= 0
        else { return nil }
        var original = OriginalFile(hash: hash, byteCount: bytes, fileName: name, format: format, textByOCR: ocr ?? false)
        original.sourcePages = sourcePages.flatMap { try? StoredJSON.decode([[Int]].self, $0) }?
            .compactMap { $0.count == 2 ? SourcePage(block: $0[0], page: $0[1]) : nil } ?? []
        original.sourcePagesOf = sourcePagesOf
        return original
    }

    /// `[[block, page], …]`.
    static func encode(_ pages: [SourcePage]) -> String {
        "[" + pages.map { "[\($0.block),\($0.page)]" }.joined(separator: ",") + "]"
    }
}
