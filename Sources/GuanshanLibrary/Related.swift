internal import GuanshanSearch
internal import GuanshanStore
public import GuanshanModel
import GuanshanText

/// A document shown at the end of another as close to it in content.
public struct RelatedDocument: Hashable, Sendable {
    public var summary: DocumentSummary
    /// The start of its text.
    public var excerpt: String
}

/// Each document's related documents, kept until the search index moves on, so that reading the last
/// page of a document costs a lookup and not a search. At most `capacity` documents are kept.
actor RelatedMemo {
    private struct Entry {
        var indexRevision: Int64
        var documentRevision: Int
        var related: [RelatedDocument]
    }

    static let capacity = 20_000
    private var entries: [Int64: Entry] = [:]

    func related(to document: StoredDocument, indexRevision: Int64) -> [RelatedDocument]? {
        guard let entry = entries[document.id], entry.indexRevision == indexRevision, entry.documentRevision == document.revision
        else { return nil }
        return entry.related
    }

    func remember(_ related: [RelatedDocument], for document: StoredDocument, indexRevision: Int64) {
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[document.id] = Entry(indexRevision: indexRevision, documentRevision: document.revision, related: related)
    }
}

extension Library {
    public static let relatedLimit = 5
    /// Candidates read for each document shown, so that near-duplicates and unpublished ones can be left out.
    static let relatedCandidates = 16

    /// The published documents closest in content to `document` (by the search index), never itself
    /// nor one whose text is a near-duplicate of its text, best first.
    public func relatedDocuments(to document: StoredDocument) async throws -> [RelatedDocument] {
        let revision = search.index.revision
        if let known = await related.related(to: document, indexRevision: revision) { return known }
        let text = IndexedText(
            id: document.id, title: document.summary.title, pieces: document.blocks.map(\.plainText),
            published: document.summary.published, categoryID: nil)
        let hits = search.index.similar(to: text, limit: Self.relatedCandidates)
        let found = try await store.searchResults(ids: hits.map(\.id))
            .filter { !Fingerprint.areNearDuplicates($0.fingerprint, document.metrics.fingerprint) }
            .prefix(Self.relatedLimit)
            .map { RelatedDocument(summary: $0.summary, excerpt: Self.excerpt($0.texts, length: 60)) }
        await related.remember(found, for: document, indexRevision: revision)
        return found
    }
}
