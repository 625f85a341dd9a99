import Foundation

/// "More like this": the documents whose text is closest to a given one, found through the index.
/// The given text's most telling pairs of characters (tf-idf over its bigrams of letters, digits and
/// CJK characters; title pairs count three times) become a weighted query, and every document that
/// holds any of them is scored by BM25 over those pairs.
struct Similarity {
    private static let k1 = 1.2
    private static let b = 0.75
    /// Pairs of the text kept as the query.
    static let termLimit = 32
    /// A pair in more than this share of the documents (and more than `fewDocuments`) says nothing of
    /// what a text is about; in a small library idf alone weighs them.
    static let commonShare = 0.1
    static let fewDocuments = 20.0

    private struct Term {
        var key: UInt64
        var weight: Double
    }

    private let parts: [IndexState.Part]
    private let terms: [Term]
    private let averageLength: Double

    init(_ text: IndexedText, parts: [IndexState.Part]) {
        self.parts = parts
        let documents = max(parts.reduce(0) { $0 + $1.liveCount }, 1)
        let length = parts.reduce(0) { $0 + $1.segment.documents.totalLength }
        averageLength = max(Double(length) / Double(max(parts.reduce(0) { $0 + $1.segment.count }, 1)), 1)
        var counts: [UInt64: Int] = [:]
        let scalars = text.scalars
        for position in scalars.indices.dropLast()
        where SearchText.isSearchable(scalars[position]) && SearchText.isSearchable(scalars[position + 1]) {
            counts[GramKey.bigram(scalars[position], scalars[position + 1]), default: 0] += position + 1 < text.titleLength ? 3 : 1
        }
        let common = max(Double(documents) * Self.commonShare, Self.fewDocuments)
        let weighted = counts.compactMap { key, count -> Term? in
            let frequency = Double(parts.reduce(0) { $0 + $1.segment.frequency(of: key) })
            // Held by this text alone (or only by it in the index), or by too many to tell texts apart.
            guard frequency >= 2, frequency <= common else { return nil }
            let idf = log(1 + (Double(documents) - frequency + 0.5) / (frequency + 0.5))
            return Term(key: key, weight: (1 + log(Double(count))) * idf)
        }
        terms = Array(weighted.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }.prefix(Self.termLimit))
    }

    /// The `limit` best-scoring documents other than `excluding`, best first.
    func closest(limit: Int, excluding: Int64) -> [SearchHit] {
        guard !terms.isEmpty, limit > 0 else { return [] }
        var top = TopRanked(capacity: limit)
        for (partIndex, part) in parts.enumerated() {
            let segment = part.segment
            var scores = [Double](repeating: 0, count: segment.count)
            segment.postings.withUnsafeBufferPointer { buffer in
                guard let bytes = buffer.baseAddress else { return }
                for term in terms {
                    guard let range = segment.list(term.key) else { continue }
                    var cursor = segment.cursor(over: range, key: term.key, bytes: bytes)
                    while cursor.next() {
                        let ordinal = Int(cursor.ordinal)
                        let norm = Self.k1 * (1 - Self.b + Self.b * Double(segment.documents.lengths[ordinal]) / averageLength)
                        let count = Double(cursor.count)
                        scores[ordinal] += term.weight * count * (Self.k1 + 1) / (count + norm)
                    }
                }
            }
            for ordinal in scores.indices where scores[ordinal] > 0 {
                let id = segment.documents.ids[ordinal]
                guard id != excluding, !part.deleted.contains(Int32(ordinal)) else { continue }
                top.insert(RankedCandidate(
                    key: 0, titleHits: 0, score: scores[ordinal], published: segment.documents.published[ordinal],
                    id: id, segment: partIndex, ordinal: Int32(ordinal)))
            }
        }
        return top.sorted.map { SearchHit(id: $0.id, score: $0.score, titleHits: 0) }
    }
}
