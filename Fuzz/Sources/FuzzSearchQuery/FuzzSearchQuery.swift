import GuanshanSearch

/// Any text as a search box's query. Normalizing twice must change nothing; every term must be
/// normalized, searchable and as the tokenizer promises (a word has no space or quote, a phrase no
/// quote and no space at its ends); and the query written back from its terms must parse to the same
/// terms.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchQuery(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let normalized = SearchText.normalize(text)
    require(SearchText.normalize(normalized) == normalized, "normalize is not idempotent on \(text.debugDescription)")

    let query = SearchQuery.parse(text)
    let terms = query.required + query.excluded
    for term in terms {
        let scalars = term.text.unicodeScalars.map(\.value)
        require(!term.scalars.isEmpty && scalars == term.scalars, "term \(term.text.debugDescription) of \(text.debugDescription)")
        require(term.scalars.contains(where: SearchText.isSearchable), "unsearchable term \(term.text.debugDescription)")
        require(!term.scalars.contains(0x22), "quote in term \(term.text.debugDescription)")
        require(term.startsWord == SearchText.isWord(term.scalars[0]), "startsWord of \(term.text.debugDescription)")
        require(SearchText.normalize(term.text) == term.text, "term \(term.text.debugDescription) is not normalized")
        if term.isPhrase {
            require(term.scalars.first != 0x20 && term.scalars.last != 0x20, "phrase \(term.text.debugDescription) has a space at an end")
        } else {
            require(!term.scalars.contains(0x20), "word \(term.text.debugDescription) has a space")
        }
    }
    let exceeds = terms.count > SearchQuery.maximumTerms
        || terms.contains { $0.scalars.count > SearchQuery.maximumTermLength }
        || text.unicodeScalars.count > SearchQuery.maximumQueryLength
    require(query.exceedsLimits == exceeds, "exceedsLimits of \(text.debugDescription)")
    require(query.isEmpty == query.required.isEmpty, "isEmpty")

    // The terms written back: words bare (in quotes when a `-` would make them exclude), phrases in quotes.
    func written(_ term: SearchTerm, excluding: Bool) -> String {
        let quoted = term.isPhrase || (!excluding && term.text.hasPrefix("-"))
        return (excluding ? "-" : "") + (quoted ? "\"\(term.text)\"" : term.text)
    }
    let rewritten = (query.required.map { written($0, excluding: false) } + query.excluded.map { written($0, excluding: true) })
        .joined(separator: " ")
    let again = SearchQuery.parse(rewritten)
    require(again.required.map(\.scalars) == query.required.map(\.scalars)
            && again.excluded.map(\.scalars) == query.excluded.map(\.scalars),
            "\(text.debugDescription) written back as \(rewritten.debugDescription) parses to other terms")
    return 0
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
