internal import GuanshanSearch
public import GuanshanModel
import GuanshanText

/// A document shown at the end of another as close to it in content.
public struct RelatedDocument: Hashable, Sendable {
    public var summary: DocumentSummary
    /// The start of its text.
    public var excerpt: String
}

/// Each document's related documents, kept until the search index moves on, so that reading the last
/// page of a document costs a lookup and not a search. At most `capacity` documents are kept, in two
/// generations: when the newer one is full it becomes the older and the one before goes, and a
/// document found in the older comes back to the newer. A crawler walking every document thus pushes
/// out only what nobody asked for since, where emptying the whole memo at the bound dropped the
/// documents readers were reading with the rest.
actor RelatedMemo {
    private struct Entry {
        var indexRevision: Int64
        var documentRevision: Int
        var related: [RelatedDocument]
    }

    static let capacity = 20_000
    private var newer: [Int64: Entry] = [:]
    private var older: [Int64: Entry] = [:]

    func related(to document: StoredDocument, indexRevision: Int64) -> [RelatedDocument]? {
        guard let entry = newer[document.id] ?? older[document.id], entry.indexRevision == indexRevision,
              entry.documentRevision == document.revision
        else { return nil }
        if newer[document.id] == nil { keep(entry, for: document.id) }
        return entry.related
    }

    func remember(_ related: [RelatedDocument], for document: StoredDocument, indexRevision: Int64) {
        keep(Entry(indexRevision: indexRevision, documentRevision: document.revision, related: related), for: document.id)
    }

    /// How many documents are kept, in both generations.
    var count: Int { newer.count + older.count }

    private func keep(_ entry: Entry, for id: Int64) {
        if newer.count >= Self.capacity / 2 {
            older = newer
            newer = [:]
        }
        newer[id] = entry
    }
}

/// Documents close in content to one, found by the search index; remembered until the index or the
/// document changes.
struct RelatedDocuments: Sendable {
    /// Similar documents asked of the index: more than shown, for those left out as near-duplicates.
    static let candidates = 16

    let search: SearchService
    let store: any DocumentStore
    private let memo = RelatedMemo()

    init(search: SearchService, store: any DocumentStore) {
        self.search = search
        self.store = store
    }

    /// Up to `limit` published documents like `document`, leaving out its near-duplicates.
    func related(to document: StoredDocument) async throws -> [RelatedDocument] {
        let revision = search.index.revision
        if let known = await memo.related(to: document, indexRevision: revision) { return known }
        let text = IndexedText(
            id: document.id, title: document.summary.title, pieces: document.blocks.map(\.plainText),
            published: document.summary.published, categoryID: nil)
        let hits = search.index.similar(to: text, limit: Self.candidates)
        let found = try await store.searchResults(ids: hits.map(\.id))
            .filter { !Fingerprint.areNearDuplicates($0.fingerprint, document.metrics.fingerprint) }
            .prefix(ReadingService.relatedLimit)
            .map { RelatedDocument(summary: $0.summary, excerpt: SyndicationService.excerpt($0.texts, length: 60)) }
        await memo.remember(found, for: document, indexRevision: revision)
        return found
    }
}

extension ReadingService {
    public static let relatedLimit = 5

    /// Documents close in content to `document`; none without a search service.
    public func relatedDocuments(to document: StoredDocument) async throws -> [RelatedDocument] {
        try await related?.related(to: document) ?? []
    }
}
