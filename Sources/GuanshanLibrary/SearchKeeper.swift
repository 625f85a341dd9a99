import Foundation
import GuanshanSearch
import GuanshanStore

/// Keeps the search index in step with the store: catching up on the change log, rebuilding, saving.
/// Queries read `index` directly; every update goes through here, one at a time.
public final class SearchKeeper: Sendable {
    public let index: SearchIndex
    private let store: any Store
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

    init(index: SearchIndex, store: any Store) {
        self.index = index
        self.store = store
    }

    /// Applies every change the store has that the index lacks; rebuilds instead when the index is
    /// empty or far behind. Returns the number of documents indexed or removed.
    @discardableResult
    public func catchUp() async throws -> Int {
        try await gate.run { [self] in
            let newest = try await store.revision()
            guard newest > index.revision else { return 0 }
            if index.revision == 0 || newest - index.revision > max(5_000, Int64(index.documentCount / 2)) {
                return try await rebuildNow().documents
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
            if await progress.wantsSave() { try saveNow() }
            return applied
        }
    }

    /// Builds the index anew from every published document, then saves it.
    public func rebuild() async throws -> RebuildReport {
        try await gate.run { [self] in try await rebuildNow() }
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

    private func rebuildNow() async throws -> RebuildReport {
        let started = Date()
        let revision = try await store.revision()
        var build = IndexBuild()
        var pending: [Task<IndexBuild.Part, Never>] = []
        var batch: [SearchableDocument] = []
        var batchBytes = 0
        var documents = 0
        var afterID: Int64 = 0
        // Parts are built on other threads while the store is read; two at a time keeps memory bounded.
        func flush() async {
            guard !batch.isEmpty else { return }
            let texts = batch
            batch = []
            batchBytes = 0
            pending.append(Task.detached { IndexBuild.part(from: texts.map(Self.indexedText)) })
            if pending.count >= 2 { build.append(await pending.removeFirst().value) }
        }
        while true {
            let page = try await store.searchableDocuments(afterID: afterID, limit: 1_000)
            guard let last = page.last else { break }
            afterID = last.id
            documents += page.count
            for document in page {
                batch.append(document)
                batchBytes += document.blocks.reduce(document.title.utf8.count) { $0 + $1.plainText.utf8.count }
            }
            if batchBytes >= 12_000_000 { await flush() }
        }
        await flush()
        for task in pending { build.append(await task.value) }
        index.replace(with: build, revision: revision)
        try saveNow()
        return RebuildReport(documents: documents, seconds: Date().timeIntervalSince(started), bytes: index.sizeOnDisk)
    }

    static func indexedText(_ document: SearchableDocument) -> IndexedText {
        IndexedText(
            id: document.id, title: document.title, pieces: document.blocks.map(\.plainText),
            published: document.published, categoryID: document.categoryID)
    }
}

public struct RebuildReport: Sendable {
    public var documents: Int
    public var seconds: Double
    /// The index's size on disk.
    public var bytes: Int
}
