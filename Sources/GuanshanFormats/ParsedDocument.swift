import Foundation
import GuanshanText

/// A document as an input format gives it: the title, the body as blocks, and the metadata the format carries.
public struct ParsedDocument: Hashable, Sendable {
    public var title: String
    public var blocks: [Block]
    public var category: String?
    public var tags: [String]
    public var author: String?
    public var created: Date?
    /// The id the source asks for (JSONL `id`); nil lets the store choose one.
    public var id: Int64?
    /// The source does not publish it (a WordPress draft, private, pending or scheduled post): it is saved as a draft.
    public var isDraft: Bool
    /// The text was recognized by OCR from images of pages (a scan), not read from the file's text.
    public var byOCR = false
    /// The page of the file where each block starts, for files that have pages (PDFs, and slides through
    /// their PDF); nil for the others.
    public var sourcePages: [Int]?

    public init(
        title: String,
        blocks: [Block],
        category: String? = nil,
        tags: [String] = [],
        author: String? = nil,
        created: Date? = nil,
        id: Int64? = nil,
        isDraft: Bool = false
    ) {
        self.title = title
        self.blocks = blocks
        self.category = category
        self.tags = tags
        self.author = author
        self.created = created
        self.id = id
        self.isDraft = isDraft
    }
}
