import Foundation
import GuanshanText

public enum DocumentStatus: String, Sendable, Codable, CaseIterable {
    case draft, published
}

/// A category as the library names it; the slug is its URL segment (`/c/{slug}`).
public struct CategoryName: Hashable, Sendable {
    public var name: String
    public var slug: String

    public init(name: String, slug: String) {
        self.name = name
        self.slug = slug
    }
}

public struct Category: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var slug: String
    /// Published documents in the category; in the admin's list of categories (`allCategories`), every
    /// document in it that is not in the trash.
    public var documentCount: Int

    public init(id: Int64, name: String, slug: String, documentCount: Int) {
        self.id = id
        self.name = name
        self.slug = slug
        self.documentCount = documentCount
    }
}

/// What the text rules derived from a body, stored with the document so that no request recomputes it.
public struct DocumentMetrics: Hashable, Sendable {
    public var characterCount: Int
    public var readingMinutes: Int
    public var pages: [PageStart]
    public var outline: [OutlineEntry]
    public var fingerprint: UInt64
    /// Hex SHA-256 of the document's canonical text; one document per hash.
    public var contentHash: String

    public init(characterCount: Int, readingMinutes: Int, pages: [PageStart], outline: [OutlineEntry], fingerprint: UInt64, contentHash: String) {
        self.characterCount = characterCount
        self.readingMinutes = readingMinutes
        self.pages = pages
        self.outline = outline
        self.fingerprint = fingerprint
        self.contentHash = contentHash
    }
}

public struct NewDocument: Sendable {
    /// A wanted id (an imported corpus keeps its ids); nil lets the store choose.
    public var id: Int64?
    public var title: String
    public var sharer: String
    public var category: CategoryName?
    public var tags: [String]
    public var status: DocumentStatus
    public var created: Date
    public var blocks: [Block]
    public var metrics: DocumentMetrics
    /// The account that published it; nil for imports from the command line and the demo documents.
    public var ownerID: Int64?
    /// An earlier document whose text this one's is close to (its fingerprint is near), when imported anyway.
    public var nearDuplicateOf: Int64?
    /// The file it was imported from, its bytes already kept; nil for text typed in or formats not kept.
    public var original: OriginalFile?

    public init(id: Int64? = nil, title: String, sharer: String, category: CategoryName?, tags: [String], status: DocumentStatus, created: Date, blocks: [Block], metrics: DocumentMetrics, ownerID: Int64? = nil) {
        self.ownerID = ownerID
        self.id = id
        self.title = title
        self.sharer = sharer
        self.category = category
        self.tags = tags
        self.status = status
        self.created = created
        self.blocks = blocks
        self.metrics = metrics
    }
}

public enum SaveOutcome: Hashable, Sendable {
    case inserted(id: Int64)
    /// A document with the same content hash exists already.
    case duplicate(of: Int64)
    /// The wanted id belongs to another document.
    case idTaken(Int64)
}

/// The fields that lists show.
public struct DocumentSummary: Hashable, Sendable {
    public var id: Int64
    public var title: String
    public var sharer: String
    public var category: CategoryName?
    public var published: Date
    /// The last change to the document's text, title, category or state (for feeds and sitemaps).
    public var updated: Date
    public var characterCount: Int
    public var readingMinutes: Int
    public var viewCount: Int
    /// The format of the file it was imported from, when that is kept (lists show a thumbnail of it).
    public var originalFormat: DocumentFormat?

    public init(
        id: Int64, title: String, sharer: String, category: CategoryName?, published: Date, updated: Date, characterCount: Int,
        readingMinutes: Int, viewCount: Int, originalFormat: DocumentFormat? = nil
    ) {
        self.originalFormat = originalFormat
        self.id = id
        self.title = title
        self.sharer = sharer
        self.category = category
        self.published = published
        self.updated = updated
        self.characterCount = characterCount
        self.readingMinutes = readingMinutes
        self.viewCount = viewCount
    }
}

/// How many pages a published document has and when it last changed: a sitemap's row.
public struct DocumentPageCount: Hashable, Sendable {
    public var id: Int64
    /// At least 1.
    public var pages: Int
    public var updated: Date

    public init(id: Int64, pages: Int, updated: Date) {
        self.id = id
        self.pages = pages
        self.updated = updated
    }
}

public struct StoredDocument: Hashable, Sendable {
    public var summary: DocumentSummary
    public var tags: [String]
    public var status: DocumentStatus
    public var created: Date
    public var updated: Date
    public var revision: Int
    public var blocks: [Block]
    public var metrics: DocumentMetrics
    /// The file it was imported from, when one is kept.
    public var original: OriginalFile?

    public init(summary: DocumentSummary, tags: [String], status: DocumentStatus, created: Date, updated: Date, revision: Int, blocks: [Block], metrics: DocumentMetrics, original: OriginalFile? = nil) {
        self.original = original
        self.summary = summary
        self.tags = tags
        self.status = status
        self.created = created
        self.updated = updated
        self.revision = revision
        self.blocks = blocks
        self.metrics = metrics
    }

    public var id: Int64 { summary.id }
}

public enum ListOrder: Sendable {
    case newest, mostRead
}

public struct DocumentListQuery: Sendable {
    public var categoryID: Int64?
    public var tag: String?
    /// The documents of one account (those a reader shared).
    public var ownerID: Int64?
    public var order: ListOrder
    public var offset: Int
    public var limit: Int

    public init(
        categoryID: Int64? = nil, tag: String? = nil, ownerID: Int64? = nil, order: ListOrder = .newest, offset: Int = 0, limit: Int = 20
    ) {
        self.categoryID = categoryID
        self.tag = tag
        self.ownerID = ownerID
        self.order = order
        self.offset = offset
        self.limit = limit
    }
}

public struct DocumentList: Sendable {
    public var documents: [DocumentSummary]
    /// All published documents the query matches, for paging.
    public var total: Int

    public init(documents: [DocumentSummary], total: Int) {
        self.documents = documents
        self.total = total
    }
}

/// What search indexes of a published document.
public struct SearchableDocument: Sendable {
    public var id: Int64
    public var title: String
    /// The plain text of each body block.
    public var texts: [String]
    public var published: Date
    public var categoryID: Int64?
    /// How many pages the document has in its current layout.
    public var pages: Int

    public init(id: Int64, title: String, texts: [String], published: Date, categoryID: Int64?, pages: Int) {
        self.id = id
        self.title = title
        self.texts = texts
        self.published = published
        self.categoryID = categoryID
        self.pages = pages
    }
}

/// Documents changed after a revision: their state now, as of `revision`.
public struct DocumentChanges: Sendable {
    /// The change log revision these changes bring a reader up to.
    public var revision: Int64
    /// Changed documents that are published now.
    public var published: [SearchableDocument]
    /// Changed documents that are deleted or no longer published.
    public var removed: [Int64]
    /// False when `limit` cut the changes short: ask again after `revision`.
    public var isComplete: Bool

    public init(revision: Int64, published: [SearchableDocument], removed: [Int64], isComplete: Bool) {
        self.revision = revision
        self.published = published
        self.removed = removed
        self.isComplete = isComplete
    }
}

/// What a search result shows of a document: its summary, the plain text of each block for the
/// snippet, and its page starts for the page of the first match.
public struct SearchResultDocument: Sendable {
    public var summary: DocumentSummary
    public var texts: [Substring]
    public var pages: [PageStart]
    public var fingerprint: UInt64

    public init(summary: DocumentSummary, texts: [Substring], pages: [PageStart], fingerprint: UInt64) {
        self.summary = summary
        self.texts = texts
        self.pages = pages
        self.fingerprint = fingerprint
    }
}
