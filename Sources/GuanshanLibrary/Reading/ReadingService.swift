import Foundation
public import GuanshanModel

/// What readers do: read pages and whole documents, browse lists, download, keep favorites and history.
/// Over published documents and each reader's own marks, nothing else of the store.
public struct ReadingService: Sendable {
    public typealias Store = DocumentStore & PersonalStore

    let store: any Store
    /// Where the originals' bytes are; without it, no original is offered for download.
    let originals: (any OriginalStorage)?
    /// Images of the originals' pages; without it, none are shown.
    let previews: PagePreviews?
    /// View counts kept in memory until `flushPendingWrites`.
    public let views: ViewCounter
    let readings: ReadingRecorder
    /// Without a search service, a document ends without related documents.
    let related: RelatedDocuments?
    /// The sensitive-word lists: what readers are given (pages, lists, downloads) has the words of the mask
    /// and block lists in ＊. Without them, nothing is masked.
    let words: SensitiveWords?
    let now: @Sendable () -> Date

    /// Reading over `store`, with originals from `originals` and related documents found by `search` when
    /// they are given: the site's tests run the reading pages over a store of their own this way.
    public init(
        store: any Store, originals: (any OriginalStorage)? = nil, previews: PagePreviews? = nil, search: SearchService? = nil,
        words: SensitiveWords? = nil, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.words = words
        self.store = store
        self.originals = originals
        self.previews = previews
        self.views = ViewCounter(store: store)
        self.readings = ReadingRecorder(store: store)
        self.related = search.map { RelatedDocuments(search: $0, store: store) }
        self.now = now
    }

    /// The lists to mask what readers are given with.
    func lists() async throws -> WordLists {
        try await words?.current() ?? .empty
    }

    /// Writes the view counts (to `day`'s total too, `2026-11-29`) and reading marks kept in memory.
    public func flushPendingWrites(day: String) async throws {
        try await views.flush(day: day)
        try await readings.flush()
    }
}
