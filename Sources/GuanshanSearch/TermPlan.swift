/// The keys that prove where a term occurs. One character: its unigram. Two or more: bigrams at
/// offsets 0, 2, 4… and the last pair, which together cover every character; the term occurs at p
/// exactly when each of them occurs at p + its offset. A term that starts with a letter or digit
/// reads the word-start variant of its unigram, or only the word-start positions of its first bigram.
struct TermPlan {
    struct Part {
        var key: UInt64
        var offset: UInt32
        var wordStartsOnly = false
    }

    let length: Int
    let parts: [Part]

    init(_ term: SearchTerm) {
        let scalars = term.scalars
        length = scalars.count
        let wordStart = term.startsWord
        guard scalars.count > 1 else {
            parts = scalars.first.map { [Part(key: GramKey.unigram($0, wordStart: wordStart), offset: 0)] } ?? []
            return
        }
        var offsets = Array(stride(from: 0, to: scalars.count - 1, by: 2))
        if offsets.last != scalars.count - 2 { offsets.append(scalars.count - 2) }
        parts = offsets.map { offset in
            Part(key: GramKey.bigram(scalars[offset], scalars[offset + 1]), offset: UInt32(offset),
                 wordStartsOnly: wordStart && offset == 0)
        }
    }

    /// The posting bytes the plan reads in `segment`, at most.
    func listBytes(in segment: Segment) -> Int {
        parts.reduce(0) { total, part in
            total + (segment.list(part.key)?.count ?? 0)
        }
    }

    /// No document can hold more matches than its rarest key's list: an upper bound for ranking and planning.
    func estimatedFrequency(in segment: Segment) -> Int {
        parts.map { segment.frequency(of: $0.key) }.min() ?? 0
    }
}
