import Foundation

/// The file a document was imported from, kept as it came: its bytes are found by `hash` in the
/// library's `OriginalStorage`.
public struct OriginalFile: Hashable, Sendable {
    /// Lower-case hex SHA-256 of the bytes.
    public var hash: String
    public var byteCount: Int64
    /// The name it was imported under, with its extension.
    public var fileName: String
    public var format: DocumentFormat
    /// The document's text was recognized by OCR from this file's images of pages (a scan).
    public var textByOCR: Bool
    /// Where the blocks came from in the file, page by page; empty for files without pages.
    public var sourcePages: [SourcePage] = []
    /// The content hash of the text `sourcePages` describe: once the document is edited they no longer
    /// describe it, and are not shown.
    public var sourcePagesOf: String?

    public init(hash: String, byteCount: Int64, fileName: String, format: DocumentFormat, textByOCR: Bool = false) {
        self.hash = hash
        self.byteCount = byteCount
        self.fileName = fileName
        self.format = format
        self.textByOCR = textByOCR
    }

    /// The number of parts the bytes are kept in (`OriginalParts.size` each, the last one shorter).
    public var partCount: Int { OriginalParts.count(of: byteCount) }
}

/// Originals are kept, read and copied in parts of one size, so that no request holds a whole file.
public enum OriginalParts {
    public static let size = 1 << 20

    public static func count(of byteCount: Int64) -> Int {
        byteCount <= 0 ? 0 : Int((byteCount - 1) / Int64(size)) + 1
    }

    /// The bytes of part `index` of a file of `byteCount` bytes.
    public static func range(_ index: Int, of byteCount: Int64) -> Range<Int64> {
        let start = Int64(index) * Int64(size)
        return start..<min(start + Int64(size), byteCount)
    }
}

/// Block `block` is the first of the document to start on page `page` (from 1) of its original.
public struct SourcePage: Hashable, Sendable, Codable {
    public var block: Int
    public var page: Int

    public init(block: Int, page: Int) {
        self.block = block
        self.page = page
    }

    /// The page where each block starts, given in order, as the blocks where a new page begins.
    public static func starts(_ pages: [Int]) -> [SourcePage] {
        pages.enumerated().compactMap { block, page in block == 0 || pages[block - 1] != page ? SourcePage(block: block, page: page) : nil }
    }
}

extension OriginalFile {
    /// The page of the original that block `block` starts, when a page begins with it and the pages
    /// still describe the document whose content hash is `contentHash`.
    public func sourcePage(startingAt block: Int, contentHash: String) -> Int? {
        guard sourcePagesOf == contentHash else { return nil }
        return sourcePages.first { $0.block == block }?.page
    }
}
