/// The documents of one segment that match a whole query, with each required term's counts.
struct SegmentMatches {
    var ordinals: [Int32] = []
    /// Per required term (in the query's order), aligned with `ordinals`.
    var counts: [[UInt32]] = []
    /// How many required terms each document has in its title.
    var titleHits: [UInt8] = []

    /// The matches of consecutive ordinal ranges, as one.
    init(joining pieces: [SegmentMatches]) {
        let terms = pieces.map(\.counts.count).max() ?? 0
        counts = Array(repeating: [], count: terms)
        for piece in pieces where !piece.ordinals.isEmpty {
            ordinals += piece.ordinals
            titleHits += piece.titleHits
            for term in 0..<terms { counts[term] += piece.counts[term] }
        }
    }

    init(ordinals: [Int32] = [], counts: [[UInt32]] = [], titleHits: [UInt8] = []) {
        self.ordinals = ordinals
        self.counts = counts
        self.titleHits = titleHits
    }
}

extension Segment {
    /// The matches among the documents `bounds` (all of them by default).
    func matches(of plans: QueryPlans, deleted: DeletedSet, filter: SearchFilter, bounds: Range<Int32>? = nil) -> SegmentMatches {
        let bounds = bounds ?? 0..<Int32(count)
        return postings.withUnsafeBufferPointer { buffer -> SegmentMatches in
            guard let bytes = buffer.baseAddress, !plans.required.isEmpty else { return SegmentMatches() }
            let order = plans.required.indices.sorted {
                plans.required[$0].estimatedFrequency(in: self) < plans.required[$1].estimatedFrequency(in: self)
            }
            var perTerm = [TermHits](repeating: TermHits(), count: plans.required.count)
            var ordinals: [Int32]? = nil
            for index in order {
                var hits = self.hits(of: plans.required[index], within: ordinals, bounds: bounds, bytes: bytes)
                if ordinals == nil && (deleted.count > 0 || !filter.isEmpty) {
                    hits = Self.keeping(hits) { ordinal in
                        !deleted.contains(ordinal) && filter.admits(self.documents, ordinal: Int(ordinal))
                    }
                }
                perTerm[index] = hits
                ordinals = hits.ordinals
                if hits.ordinals.isEmpty { return SegmentMatches() }
            }
            var final = ordinals ?? []
            for plan in plans.excluded where !final.isEmpty {
                let excluded = self.hits(of: plan, within: final, bounds: bounds, bytes: bytes).ordinals
                final = Self.subtracting(excluded, from: final)
            }
            var result = SegmentMatches(ordinals: final, counts: [], titleHits: Array(repeating: 0, count: final.count))
            for hits in perTerm {
                let kept = Self.aligned(hits, to: final)
                result.counts.append(kept.counts)
                for (slot, inTitle) in kept.inTitle.enumerated() where inTitle {
                    result.titleHits[slot] += 1
                }
            }
            return result
        }
    }

    /// `hits` cut down to `ordinals`, an ascending subset of its own.
    private static func aligned(_ hits: TermHits, to ordinals: [Int32]) -> TermHits {
        if hits.ordinals.count == ordinals.count { return hits }
        var kept = TermHits()
        var slot = 0
        for ordinal in ordinals {
            while hits.ordinals[slot] < ordinal { slot += 1 }
            kept.append(ordinal, count: hits.counts[slot], inTitle: hits.inTitle[slot])
        }
        return kept
    }

    /// `ordinals` without `removed`; both ascending.
    private static func subtracting(_ removed: [Int32], from ordinals: [Int32]) -> [Int32] {
        guard !removed.isEmpty else { return ordinals }
        var result: [Int32] = []
        result.reserveCapacity(ordinals.count - removed.count)
        var slot = 0
        for ordinal in ordinals {
            while slot < removed.count && removed[slot] < ordinal { slot += 1 }
            if slot < removed.count && removed[slot] == ordinal { continue }
            result.append(ordinal)
        }
        return result
    }

    private static func keeping(_ hits: TermHits, _ keep: (Int32) -> Bool) -> TermHits {
        var kept = TermHits()
        for slot in hits.ordinals.indices where keep(hits.ordinals[slot]) {
            kept.append(hits.ordinals[slot], count: hits.counts[slot], inTitle: hits.inTitle[slot])
        }
        return kept
    }
}

/// A parsed query turned into key plans once, for every segment.
struct QueryPlans {
    let required: [TermPlan]
    let excluded: [TermPlan]

    init(_ query: SearchQuery) {
        required = query.required.map(TermPlan.init)
        excluded = query.excluded.map(TermPlan.init)
    }
}
