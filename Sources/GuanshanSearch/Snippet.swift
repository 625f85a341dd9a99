/// A short stretch of a document around its best match, with the matched terms marked.
public struct Snippet: Sendable, Hashable {
    public struct Fragment: Sendable, Hashable {
        public var text: String
        public var isMatch: Bool
    }

    public var fragments: [Fragment]
    /// Whether text was cut before or after the fragments.
    public var cutBefore: Bool
    public var cutAfter: Bool
    /// Where the first match in the body is: the block, and the character (grapheme) offset in its text,
    /// as page starts count; nil when only the title matches.
    public var firstMatch: Place?

    public struct Place: Sendable, Hashable {
        public var block: Int
        public var offset: Int
    }

    public var plainText: String { fragments.map(\.text).joined() }

    /// The snippet of `blocks` (the text of each body block) for the required terms of `query`:
    /// about `width` characters (scalars) of the block holding the most distinct terms, earliest on ties.
    public static func make<Text: StringProtocol>(blocks: [Text], query: SearchQuery, width: Int = 120) -> Snippet {
        let terms = query.required.map(\.scalars).filter { !$0.isEmpty }
        var firstMatch: Place?
        var best: (block: Int, text: BlockText, matches: [Range<Int>], distinct: Int)?
        var scannedAfterFirst = 0
        for (index, block) in blocks.enumerated() {
            guard mayHold(terms, block) else {
                if firstMatch != nil { scannedAfterFirst += block.utf8.count / 3 }
                if scannedAfterFirst > 20_000 { break }
                continue
            }
            let text = BlockText(String(block))
            var matches: [Range<Int>] = []
            var distinct = 0
            for term in terms {
                let found = text.occurrences(of: term)
                if !found.isEmpty { distinct += 1 }
                matches += found
            }
            guard distinct > 0 else {
                if firstMatch != nil { scannedAfterFirst += block.utf8.count / 3 }
                if scannedAfterFirst > 20_000 { break }
                continue
            }
            matches.sort { $0.lowerBound < $1.lowerBound }
            if firstMatch == nil { firstMatch = Place(block: index, offset: text.characterOffset(ofScalar: matches[0].lowerBound)) }
            if distinct > (best?.distinct ?? 0) { best = (index, text, matches, distinct) }
            if distinct == terms.count { break }
            scannedAfterFirst += block.utf8.count / 3
            if scannedAfterFirst > 20_000 { break }
        }
        guard let best else {
            let lead = BlockText(blocks.first { !$0.isEmpty }.map { String($0) } ?? "")
            let end = min(lead.source.count, width)
            return Snippet(
                fragments: end == 0 ? [] : [Fragment(text: lead.text(0..<end), isMatch: false)],
                cutBefore: false, cutAfter: lead.source.count > width || blocks.count > 1, firstMatch: nil)
        }
        return window(best.text, matches: best.matches, width: width, firstMatch: firstMatch)
    }

    /// False only when no term can occur in `block`: every term starts with a Han character that the
    /// block lacks in either script, and the block has nothing that normalizes into Han (compatibility
    /// ideographs, radicals, enclosed or squared forms). Saves normalizing the blocks before the first match.
    private static func mayHold(_ terms: [[UInt32]], _ block: some StringProtocol) -> Bool {
        let heads = terms.compactMap(\.first)
        guard heads.allSatisfy({ (0x4E00...0x9FFF).contains($0) }) else { return true }
        for scalar in block.unicodeScalars {
            let value = scalar.value
            if heads.contains(ScriptFolding.simplified(value)) { return true }
            switch value {
            case 0x2E80...0x2FDF, 0x3200...0x33FF, 0xF900...0xFAFF, 0x1F200...0x1F2FF, 0x2F800...0x2FA1F: return true
            default: continue
            }
        }
        return false
    }

    private static func window(_ text: BlockText, matches: [Range<Int>], width: Int, firstMatch: Place?) -> Snippet {
        let count = text.source.count
        let lead = min(width / 4, matches[0].lowerBound)
        var start = matches[0].lowerBound - lead
        let end = min(count, start + width)
        start = max(0, min(start, end - width))
        var fragments: [Fragment] = []
        var cursor = start
        var marked: [Range<Int>] = []
        for match in matches where match.upperBound > start && match.lowerBound < end {
            let clipped = max(match.lowerBound, start)..<min(match.upperBound, end)
            if let last = marked.last, clipped.lowerBound < last.upperBound {
                marked[marked.count - 1] = last.lowerBound..<max(last.upperBound, clipped.upperBound)
            } else {
                marked.append(clipped)
            }
        }
        for range in marked {
            if cursor < range.lowerBound {
                fragments.append(Fragment(text: text.text(cursor..<range.lowerBound), isMatch: false))
            }
            fragments.append(Fragment(text: text.text(range), isMatch: true))
            cursor = range.upperBound
        }
        if cursor < end {
            fragments.append(Fragment(text: text.text(cursor..<end), isMatch: false))
        }
        return Snippet(fragments: fragments, cutBefore: start > 0, cutAfter: end < count, firstMatch: firstMatch)
    }
}

/// A block's text as scalars, and its normalized scalars with the scalar each came from.
private struct BlockText {
    let source: [Unicode.Scalar]
    private let scalars: [UInt32]
    private let origins: [Int]

    init(_ text: String) {
        source = Array(text.unicodeScalars)
        (scalars, origins) = SearchText.normalizedWithOrigins(text)
    }

    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: source[range])
        return String(view)
    }

    /// The character (grapheme) offset of scalar `index`.
    func characterOffset(ofScalar index: Int) -> Int {
        text(0..<index).count
    }

    /// The scalar ranges where `term` occurs, by the rule of docs/search.md for where a term may start.
    func occurrences(of term: [UInt32]) -> [Range<Int>] {
        guard term.count <= scalars.count, let head = term.first else { return [] }
        let mustStartWord = SearchText.isWord(head)
        var found: [Range<Int>] = []
        var position = 0
        while position + term.count <= scalars.count {
            if scalars[position] == head,
               !mustStartWord || position == 0 || !SearchText.isWord(scalars[position - 1]),
               scalars[position..<position + term.count].elementsEqual(term) {
                found.append(origins[position]..<end(after: position + term.count - 1))
                position += term.count
            } else {
                position += 1
            }
        }
        return found
    }

    /// Where the stretch of source behind normalized scalar `index` ends.
    private func end(after index: Int) -> Int {
        var next = index + 1
        while next < origins.count && origins[next] <= origins[index] { next += 1 }
        return next < origins.count ? origins[next] : source.count
    }
}
