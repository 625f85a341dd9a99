/// Published documents as readers see them: one at a time, in lists, by category, in search results.
public protocol DocumentStore: Sendable {
    func document(id: Int64) async throws -> StoredDocument?
    /// The original of a published document, read without the document's text: for downloads and
    /// previews, which crawlers ask for by the thousand.
    func publishedOriginal(documentID id: Int64) async throws -> OriginalFile?
    func documents(_ query: DocumentListQuery) async throws -> DocumentList
    func documentCount() async throws -> Int
    /// Categories that hold at least one published document, by name.
    func categories() async throws -> [Category]
    func category(slug: String) async throws -> Category?
    /// Adds batched view counts, document id to views, counting them also to `day` (`2026-11-29`).
    func addViews(_ views: [Int64: Int], day: String) async throws
    /// What a search result shows of published documents, in the order asked; missing ones are left out.
    func searchResults(ids: [Int64]) async throws -> [SearchResultDocument]
    /// Page counts of published documents with an id above `afterID`, by id, at most `limit`: a sitemap
    /// reads them in runs, keyed on the last id, so that no request holds every document at once.
    func publishedPageCounts(afterID: Int64, limit: Int) async throws -> [DocumentPageCount]
    /// The ids of the published documents tagged `tag`; nil when there is no such tag.
    func taggedDocumentIDs(_ tag: String) async throws -> [Int64]?
    /// The view count of every published document that has been read.
    func viewCounts() async throws -> [Int64: Int64]
}
