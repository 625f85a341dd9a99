/// One term of a query, normalized as searchref's parse() leaves it.
public struct SearchTerm: Hashable, Sendable {
    public var text: String
    public var scalars: [UInt32]
    /// The term starts with a letter or digit (`SearchText.isWord`), so it matches only at a word start.
    public var startsWord: Bool
    /// The term came from quotes.
    public var isPhrase: Bool

    init(scalars: [UInt32], isPhrase: Bool) {
        self.text = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        self.scalars = scalars
        self.startsWord = scalars.first.map(SearchText.isWord) ?? false
        self.isPhrase = isPhrase
    }
}

/// A query parsed exactly as searchref's parse() does (see docs/search.md).
public struct SearchQuery: Hashable, Sendable {
    public static let maximumTerms = 32
    public static let maximumTermLength = 256
    public static let maximumQueryLength = 2_000

    public var required: [SearchTerm]
    public var excluded: [SearchTerm]
    /// More than `maximumTerms` terms, a term longer than `maximumTermLength` scalars, or a query longer
    /// than `maximumQueryLength` scalars: the terms are still exact, but the product may refuse the query.
    public var exceedsLimits: Bool

    /// A query without required terms matches nothing: the product shows a hint.
    public var isEmpty: Bool { required.isEmpty }

    /// searchref's parse(): the normalized query tokenized like `re.finditer(r'(-?)"([^"]*)"|(\S+)', q)`.
    /// A phrase is stripped; a word starting with `-` and longer than that excludes; `"` are dropped from
    /// terms; terms without a letter, digit or CJK character are ignored.
    public static func parse(_ query: String) -> SearchQuery {
        let space: UInt32 = 0x20, quote: UInt32 = 0x22, minus: UInt32 = 0x2D
        var q: [UInt32] = []
        SearchText.appendNormalized(query, to: &q)
        let lastQuote = q.lastIndex(of: quote) ?? -1
        var required: [SearchTerm] = [], excluded: [SearchTerm] = []

        func add(_ term: [UInt32], excluding: Bool, isPhrase: Bool) {
            guard term.contains(where: SearchText.isSearchable) else { return }
            let term = SearchTerm(scalars: term, isPhrase: isPhrase)
            if excluding { excluded.append(term) } else { required.append(term) }
        }

        var position = 0
        while position < q.count {
            if q[position] == space {
                position += 1
                continue
            }
            // (-?)"([^"]*)": a closing quote exists when the last quote of the query lies beyond the opening one.
            let excluding = q[position] == minus && position + 1 < q.count && q[position + 1] == quote
            let open = excluding ? position + 1 : position
            if q[open] == quote, open < lastQuote, let close = q[(open + 1)...].firstIndex(of: quote) {
                // Normalization left no white space but single spaces.
                var phrase = q[(open + 1)..<close]
                if phrase.first == space { phrase.removeFirst() }
                if phrase.last == space { phrase.removeLast() }
                add(Array(phrase), excluding: excluding, isPhrase: true)
                position = close + 1
                continue
            }
            // (\S+)
            let end = q[position...].firstIndex(of: space) ?? q.count
            var word = q[position..<end]
            let excludingWord = word.count > 1 && word.first == minus
            if excludingWord { word.removeFirst() }
            add(word.filter { $0 != quote }, excluding: excludingWord, isPhrase: false)
            position = end
        }

        let terms = required + excluded
        let exceedsLimits = terms.count > maximumTerms || terms.contains { $0.scalars.count > maximumTermLength }
            || query.unicodeScalars.count > maximumQueryLength
        return SearchQuery(required: required, excluded: excluded, exceedsLimits: exceedsLimits)
    }
}

extension SearchQuery {
    /// The query written out so that `parse` gives it back: terms with spaces (and phrases) in quotes,
    /// excluded terms after `-`.
    public var text: String {
        func written(_ term: SearchTerm) -> String { term.isPhrase || term.scalars.contains(0x20) ? "\"\(term.text)\"" : term.text }
        return (required.map(written) + excluded.map { "-" + written($0) }).joined(separator: " ")
    }
}
