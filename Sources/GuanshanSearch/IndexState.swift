import Foundation

/// One version of the whole index: its segments, what is deleted from each, and the store revision
/// it covers. Values, so a query runs on the version it started with while updates make the next one.
struct IndexState: Sendable {
    struct Part: Sendable {
        var segment: Segment
        var deleted: DeletedSet
        /// The file the segment is saved in, once saved.
        var file: String?

        var liveCount: Int { segment.count - deleted.count }

        /// A segment with nothing deleted yet.
        init(_ segment: Segment) {
            self.init(segment: segment, deleted: DeletedSet(capacity: segment.count))
        }

        init(segment: Segment, deleted: DeletedSet, file: String? = nil) {
            self.segment = segment
            self.deleted = deleted
            self.file = file
        }
    }

    var revision: Int64 = 0
    var parts: [Part] = []

    var documentCount: Int { parts.reduce(0) { $0 + $1.liveCount } }

    /// Replaces `upserts` (or adds them) and removes `removals`, then merges small segments.
    mutating func apply(revision: Int64, upserts: [IndexedText], removals: [Int64]) {
        for id in upserts.map(\.id) + removals {
            for index in parts.indices {
                if let ordinal = parts[index].segment.ordinal(of: id) {
                    parts[index].deleted.insert(ordinal)
                }
            }
        }
        if !upserts.isEmpty {
            let segment = SegmentBuilder.build(upserts)
            parts.append(Part(segment))
        }
        parts.removeAll { $0.liveCount == 0 }
        while parts.count > 1 {
            let last = parts[parts.count - 1]
            let previous = parts[parts.count - 2]
            guard last.liveCount * 4 >= previous.liveCount || previous.deleted.count * 3 > previous.segment.count,
                  Self.canMerge(previous, last)
            else { break }
            parts.removeLast(2)
            let merged = SegmentMerger.merge(previous, last)
            parts.append(Part(merged))
        }
        self.revision = max(self.revision, revision)
    }

    private static func canMerge(_ first: Part, _ second: Part) -> Bool {
        PostingWriter.fits(first.segment.postings.count + second.segment.postings.count)
    }

    /// Segments merged pairwise, so every byte is copied about log2(segments) times, until there are
    /// at most `limit` (or as few as the 4 GiB limit of a segment's postings allows). Each pair is let go
    /// of once merged, so memory holds about one copy of the index and one merged pair, not two copies.
    mutating func compact(limit: Int = 1) {
        while parts.count > max(limit, 1) {
            let before = parts.count
            var waiting = Array(parts.reversed())
            parts = []
            var merged: [Part] = []
            while let first = waiting.popLast() {
                if let second = waiting.last, Self.canMerge(first, second) {
                    waiting.removeLast()
                    merged.append(Part(SegmentMerger.merge(first, second)))
                } else {
                    merged.append(first)
                }
            }
            parts = merged
            if parts.count == before { break }
        }
    }

    func search(_ query: SearchQuery, options: SearchOptions, parallelWork: Int = parallelWork) -> SearchResults {
        let plans = QueryPlans(query)
        guard !plans.required.isEmpty else { return SearchResults(total: 0, hits: []) }
        let scorer = Scorer(plans: plans, parts: parts)
        let proximityWanted = plans.required.filter { $0.length > 1 }.count > 1
        var top = TopRanked(capacity: options.limit == 0 ? 0 : options.offset + options.limit + (proximityWanted ? 40 : 0))
        var total = 0
        for (index, matches) in matches(of: plans, filter: options.filter, parallelWork: parallelWork).enumerated() {
            total += matches.ordinals.count
            if options.limit > 0 {
                scorer.rank(matches, in: parts[index].segment, partIndex: index, order: options.order, into: &top)
            }
        }
        var ranked = top.sorted
        if proximityWanted {
            ranked = scorer.reranked(ranked, parts: parts)
        }
        let page = ranked.dropFirst(options.offset).prefix(options.limit)
        return SearchResults(
            total: total,
            hits: page.map { SearchHit(id: $0.id, score: $0.score, titleHits: $0.titleHits) })
    }

    /// Every matching id, ascending.
    func matchingIDs(_ query: SearchQuery, filter: SearchFilter = SearchFilter(), parallelWork: Int = parallelWork) -> [Int64] {
        let plans = QueryPlans(query)
        guard !plans.required.isEmpty else { return [] }
        var ids: [Int64] = []
        for (part, matches) in zip(parts, matches(of: plans, filter: filter, parallelWork: parallelWork)) {
            ids += matches.ordinals.map { part.segment.documents.ids[Int($0)] }
        }
        return ids.sorted()
    }

    /// Each segment's matches. A query that reads many posting bytes searches its segments side by
    /// side and, when it checks positions, cuts each into as many ranges of documents as there are cores.
    private func matches(of plans: QueryPlans, filter: SearchFilter, parallelWork: Int) -> [SegmentMatches] {
        let work = parts.reduce(0) { total, part in total + (plans.required + plans.excluded).reduce(0) { $0 + $1.listBytes(in: part.segment) } }
        guard work > parallelWork else {
            return parts.map { $0.segment.matches(of: plans, deleted: $0.deleted, filter: filter) }
        }
        // Cutting a segment pays off only where positions are checked, and only in a segment small
        // enough: a cursor that starts half way must still read the first half of its list to get there.
        let verifies = plans.required.contains { $0.parts.count > 1 || $0.parts.first?.wordStartsOnly == true }
        let tasks = parts.indices.flatMap { part in
            let count = Int32(parts[part].segment.count)
            let pieces = verifies && count <= Self.largestCutSegment ? ProcessInfo.processInfo.activeProcessorCount : 1
            return (0..<pieces).map { piece in
                (part: part, bounds: count * Int32(piece) / Int32(pieces)..<count * Int32(piece + 1) / Int32(pieces))
            }
        }
        let results = SegmentResults(count: tasks.count)
        DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
            let task = tasks[index]
            let part = parts[task.part]
            results.set(index, part.segment.matches(of: plans, deleted: part.deleted, filter: filter, bounds: task.bounds))
        }
        let found = results.values
        return parts.indices.map { part in
            SegmentMatches(joining: tasks.indices.filter { tasks[$0].part == part }.map { found[$0] })
        }
    }

    /// Posting bytes above which a query runs on every core.
    static let parallelWork = 64 << 10
    /// The most documents a segment may have to be cut into ranges for one query (measured: cutting
    /// 17,000-document segments halves the slowest counts; cutting 100,000-document ones slows them).
    static let largestCutSegment: Int32 = 50_000
}

/// Collects per-segment results from concurrent workers, each writing its own slot.
private final class SegmentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [SegmentMatches]

    init(count: Int) {
        slots = Array(repeating: SegmentMatches(), count: count)
    }

    func set(_ index: Int, _ matches: SegmentMatches) {
        lock.withLock { slots[index] = matches }
    }

    var values: [SegmentMatches] { lock.withLock { slots } }
}
