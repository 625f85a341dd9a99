import Foundation
public import GuanshanModel

/// A document in a feed: what lists show, and the start of its text.
public struct FeedEntry: Sendable {
    public var summary: DocumentSummary
    /// The first `SyndicationService.excerptLength` characters of the text, white space squeezed, `…` when cut.
    public var excerpt: String
}

/// The newest published documents of the library or of one category, newest first.
public struct Feed: Sendable {
    /// nil for the whole library.
    public var category: Category?
    public var entries: [FeedEntry]
}

/// A URL of the sitemap: a page (1-based) of a published document.
public struct SitemapPage: Hashable, Sendable {
    public var documentID: Int64
    public var page: Int
    public var updated: Date
}

/// A sitemap of the sitemap index (1-based), with the newest change among its documents.
public struct SitemapPart: Hashable, Sendable {
    public var number: Int
    /// nil for a part that holds none of the documents' pages.
    public var lastModified: Date?
}

/// Feeds and sitemaps: the library as crawlers and feed readers take it.
public struct SyndicationService: Sendable {
    public typealias Store = DocumentStore & ChangeLogStore

    let store: any Store
    /// The sensitive-word lists: feeds have the words of the mask and block lists in ＊, as pages do.
    let words: SensitiveWords?
    private let sitemapPlans = SitemapPlans()

    public init(store: any Store, words: SensitiveWords? = nil) {
        self.store = store
        self.words = words
    }
}

extension SyndicationService {
    public static let feedLength = 50
    public static let excerptLength = 200
    /// The most URLs one sitemap may list (sitemaps.org).
    public static let sitemapLimit = 50_000
    /// Documents read from the store at a time while a sitemap is made.
    public static let sitemapBatch = 5_000

    /// The `limit` newest published documents, of the category with `categorySlug` when one is given.
    public func feed(categorySlug: String? = nil, limit: Int = feedLength) async throws -> Feed {
        var category: Category?
        if let categorySlug {
            guard let found = try await store.category(slug: categorySlug) else { throw LibraryError.categoryNotFound }
            category = found
        }
        let newest = try await store.documents(DocumentListQuery(categoryID: category?.id, order: .newest, limit: limit))
        // The texts, in the same order; a document unpublished in between is left out.
        let texts = try await store.searchResults(ids: newest.documents.map(\.id))
        let lists = try await words?.current() ?? .empty
        return Feed(
            category: category,
            entries: texts.map { FeedEntry(summary: lists.masked($0.summary), excerpt: lists.masked(Self.excerpt($0.texts))) })
    }

    /// The start of a text of blocks: runs of white space (the full-width space too) become one space,
    /// blocks are joined by one, and a text longer than `length` characters is cut there and ends in `…`.
    public static func excerpt(_ texts: [Substring], length: Int = excerptLength) -> String {
        var result = ""
        var count = 0
        var pendingSpace = false
        for text in texts {
            for character in text {
                if character.isWhitespace {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    guard count < length else { return result + "…" }
                    result.append(" ")
                    count += 1
                    pendingSpace = false
                }
                guard count < length else { return result + "…" }
                result.append(character)
                count += 1
            }
            pendingSpace = count > 0
        }
        return result
    }

    /// The sitemaps that the pages of every published document fill, `limit` URLs each, after `reserved`
    /// URLs of other pages (the home page, the categories) at the start of the first; always at least one.
    public func sitemapParts(limit: Int = sitemapLimit, reserved: Int = 0, batch: Int = sitemapBatch) async throws -> [SitemapPart] {
        try await sitemapPlan(limit: limit, reserved: reserved, batch: batch).parts
    }

    /// The document pages of sitemap `part` (1-based) as `sitemapParts` cut them, read in runs as the
    /// sitemap is written. A part past the last is not found.
    public func sitemapPages(part: Int, limit: Int = sitemapLimit, reserved: Int = 0, batch: Int = sitemapBatch) async throws -> SitemapCursor {
        let plan = try await sitemapPlan(limit: limit, reserved: reserved, batch: batch)
        guard part >= 1, part <= plan.parts.count else { throw LibraryError.pageNotFound }
        guard let start = plan.starts[part - 1] else {
            return SitemapCursor(store: store, batch: batch, afterID: .max, pending: [], remaining: 0)
        }
        let counts = try await store.publishedPageCounts(afterID: start.afterID, limit: batch)
        var cursor = SitemapCursor(store: store, batch: batch, afterID: counts.last?.id ?? .max, pending: [], remaining: start.count)
        cursor.pending = SitemapCursor.pages(of: counts[...], skippingFirst: start.skip, upTo: start.count)
        return cursor
    }

    /// The plan of the sitemaps for the library as the change log now stands, made once per revision.
    private func sitemapPlan(limit: Int, reserved: Int, batch: Int) async throws -> SitemapPlan {
        precondition(limit > 0 && batch > 0 && reserved >= 0)
        let key = SitemapPlan.Key(revision: try await store.revision(), limit: limit, reserved: reserved)
        return try await sitemapPlans.plan(for: key) {
            try await SitemapPlan.make(store: store, limit: limit, reserved: reserved, batch: batch)
        }
    }
}

/// Reads the pages of one sitemap from the store, a run of documents at a time.
public struct SitemapCursor: Sendable {
    let store: any DocumentStore
    let batch: Int
    var afterID: Int64
    var pending: [SitemapPage]
    /// Pages still to give, this run's pending ones included.
    var remaining: Int

    /// The next run of pages, or nil at the end of the part.
    public mutating func next() async throws -> [SitemapPage]? {
        guard remaining > 0 else { return nil }
        var pages = pending
        pending = []
        if pages.isEmpty {
            let counts = try await store.publishedPageCounts(afterID: afterID, limit: batch)
            guard let last = counts.last else {
                remaining = 0
                return nil
            }
            afterID = last.id
            pages = Self.pages(of: counts[...], skippingFirst: 0, upTo: remaining)
        }
        remaining -= pages.count
        return pages
    }

    /// The pages of `counts` in order, without the first `skip` of the first document, at most `limit`.
    static func pages(of counts: ArraySlice<DocumentPageCount>, skippingFirst skip: Int, upTo limit: Int) -> [SitemapPage] {
        var pages: [SitemapPage] = []
        var skip = skip
        for count in counts {
            for page in stride(from: skip + 1, through: count.pages, by: 1) {
                guard pages.count < limit else { return pages }
                pages.append(SitemapPage(documentID: count.id, page: page, updated: count.updated))
            }
            skip = 0
        }
        return pages
    }
}
