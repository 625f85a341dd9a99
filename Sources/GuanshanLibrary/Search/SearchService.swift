import Foundation
internal import GuanshanSearch
public import GuanshanModel

/// The search index, kept in step with the store (catching up on the change log, rebuilding, saving),
/// and the queries it answers. Queries read `index` directly; every update goes through here, one at a time.
public final class SearchService: Sendable {
    public typealias Store = DocumentStore & ChangeLogStore

    let index: SearchIndex
    let store: any Store
    /// The sensitive-word lists: a query holding a word of the block list finds nothing.
    let words: SensitiveWords?
    /// The view counts that sorting by views reads.
    let views = ViewsSnapshot()
    private let gate = SerialGate()
    private let progress = Progress()

    /// Changes applied since the index was last saved, and when that was.
    private actor Progress {
        var unsaved = 0
        var savedAt = Date()

        func add(_ count: Int) { unsaved += count }
        func saved() { unsaved = 0; savedAt = Date() }
        func wantsSave() -> Bool { unsaved >= 500 || (unsaved > 0 && Date().timeIntervalSince(savedAt) > 30) }
    }

    /// Why the saved index could not be read at the start (it then starts empty and is rebuilt); nil
    /// when it was read or there was none.
    public var loadProblem: String? { index.loadProblem }

    init(index: SearchIndex, store: any Store, words: SensitiveWords?) {
        self.index = index
        self.store = store
        self.words = words
    }

    /// Search over `store` with an index in memory, built from the change log at the first `catchUp`.
    public convenience init(store: any Store) {
        self.init(index: SearchIndex(), store: store, words: nil)
    }

    /// Applies every change the store has that the index lacks; rebuilds instead when the index is
    /// empty, far behind, or ahead of the store. Returns the number of documents indexed or removed.
    @discardableResult
    public func catchUp() async throws -> Int {
        try await gate.run { [self] in
            let newest = try await store.revision()
            guard newest != index.revision else { return 0 }
            // A log behind the index is another log: a restored library, or a replica promoted without
            // the last writes.
            if newest < index.revision || index.revision == 0 {
                return try await rebuildNow(mustSave: false).documents
            }
            // The log holds at least one row for each changed document, so counting them (a scan of the
            // log) is needed only when the log itself has moved that far.
            let far = max(5_000, index.documentCount / 2)
            if newest - index.revision > Int64(far), try await store.changedDocumentCount(after: index.revision) > far {
                return try await rebuildNow(mustSave: false).documents
            }
            var applied = 0
            while true {
                let changes = try await store.changes(after: index.revision, limit: 2_000)
                index.apply(
                    revision: changes.revision, upserts: changes.published.map(Self.indexedText), removals: changes.removed)
                applied += changes.published.count + changes.removed.count
                if changes.isComplete { break }
            }
            await progress.add(applied)
            // The changes are in the index that queries read; saving it only spares the next start a replay
            // of the change log. So a save that fails (a full disk) must not fail the write that called us,
            // which is saved already: the changes stay unsaved, and the follow service's `saveIfDue` tries
            // again each second and logs why it cannot.
            if await progress.wantsSave() { try? saveNow() }
            return applied
        }
    }

    /// Documents changed in the store that the index has not taken in yet.
    public func documentsBehind() async throws -> Int {
        try await store.changedDocumentCount(after: index.revision)
    }

    /// Builds the index anew from every published document, then saves it.
    public func rebuild() async throws -> RebuildReport {
        try await gate.run { [self] in try await rebuildNow(mustSave: true) }
    }

    /// Writes what is not saved yet.
    public func save() async throws {
        try await gate.run { [self] in try saveNow() }
    }

    /// Saves if enough has changed since the last save.
    public func saveIfDue() async throws {
        try await gate.run { [self] in
            if await progress.wantsSave() { try saveNow() }
        }
    }

    private func saveNow() throws {
        try index.save()
        Task { await progress.saved() }
    }

    /// Builds the index from the store; without `mustSave`, as part of `catchUp`, a save that fails is
    /// left to the follow service, as there.
    private func rebuildNow(mustSave: Bool) async throws -> RebuildReport {
        let started = ContinuousClock.now
        let revision = try await store.revision()
        let boundaries = try await store.searchablePartitions(ProcessInfo.processInfo.activeProcessorCount)
        let ranges = zip([0] + boundaries, boundaries.map(Optional.some) + [nil])
        // Each run of ids is read and indexed by its own task, side by side on the machine's cores.
        var runs = try await withThrowingTaskGroup(of: (run: Int, parts: [IndexBuild.Part], documents: Int).self) { group in
            for (run, (after, through)) in ranges.enumerated() {
                group.addTask { [store] in
                    let (parts, documents) = try await Self.build(store: store, after: after, through: through)
                    return (run, parts, documents)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.run < $1.run }
        }
        let documents = runs.reduce(0) { $0 + $1.documents }
        var build = IndexBuild()
        for run in runs.indices {
            for part in runs[run].parts { build.append(part) }
            // The build holds the parts now: none is kept twice while they are merged.
            runs[run].parts = []
        }
        index.replace(with: consume build, revision: revision)
        do {
            try saveNow()
        } catch {
            if mustSave { throw error }
            await progress.add(max(documents, 1))
        }
        return RebuildReport(documents: documents, seconds: started.duration(to: .now).seconds, bytes: index.sizeOnDisk)
    }

    /// Indexes the published documents with ids in `after...through`, about 30 MB of text a part.
    private static func build(store: any Store, after: Int64, through: Int64?) async throws -> ([IndexBuild.Part], Int) {
        var parts: [IndexBuild.Part] = []
        var texts: [IndexedText] = []
        var bytes = 0
        var documents = 0
        var afterID = after
        while true {
            let page = try await store.searchableDocuments(afterID: afterID, through: through, limit: 1_000)
            guard let last = page.last else { break }
            afterID = last.id
            documents += page.count
            for document in page {
                bytes += document.texts.reduce(document.title.utf8.count) { $0 + $1.utf8.count }
                texts.append(indexedText(document))
            }
            if bytes >= 30_000_000 {
                parts.append(IndexBuild.part(from: texts))
                texts = []
                bytes = 0
            }
        }
        if !texts.isEmpty { parts.append(IndexBuild.part(from: texts)) }
        return (parts, documents)
    }

    static func indexedText(_ document: SearchableDocument) -> IndexedText {
        IndexedText(
            id: document.id, title: document.title, pieces: document.texts,
            published: document.published, categoryID: document.categoryID, pages: document.pages)
    }
}

public struct RebuildReport: Sendable {
    public var documents: Int
    public var seconds: Double
    /// The index's size on disk.
    public var bytes: Int
}

extension Duration {
    /// The duration in seconds, as a floating-point number for reports.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
