/// What a document must be, beyond matching the query, to be found: each condition left nil holds for all.
public struct SearchFilter: Sendable, Hashable {
    public var categoryID: Int64?
    /// Published at or after / before these seconds since 1970.
    public var published: ClosedRange<Int64>?
    /// A page count in this range.
    public var pages: ClosedRange<Int>?
    /// Only these documents (a tag's, as the store has them now).
    public var documentIDs: Set<Int64>?

    public init(categoryID: Int64? = nil, published: ClosedRange<Int64>? = nil, pages: ClosedRange<Int>? = nil, documentIDs: Set<Int64>? = nil) {
        self.categoryID = categoryID
        self.published = published
        self.pages = pages
        self.documentIDs = documentIDs
    }

    var isEmpty: Bool { categoryID == nil && published == nil && pages == nil && documentIDs == nil }

    func admits(_ documents: SegmentDocuments, ordinal: Int) -> Bool {
        if let categoryID, documents.categories[ordinal] != categoryID { return false }
        if let published, !published.contains(documents.published[ordinal]) { return false }
        if let pages, !pages.contains(Int(documents.pages[ordinal])) { return false }
        if let documentIDs, !documentIDs.contains(documents.ids[ordinal]) { return false }
        return true
    }
}

/// The order of results. Every order puts the matches of the others' ties in relevance order.
public enum SearchOrder: Sendable {
    case relevance
    case newest
    /// By the views given (a document missing from them has none).
    case mostRead(views: [Int64: Int64])
}

public struct SearchOptions: Sendable {
    public var filter: SearchFilter
    public var order: SearchOrder
    public var offset: Int
    /// 0 only counts.
    public var limit: Int

    public init(filter: SearchFilter = SearchFilter(), order: SearchOrder = .relevance, offset: Int = 0, limit: Int = 10) {
        self.filter = filter
        self.order = order
        self.offset = max(offset, 0)
        self.limit = max(limit, 0)
    }
}

public struct SearchHit: Sendable, Hashable {
    public var id: Int64
    /// The BM25-style score with the closeness of the terms; title hits rank above it.
    public var score: Double
    /// How many of the query's terms the title holds.
    public var titleHits: Int
}

public struct SearchResults: Sendable {
    /// Every matching document.
    public var total: Int
    /// The asked-for slice of the ranked matches.
    public var hits: [SearchHit]
}
