import Foundation

/// BM25 over the matched terms (k1 1.2, b 0.75), computed with statistics of the whole index, and a
/// boost for documents where the terms stand close together.
struct Scorer {
    private static let k1 = 1.2
    private static let b = 0.75

    private let plans: QueryPlans
    private let weights: [Double]
    private let averageLength: Double

    init(plans: QueryPlans, parts: [IndexState.Part]) {
        self.plans = plans
        let documents = max(parts.reduce(0) { $0 + $1.liveCount }, 1)
        let length = parts.reduce(0) { $0 + $1.segment.documents.totalLength }
        let counted = max(parts.reduce(0) { $0 + $1.segment.count }, 1)
        averageLength = max(Double(length) / Double(counted), 1)
        weights = plans.required.map { plan in
            let frequency = Double(parts.reduce(0) { $0 + plan.estimatedFrequency(in: $1.segment) })
            return log(1 + (Double(documents) - frequency + 0.5) / (frequency + 0.5))
        }
    }

    func rank(_ matches: SegmentMatches, in segment: Segment, partIndex: Int, order: SearchOrder, into top: inout TopRanked) {
        let documents = segment.documents
        for slot in matches.ordinals.indices {
            let ordinal = Int(matches.ordinals[slot])
            let norm = Self.k1 * (1 - Self.b + Self.b * Double(documents.lengths[ordinal]) / averageLength)
            var score = 0.0
            for term in weights.indices {
                let count = Double(matches.counts[term][slot])
                score += weights[term] * count * (Self.k1 + 1) / (count + norm)
            }
            let key: Int64 = switch order {
            case .relevance: 0
            case .newest: documents.published[ordinal]
            case .mostRead(let views): views[documents.ids[ordinal]] ?? 0
            }
            top.insert(RankedCandidate(
                key: key, titleHits: Int(matches.titleHits[slot]), score: score, published: documents.published[ordinal],
                id: documents.ids[ordinal], segment: partIndex, ordinal: matches.ordinals[slot]))
        }
    }

    /// Multiplies each score by up to 1.5 as the shortest stretch of text holding every term of two or
    /// more characters shrinks toward the terms' own length.
    func reranked(_ candidates: [RankedCandidate], parts: [IndexState.Part]) -> [RankedCandidate] {
        let positioned = plans.required.filter { $0.length > 1 }
        let ownLength = positioned.reduce(0) { $0 + $1.length }
        var reranked = candidates
        for (partIndex, part) in parts.enumerated() {
            let slots = candidates.indices.filter { candidates[$0].segment == partIndex }
                .sorted { candidates[$0].ordinal < candidates[$1].ordinal }
            guard !slots.isEmpty else { continue }
            let ordinals = slots.map { candidates[$0].ordinal }
            let perTerm = positioned.map { part.segment.positions(of: $0, ordinals: ordinals) }
            for (row, slot) in slots.enumerated() {
                if let span = Self.shortestSpan(perTerm.map { $0[row] }) {
                    let slack = Double(max(span - ownLength, 0))
                    reranked[slot].score *= 1 + 0.5 / (1 + slack / 10)
                }
            }
        }
        return reranked.sorted { $0.ranks(above: $1) }
    }

    /// The length of the shortest window holding one start from each list, plus the last term's length
    /// left out (close enough for ranking); nil when a list is empty.
    static func shortestSpan(_ lists: [[UInt32]]) -> Int? {
        guard lists.count > 1, lists.allSatisfy({ !$0.isEmpty }) else { return nil }
        let events = lists.enumerated().flatMap { term, list in list.map { (position: Int($0), term: term) } }
            .sorted { $0.position < $1.position }
        var seen = [Int](repeating: 0, count: lists.count)
        var covered = 0
        var best = Int.max
        var low = 0
        for event in events {
            if seen[event.term] == 0 { covered += 1 }
            seen[event.term] += 1
            while covered == lists.count {
                best = min(best, event.position - events[low].position)
                seen[events[low].term] -= 1
                if seen[events[low].term] == 0 { covered -= 1 }
                low += 1
            }
        }
        return best
    }
}
