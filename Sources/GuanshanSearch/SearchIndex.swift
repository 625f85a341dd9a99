import Foundation

/// The full-text index of the library: exact under docs/search.md, ranked, persisted in its folder with the
/// store revision it covers. Queries run concurrently on the version current when they start; updates
/// (`apply`, `replace`, `save`) must come from one caller at a time.
public final class SearchIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var state: IndexState
    private let folder: IndexFolder?

    /// An index kept in memory only.
    public init() {
        state = IndexState()
        folder = nil
    }

    /// Opens the index saved in `directory`. An index that is missing, from an older version or
    /// damaged opens empty at revision 0 (and `loadProblem` says why), so the caller rebuilds it.
    public init(directory: URL) {
        let folder = IndexFolder(url: directory)
        self.folder = folder
        do {
            state = try folder.load() ?? IndexState()
            loadProblem = nil
        } catch {
            state = IndexState()
            loadProblem = String(describing: error)
        }
    }

    public private(set) var loadProblem: String?

    private var current: IndexState { lock.withLock { state } }

    /// The store revision the index covers.
    public var revision: Int64 { current.revision }
    public var documentCount: Int { current.documentCount }
    /// Bytes the index takes on disk.
    public var sizeOnDisk: Int { folder?.size() ?? 0 }

    public func search(_ query: SearchQuery, options: SearchOptions = SearchOptions()) -> SearchResults {
        current.search(query, options: options)
    }

    /// Every matching document id, ascending.
    public func matchingIDs(_ query: SearchQuery, filter: SearchFilter = SearchFilter()) -> [Int64] {
        current.matchingIDs(query, filter: filter)
    }

    /// The query with one character of one term changed that finds the most documents under `filter`
    /// (and how many), when one finds any; only a query whose text `allowed` takes.
    public func suggestion(
        for query: SearchQuery, filter: SearchFilter = SearchFilter(), allowed: (String) -> Bool = { _ in true }
    ) -> (query: SearchQuery, total: Int)? {
        current.suggestion(for: query, filter: filter, allowed: allowed)
    }

    /// The `limit` documents closest in content to `text`, best first, never `text.id` itself.
    public func similar(to text: IndexedText, limit: Int) -> [SearchHit] {
        Similarity(text, parts: current.parts).closest(limit: limit, excluding: text.id)
    }

    /// Indexes new versions of `upserts`, forgets `removals`, and marks the index as covering `revision`.
    public func apply(revision: Int64, upserts: [IndexedText], removals: [Int64]) {
        var next = current
        next.apply(revision: revision, upserts: upserts, removals: removals)
        lock.withLock { state = next }
    }

    /// Puts a freshly built index in place of this one, its parts merged down to `segments` or fewer. The
    /// build is consumed, so that its parts can be let go of as they are merged.
    public func replace(with build: consuming IndexBuild, revision: Int64, segments: Int = 2) {
        var next = IndexState(revision: revision)
        next.parts = build.takeSegments().map(IndexState.Part.init)
        next.compact(limit: segments)
        lock.withLock { state = next }
    }

    /// Writes what is not on disk yet; a no-op for an index kept in memory.
    public func save() throws {
        guard let folder else { return }
        let saved = try folder.save(current)
        lock.withLock { state = saved }
    }
}

/// An index being built from scratch, a batch of documents at a time; batches may be built on
/// several threads (`part(from:)`) and appended in order.
public struct IndexBuild: Sendable {
    /// The index of one batch of documents.
    public struct Part: Sendable {
        let segment: Segment
    }

    var segments: [Segment] = []

    public init() {}

    public static func part(from texts: [IndexedText]) -> Part {
        Part(segment: SegmentBuilder.build(texts))
    }

    public mutating func append(_ part: Part) {
        if part.segment.count > 0 { segments.append(part.segment) }
    }

    public mutating func add(_ texts: [IndexedText]) {
        append(Self.part(from: texts))
    }

    mutating func takeSegments() -> [Segment] {
        defer { segments = [] }
        return segments
    }
}
