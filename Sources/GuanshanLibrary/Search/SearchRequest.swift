import Foundation

/// The order search results come in.
public enum SearchSort: String, Sendable, CaseIterable {
    case relevance
    case newest
    /// By views, as of the last minutes (`ViewsSnapshot.freshness`).
    case views
}

/// A search: the query, the filters that narrow it, the order and the slice of results wanted.
public struct SearchRequest: Sendable, Hashable {
    public var text: String
    /// A category's slug; an unknown one finds nothing (`SearchResultsPage.unknownCategory`).
    public var categorySlug: String?
    /// A tag's name; an unknown one finds nothing (`SearchResultsPage.unknownTag`).
    public var tag: String?
    /// Published at or after `publishedFrom` and before `publishedBefore`.
    public var publishedFrom: Date?
    public var publishedBefore: Date?
    /// A page count in `minimumPages...maximumPages`.
    public var minimumPages: Int?
    public var maximumPages: Int?
    public var sort: SearchSort
    public var offset: Int
    public var limit: Int

    public init(
        _ text: String, categorySlug: String? = nil, tag: String? = nil, publishedFrom: Date? = nil, publishedBefore: Date? = nil,
        minimumPages: Int? = nil, maximumPages: Int? = nil, sort: SearchSort = .relevance, offset: Int = 0,
        limit: Int = SearchService.searchPageSize
    ) {
        self.text = text
        self.categorySlug = categorySlug
        self.tag = tag
        self.publishedFrom = publishedFrom
        self.publishedBefore = publishedBefore
        self.minimumPages = minimumPages
        self.maximumPages = maximumPages
        self.sort = sort
        self.offset = offset
        self.limit = limit
    }

    /// The published times as the index keeps them (whole seconds since 1970), nil when unbounded; an
    /// empty range when nothing can match.
    var publishedSeconds: ClosedRange<Int64>? {
        guard publishedFrom != nil || publishedBefore != nil else { return nil }
        let low = publishedFrom.map { Self.seconds($0.timeIntervalSince1970.rounded(.up)) } ?? .min
        let high = publishedBefore.map { Self.seconds($0.timeIntervalSince1970.rounded(.up)) - 1 } ?? .max
        return low <= high ? low...high : nil
    }

    var pageCounts: ClosedRange<Int>? {
        guard minimumPages != nil || maximumPages != nil else { return nil }
        let low = max(minimumPages ?? 1, 1), high = maximumPages ?? .max
        return low <= high ? low...high : nil
    }

    /// Whether the bounds given leave no time or page count at all.
    var isEmptyRange: Bool {
        ((publishedFrom != nil || publishedBefore != nil) && publishedSeconds == nil)
            || ((minimumPages != nil || maximumPages != nil) && pageCounts == nil)
    }

    private static func seconds(_ value: Double) -> Int64 {
        value.isNaN ? 0 : Int64(max(min(value, 1e15), -1e15))
    }
}
