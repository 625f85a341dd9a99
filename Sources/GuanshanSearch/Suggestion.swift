/// "Did you mean": the query with one character of one required term changed that finds the most
/// documents. The first character of a term is kept, as spelling checkers do (Lucene's minimum prefix of
/// one): what may follow a character is a range of the index's keys, what may come before one would be a
/// walk over all of them. A CJK term has one CJK character after its first replaced by one the index has
/// after the character before it; a Latin word of three or more letters has a letter after its first
/// replaced, inserted or deleted, or two such neighbours swapped. The likeliest variants, by how often
/// their keys occur, are counted exactly.
///
/// Any visitor can send a query that finds nothing, so the work is bounded whatever the query: only
/// queries of a few terms of ordinary lengths are looked at, and at most `suggestionCandidates`
/// variants are weighed.
extension IndexState {
    /// Variants counted exactly per query, at most.
    static let suggestionTries = 24
    /// Variants weighed by their keys per query, at most.
    static let suggestionCandidates = 2_000
    static let suggestedTerms = 1...4
    static let suggestedCJKLengths = 2...12
    static let suggestedWordLengths = 3...24

    func suggestion(for query: SearchQuery, filter: SearchFilter, allowed: (String) -> Bool) -> (query: SearchQuery, total: Int)? {
        guard Self.suggestedTerms.contains(query.required.count), query.excluded.count <= Self.suggestedTerms.upperBound else {
            return nil
        }
        var budget = Self.suggestionCandidates
        let variants = query.required.indices.flatMap { index in
            termVariants(of: query.required[index], budget: &budget).map { (index: index, term: $0.term, weight: $0.weight) }
        }
        // On a tie the longer variant wins: `kernl` finds as much as `kerne` and `kernel`, which it meant.
        var best: (query: SearchQuery, total: Int, length: Int)?
        for variant in variants.sorted(by: { $0.weight > $1.weight }).prefix(Self.suggestionTries) {
            var changed = query
            changed.required[variant.index] = variant.term
            guard allowed(changed.text) else { continue }
            let total = search(changed, options: SearchOptions(filter: filter, limit: 0)).total
            let length = variant.term.scalars.count
            if total > (best?.total ?? 0) || (total > 0 && total == best?.total && length > best?.length ?? 0) {
                best = (changed, total, length)
            }
        }
        return best.map { ($0.query, $0.total) }
    }

    /// The term's one-character variants that occur in the index, each with the bytes of its rarest key's
    /// lists: a bound on how often it occurs.
    private func termVariants(of term: SearchTerm, budget: inout Int) -> [(term: SearchTerm, weight: Int)] {
        let candidates = (term.startsWord ? Self.latinVariants(of: term) : cjkVariants(of: term)).prefix(max(budget, 0))
        budget -= candidates.count
        return candidates.compactMap { scalars in
            let variant = SearchTerm(scalars: scalars, isPhrase: term.isPhrase)
            let plan = TermPlan(variant)
            let weight = parts.reduce(0) { total, part in
                total + (plan.parts.map { part.segment.list($0.key)?.count ?? 0 }.min() ?? 0)
            }
            return weight > 0 ? (variant, weight) : nil
        }
    }

    private static func latinVariants(of term: SearchTerm) -> [[UInt32]] {
        let word = term.scalars
        let letters = Array(UInt32(0x61)...UInt32(0x7A))
        guard suggestedWordLengths.contains(word.count), !term.isPhrase, word.allSatisfy({ letters.contains($0) }) else { return [] }
        var variants: [[UInt32]] = []
        for position in word.indices.dropFirst() {
            var deleted = word
            deleted.remove(at: position)
            variants.append(deleted)
            if position + 1 < word.count, word[position] != word[position + 1] {
                variants.append(word.swapping(position, position + 1))
            }
            for letter in letters where letter != word[position] {
                var replaced = word
                replaced[position] = letter
                variants.append(replaced)
            }
        }
        for position in 1...word.count {
            for letter in letters {
                var inserted = word
                inserted.insert(letter, at: position)
                variants.append(inserted)
            }
        }
        var seen: Set<[UInt32]> = [word]
        return variants.filter { seen.insert($0).inserted }
    }

    /// Replacements of each CJK character but the first by a CJK character that the index has after the
    /// one before it.
    private func cjkVariants(of term: SearchTerm) -> [[UInt32]] {
        let text = term.scalars
        guard Self.suggestedCJKLengths.contains(text.count), text.first.map(SearchText.isCJK) == true else { return [] }
        var variants: [[UInt32]] = []
        for position in text.indices.dropFirst() where SearchText.isCJK(text[position]) {
            for replacement in successors(of: text[position - 1]).sorted() where replacement != text[position] && SearchText.isCJK(replacement) {
                var changed = text
                changed[position] = replacement
                variants.append(changed)
                if variants.count >= Self.suggestionCandidates { return variants }
            }
        }
        return variants
    }

    /// The characters the index has right after `scalar`.
    private func successors(of scalar: UInt32) -> Set<UInt32> {
        var found: Set<UInt32> = []
        let first = GramKey.bigram(scalar, 0)
        for part in parts {
            part.segment.directory.forEach(in: first...(first | 0x1F_FFFF)) { key, _ in
                found.insert(UInt32(truncatingIfNeeded: key) & 0x1F_FFFF)
            }
        }
        return found
    }
}

extension Array {
    fileprivate func swapping(_ first: Int, _ second: Int) -> [Element] {
        var swapped = self
        swapped.swapAt(first, second)
        return swapped
    }
}
