public struct SearchOptions: Sendable {
    public var categoryID: Int64?
    public var offset: Int
    /// 0 only counts.
    public var limit: Int

    public init(categoryID: Int64? = nil, offset: Int = 0, limit: Int = 10) {
        self.categoryID = categoryID
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
