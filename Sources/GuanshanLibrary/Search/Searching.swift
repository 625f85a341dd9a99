internal import GuanshanSearch
public import GuanshanModel
import GuanshanText

/// Text with the words of a query marked, as a result shows its title and its snippet.
public struct MarkedText: Sendable, Hashable {
    public struct Fragment: Sendable, Hashable {
        public var text: String
        public var isMatch: Bool
    }

    public var fragments: [Fragment]
    /// Whether text was cut before or after the fragments.
    public var cutBefore: Bool
    public var cutAfter: Bool

    init(_ snippet: Snippet) {
        fragments = snippet.fragments.map { Fragment(text: $0.text, isMatch: $0.isMatch) }
        cutBefore = snippet.cutBefore
        cutAfter = snippet.cutAfter
    }

    /// The text with the words of the mask and block lists in ＊.
    func masked(by lists: WordLists) -> MarkedText {
        var marked = self
        for (index, text) in lists.masked(fragments.map(\.text)).enumerated() { marked.fragments[index].text = text }
        return marked
    }
}

/// One search result as lists show it.
public struct SearchResultItem: Sendable {
    public var document: DocumentSummary
    /// The title with the query's words marked (one unmarked fragment when none is in it).
    public var title: MarkedText
    /// The page (1-based) that holds the first match in the body; 1 when only the title matches.
    public var page: Int
    /// The body block of that first match, for the link's `#b{block}`.
    public var block: Int?
    public var snippet: MarkedText
    public var score: Double
}

public struct SearchResultsPage: Sendable {
    public var request: SearchRequest
    public var query: String { request.text }
    /// False when the query had no word to look for: the page shows a hint.
    public var hasWords: Bool
    /// True when the query holds a word of the block list (敏感词): nothing is looked for, and the page says so.
    public var isBlocked = false
    public var category: Category?
    /// True when the request names a category or a tag the library does not have: a filter never widens a
    /// search, so nothing is found.
    public var unknownCategory = false
    public var unknownTag = false
    public var total: Int
    public var offset: Int
    public var limit: Int
    public var items: [SearchResultItem]
    /// When nothing is found: the query with one character changed that finds the most documents under the
    /// same filters, and how many.
    public var suggestion: String?
    public var suggestionTotal = 0

    /// Pages of `limit` results, at most `SearchService.maximumSearchPage`: the pages the site links to.
    public var pageCount: Int {
        min((total + limit - 1) / max(limit, 1), SearchService.maximumSearchPage)
    }
}

extension SearchResultsPage {
    /// The page of a request that was not run (a query too long).
    public init(notRun request: SearchRequest) {
        self.init(request: request, hasWords: false, total: 0, offset: 0, limit: 1, items: [])
    }
}

extension SearchService {
    public static let searchPageSize = 10
    public static let maximumSearchLimit = 100
    public static let maximumSearchOffset = 10_000
    /// The last page of results the site links to.
    public static let maximumSearchPage = 1_000

    /// Ranked results `request.offset..<offset + limit` for the request's query under its filters, with
    /// snippets; when nothing is found, a suggestion.
    public func search(_ request: SearchRequest) async throws -> SearchResultsPage {
        let parsed = try Self.parse(request.text)
        let category = try await request.categorySlug.asyncFlatMap { try await store.category(slug: $0) }
        var page = SearchResultsPage(
            request: request, hasWords: !parsed.isEmpty, category: category, total: 0, offset: max(request.offset, 0),
            limit: min(max(request.limit, 0), Self.maximumSearchLimit), items: [])
        guard !parsed.isEmpty else { return page }
        let lists = try await words?.current() ?? .empty
        if lists.blocks(request.text) {
            page.isBlocked = true
            return page
        }
        if request.categorySlug != nil && category == nil {
            page.unknownCategory = true
            return page
        }
        var tagged: Set<Int64>?
        if let tag = request.tag {
            guard let ids = try await store.taggedDocumentIDs(tag) else {
                page.unknownTag = true
                return page
            }
            tagged = Set(ids)
        }
        guard !request.isEmptyRange else { return page }
        let filter = SearchFilter(
            categoryID: category?.id, published: request.publishedSeconds, pages: request.pageCounts, documentIDs: tagged)
        let order: SearchOrder = switch request.sort {
        case .relevance: .relevance
        case .newest: .newest
        case .views: .mostRead(views: try await views.current { [store] in try await store.viewCounts() })
        }
        let results = index.search(parsed, options: SearchOptions(filter: filter, order: order, offset: page.offset, limit: page.limit))
        page.total = results.total
        // A suggestion never shows a word the lists hide: masked words would be read out one character at a time.
        if results.total == 0, let suggestion = index.suggestion(for: parsed, filter: filter, allowed: { !lists.hides($0) }) {
            page.suggestion = suggestion.query.text
            page.suggestionTotal = suggestion.total
        }
        guard !results.hits.isEmpty else { return page }
        let documents = try await store.searchResults(ids: results.hits.map(\.id))
        let scores = Dictionary(results.hits.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first })
        page.items = documents.map { document in
            let snippet = Snippet.make(blocks: document.texts, query: parsed)
            let title = document.summary.title
            var marked = MarkedText(Snippet.make(blocks: [title], query: parsed, width: max(title.unicodeScalars.count, 1)))
            if marked.fragments.isEmpty { marked.fragments = [MarkedText.Fragment(text: title, isMatch: false)] }
            return SearchResultItem(
                document: lists.masked(document.summary), title: marked.masked(by: lists),
                page: snippet.firstMatch.map { Self.page(of: $0, in: document.pages) } ?? 1,
                block: snippet.firstMatch?.block, snippet: MarkedText(snippet).masked(by: lists), score: scores[document.summary.id] ?? 0)
        }
        return page
    }

    /// Every document that matches `text`, by id ascending.
    public func searchIDs(_ text: String) throws -> [Int64] {
        let parsed = try Self.parse(text)
        return parsed.isEmpty ? [] : index.matchingIDs(parsed)
    }

    private static func parse(_ text: String) throws -> SearchQuery {
        let parsed = SearchQuery.parse(text)
        if parsed.exceedsLimits { throw LibraryError.queryTooLong }
        return parsed
    }

    /// The 1-based page whose start is the last at or before character `place.offset` of block `place.block`.
    static func page(of place: Snippet.Place, in pages: [PageStart]) -> Int {
        let index = pages.lastIndex { $0.block < place.block || ($0.block == place.block && $0.offset <= place.offset) }
        return (index ?? 0) + 1
    }
}

extension Optional {
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
