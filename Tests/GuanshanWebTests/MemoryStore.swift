import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanText

/// The parts of a store the reading, search and syndication services read, in memory: the site's
/// routes run over it in `ServiceRouteTests`, with documents no importer would write and failures on
/// demand. Adding a document raises the change log's revision, as a store's write does.
actor MemoryStore: DocumentStore, PersonalStore, ChangeLogStore, SettingsStore {
    private var stored: [Int64: StoredDocument] = [:]
    /// The revision of the change log at which each document was last added.
    private var changed: [Int64: Int64] = [:]
    private var logRevision: Int64 = 0
    private var settingValues: [String: String] = [:]
    private var failure: (any Error)?
    private(set) var views: [Int64: Int] = [:]
    private(set) var marks: [ReadingMark] = []

    /// A published document of `paragraphs`, cut into pages at the blocks `pageStarts` names (by the
    /// rules of pagination when nil).
    @discardableResult
    func add(id: Int64, title: String, paragraphs: [String], pageStarts: [PageStart]? = nil) -> StoredDocument {
        let blocks = paragraphs.map { Block.paragraph([Span($0)]) }
        let count = TextRules.characterCount(of: blocks)
        let published = Date(timeIntervalSince1970: 1_780_000_000)
        let document = StoredDocument(
            summary: DocumentSummary(
                id: id, title: title, sharer: "测试", category: nil, published: published, updated: published,
                characterCount: count, readingMinutes: TextRules.readingMinutes(forCount: count), viewCount: 0),
            tags: [], status: .published, created: published, updated: published, revision: 1, blocks: blocks,
            metrics: DocumentMetrics(
                characterCount: count, readingMinutes: TextRules.readingMinutes(forCount: count),
                pages: pageStarts ?? Pagination.paginate(blocks), outline: [], fingerprint: Fingerprint.simHash(of: paragraphs.joined(separator: "\n")),
                contentHash: "\(id)"))
        stored[id] = document
        logRevision += 1
        changed[id] = logRevision
        return document
    }

    /// Every call fails with `error` from now on (nil: none does).
    func fail(with error: (any Error)?) {
        failure = error
    }

    private func check() throws {
        if let failure { throw failure }
    }

    func document(id: Int64) async throws -> StoredDocument? {
        try check()
        return stored[id]
    }

    func publishedOriginal(documentID id: Int64) async throws -> OriginalFile? {
        try check()
        return stored[id]?.original
    }

    func documents(_ query: DocumentListQuery) async throws -> DocumentList {
        try check()
        let all = stored.values.map(\.summary).sorted { $0.id > $1.id }
        return DocumentList(documents: Array(all.dropFirst(query.offset).prefix(query.limit)), total: all.count)
    }

    func documentCount() async throws -> Int {
        try check()
        return stored.count
    }

    func categories() async throws -> [Category] {
        try check()
        return []
    }

    func category(slug: String) async throws -> Category? {
        try check()
        return nil
    }

    func addViews(_ views: [Int64: Int], day: String) async throws {
        try check()
        self.views.merge(views, uniquingKeysWith: +)
    }

    func searchResults(ids: [Int64]) async throws -> [SearchResultDocument] {
        try check()
        return ids.compactMap { stored[$0] }.map {
            SearchResultDocument(
                summary: $0.summary, texts: $0.blocks.map { Substring($0.plainText) }, pages: $0.metrics.pages,
                fingerprint: $0.metrics.fingerprint)
        }
    }

    func publishedPageCounts(afterID: Int64, limit: Int) async throws -> [DocumentPageCount] {
        try check()
        return stored.values.filter { $0.id > afterID }.sorted { $0.id < $1.id }.prefix(limit)
            .map { DocumentPageCount(id: $0.id, pages: max($0.metrics.pages.count, 1), updated: $0.updated) }
    }

    func setFavorite(userID: Int64, documentID: Int64, _ on: Bool, at: Date) async throws { try check() }

    func isFavorite(userID: Int64, documentID: Int64) async throws -> Bool {
        try check()
        return false
    }

    func favorites(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        try check()
        return PersonalList(entries: [], total: 0)
    }

    func recordReadings(_ marks: [ReadingMark]) async throws {
        try check()
        self.marks += marks
    }

    func readingMark(userID: Int64, documentID: Int64) async throws -> ReadingMark? {
        try check()
        return marks.last { $0.userID == userID && $0.documentID == documentID }
    }

    func history(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        try check()
        return PersonalList(entries: [], total: 0)
    }

    func deleteHistory(userID: Int64, documentID: Int64?) async throws { try check() }

    func settings() async throws -> [String: String] {
        try check()
        return settingValues
    }

    func setSettings(_ values: [String: String]) async throws {
        try check()
        settingValues.merge(values) { $1 }
    }

    func setting(_ key: String, insertingIfAbsent value: String) async throws -> String {
        try check()
        if let known = settingValues[key] { return known }
        settingValues[key] = value
        return value
    }

    func revision() async throws -> Int64 {
        try check()
        return logRevision
    }

    func changes(after revision: Int64, limit: Int) async throws -> DocumentChanges {
        try check()
        let ids = changed.filter { $0.value > revision }.sorted { $0.value < $1.value }.map(\.key)
        return DocumentChanges(
            revision: logRevision, published: ids.prefix(limit).compactMap { stored[$0] }.map(Self.searchable), removed: [],
            isComplete: ids.count <= limit)
    }

    func changedDocumentCount(after revision: Int64) async throws -> Int {
        try check()
        return changed.values.filter { $0 > revision }.count
    }

    func searchableDocuments(afterID: Int64, through: Int64?, limit: Int) async throws -> [SearchableDocument] {
        try check()
        return stored.values.filter { $0.id > afterID && $0.id <= (through ?? .max) }.sorted { $0.id < $1.id }.prefix(limit)
            .map(Self.searchable)
    }

    func searchablePartitions(_ parts: Int) async throws -> [Int64] {
        try check()
        return []
    }

    private static func searchable(_ document: StoredDocument) -> SearchableDocument {
        SearchableDocument(
            id: document.id, title: document.summary.title, texts: document.blocks.map(\.plainText),
            published: document.summary.published, categoryID: nil, pages: max(document.metrics.pages.count, 1))
    }

    func taggedDocumentIDs(_ tag: String) async throws -> [Int64]? {
        try check()
        let tagged = stored.values.filter { $0.tags.contains(tag) }.map(\.id)
        return tagged.isEmpty ? nil : tagged
    }

    func viewCounts() async throws -> [Int64: Int64] {
        try check()
        return views.mapValues(Int64.init)
    }
}
