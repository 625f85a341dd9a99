/// Finds every occurrence of a list of words in a text in one pass over it, whatever the length of the
/// list: an Aho–Corasick automaton over folded scalars (`WordFolding`). Where a word occurs is
/// docs/sensitive-words.md's rule, which Tests/oracles/word_match.py writes out by brute force: folded
/// scalars equal, skipped scalars between them ignored (`敏 感`, `敏.感`), a word of ASCII letters or
/// digits at its ends not inside a longer one (`ass` is not in `class`).
public final class WordMatcher: Sendable {
    public struct Match: Hashable, Sendable {
        /// The word's index in the list the matcher was made from.
        public let word: Int
        /// Where it is, as offsets among the text's Unicode scalars.
        public let scalars: Range<Int>
    }

    private let folding = WordFolding.shared
    /// The state after the root on each scalar below U+10000 (0 when none: the root itself).
    private let rootNext: [Int32]
    private let rootWide: [UInt32: Int32]
    /// The edges of the other states, in an open-addressing table keyed by state and scalar.
    private let edges: EdgeTable
    private let fail: [Int32]
    private let depth: [Int32]
    /// The words ending at state s are `words[wordStart[s]..<wordStart[s + 1]]`.
    private let wordStart: [Int32]
    private let words: [Int32]
    /// The nearest state down the failure links with words of its own; 0 for none.
    private let outputLink: [Int32]
    /// Whether any word ends at the state, its own or down the failure links.
    private let reports: [Bool]
    /// Per word: whether it begins, and whether it ends, with an ASCII letter or digit.
    private let startsASCII: [Bool]
    private let endsASCII: [Bool]
    /// The longest folded word.
    private let longest: Int

    /// Words that fold to nothing (punctuation only) are never found.
    public init(words list: [String]) {
        var children: [[UInt32: Int32]] = [[:]]
        var ending: [[Int32]] = [[]]
        var depth: [Int32] = [0]
        var startsASCII: [Bool] = [], endsASCII: [Bool] = []
        var longest = 0
        for (index, word) in list.enumerated() {
            let folded = WordFolding.shared.folded(word)
            startsASCII.append(folded.first.map(Self.isASCIIAlphanumeric) ?? false)
            endsASCII.append(folded.last.map(Self.isASCIIAlphanumeric) ?? false)
            guard !folded.isEmpty else { continue }
            longest = max(longest, folded.count)
            var state = 0
            for scalar in folded {
                if let next = children[state][scalar] {
                    state = Int(next)
                } else {
                    children[state][scalar] = Int32(children.count)
                    state = children.count
                    children.append([:])
                    ending.append([])
                    depth.append(0)
                }
            }
            ending[state].append(Int32(index))
        }
        var fail = [Int32](repeating: 0, count: children.count)
        var outputLink = [Int32](repeating: 0, count: children.count)
        var order: [Int] = [0]
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            for (scalar, child) in children[state] {
                let next = Int(child)
                depth[next] = depth[state] + 1
                if state != 0 {
                    var back = Int(fail[state])
                    while back != 0 && children[back][scalar] == nil { back = Int(fail[back]) }
                    fail[next] = children[back][scalar] ?? 0
                }
                let target = Int(fail[next])
                outputLink[next] = ending[target].isEmpty ? outputLink[target] : Int32(target)
                order.append(next)
            }
        }
        var rootNext = [Int32](repeating: 0, count: 0x10000)
        var rootWide: [UInt32: Int32] = [:]
        for (scalar, child) in children[0] {
            if scalar < 0x10000 { rootNext[Int(scalar)] = child } else { rootWide[scalar] = child }
        }
        var edges = EdgeTable(count: children.count - children[0].count)
        var wordStart: [Int32] = [], words: [Int32] = []
        for state in children.indices {
            if state != 0 {
                for (scalar, child) in children[state] { edges.insert(Int32(state), scalar, child) }
            }
            wordStart.append(Int32(words.count))
            words.append(contentsOf: ending[state])
        }
        wordStart.append(Int32(words.count))
        self.rootNext = rootNext
        self.rootWide = rootWide
        self.edges = edges
        self.fail = fail
        self.depth = depth
        self.wordStart = wordStart
        self.words = words
        self.outputLink = outputLink
        reports = children.indices.map { !ending[$0].isEmpty || outputLink[$0] != 0 }
        self.startsASCII = startsASCII
        self.endsASCII = endsASCII
        self.longest = longest
    }

    /// Whether no word can ever be found.
    public var isEmpty: Bool { longest == 0 }

    /// Every occurrence of every word in `text`, in the order their ends come.
    public func matches(in text: String) -> [Match] {
        guard !isEmpty else { return [] }
        var scan = Scan(capacity: longest)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // The text is valid UTF-8, as every Swift string is.
                let lead = UInt32(bytes[index])
                var scalar = lead
                if lead < 0x80 {
                    index += 1
                } else if lead < 0xE0 {
                    scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                        | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                let code = folding.code(scalar)
                if code == WordFolding.skipped {
                    scan.gap()
                } else if code & WordFolding.expanded != 0 {
                    for folded in folding.expansion(code) { step(folded, &scan) }
                } else {
                    step(code, &scan)
                }
                scan.offset += 1
            }
        }
        return scan.finished()
    }

    @inline(__always)
    private func step(_ folded: UInt32, _ scan: inout Scan) {
        let isASCII = Self.isASCIIAlphanumeric(folded)
        if !scan.pending.isEmpty { scan.flush(keeping: !isASCII) }
        scan.push(isASCII: isASCII)
        let state = next(scan.state, folded)
        scan.state = state
        if reports[Int(state)] { report(state, &scan) }
    }

    /// Notes the words that end at `state`, the state reached at the scan's last folded scalar.
    private func report(_ state: Int32, _ scan: inout Scan) {
        var output = wordStart[Int(state)] < wordStart[Int(state) + 1] ? state : outputLink[Int(state)]
        while output != 0 {
            let back = Int(depth[Int(output)]) - 1
            for position in wordStart[Int(output)]..<wordStart[Int(output) + 1] {
                let word = Int(words[Int(position)])
                if startsASCII[word] && scan.followsASCII(back: back) { continue }
                scan.note(Match(word: word, scalars: scan.origin(back: back)..<(scan.offset + 1)), pending: endsASCII[word])
            }
            output = outputLink[Int(output)]
        }
    }

    @inline(__always)
    private func next(_ from: Int32, _ scalar: UInt32) -> Int32 {
        var state = from
        while state != 0 {
            let target = edges[state, scalar]
            if target != 0 { return target }
            state = fail[Int(state)]
        }
        return scalar < 0x10000 ? rootNext[Int(scalar)] : rootWide[scalar] ?? 0
    }

    static func isASCIIAlphanumeric(_ scalar: UInt32) -> Bool {
        (0x30...0x39).contains(scalar) || (0x61...0x7A).contains(scalar)
    }

    /// Where a scan is: its state, the matches found, and for the last folded scalars where each came from
    /// and whether the item before it was an ASCII letter or digit.
    private struct Scan {
        var state: Int32 = 0
        /// The offset of the scalar being read.
        var offset = 0
        private(set) var found: [Match] = []
        /// Matches ending in an ASCII letter or digit, kept until the next item shows none follows.
        private(set) var pending: [Match] = []
        private var origins: [Int]
        private var afterASCII: [Bool]
        private let mask: Int
        private var count = 0
        private var previousIsASCII = false

        init(capacity: Int) {
            var size = 1
            while size < capacity + 1 { size <<= 1 }
            origins = Array(repeating: 0, count: size)
            afterASCII = Array(repeating: false, count: size)
            mask = size - 1
        }

        @inline(__always)
        mutating func push(isASCII: Bool) {
            origins[count & mask] = offset
            afterASCII[count & mask] = previousIsASCII
            count &+= 1
            previousIsASCII = isASCII
        }

        /// A scalar that folds to nothing.
        @inline(__always)
        mutating func gap() {
            if !pending.isEmpty { flush(keeping: true) }
            previousIsASCII = false
        }

        mutating func flush(keeping: Bool) {
            if keeping { found.append(contentsOf: pending) }
            pending.removeAll(keepingCapacity: true)
        }

        mutating func note(_ match: Match, pending isPending: Bool) {
            if isPending { pending.append(match) } else { found.append(match) }
        }

        func origin(back: Int) -> Int { origins[(count - 1 - back) & mask] }
        func followsASCII(back: Int) -> Bool { afterASCII[(count - 1 - back) & mask] }

        mutating func finished() -> [Match] {
            flush(keeping: true)
            return found
        }
    }

    /// The edges below the root: for a state and a scalar, the next state, or 0 for none. Open addressing
    /// with linear probing, at most half full; a key and its target share a cache line.
    private struct EdgeTable {
        private struct Entry {
            var key: UInt64
            var target: Int32
        }

        private var entries: [Entry]
        private let mask: Int
        private static let empty = UInt64.max

        init(count: Int) {
            var size = 16
            while size < count * 2 { size <<= 1 }
            entries = Array(repeating: Entry(key: Self.empty, target: 0), count: size)
            mask = size - 1
        }

        @inline(__always)
        private func slot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        mutating func insert(_ state: Int32, _ scalar: UInt32, _ target: Int32) {
            let key = UInt64(UInt32(state)) << 32 | UInt64(scalar)
            var index = slot(key)
            while entries[index].key != Self.empty { index = (index + 1) & mask }
            entries[index] = Entry(key: key, target: target)
        }

        @inline(__always)
        subscript(state: Int32, scalar: UInt32) -> Int32 {
            let key = UInt64(UInt32(state)) << 32 | UInt64(scalar)
            var index = slot(key)
            while true {
                let entry = entries[index]
                if entry.key == key { return entry.target }
                if entry.key == Self.empty { return 0 }
                index = (index + 1) & mask
            }
        }
    }
}

extension WordMatcher {
    /// `pieces` (one text cut in pieces: the spans of a paragraph, the fragments of a snippet) with every
    /// scalar of each occurrence of a word for which `masks` holds replaced by ＊, skipped scalars (the
    /// spaces and punctuation inside an occurrence) left as they are. Each piece keeps its scalar count.
    public func masked(_ pieces: [String], where masks: (Int) -> Bool) -> [String] {
        let occurrences = matches(in: pieces.joined()).filter { masks($0.word) }.map(\.scalars).sorted { $0.lowerBound < $1.lowerBound }
        guard !occurrences.isEmpty else { return pieces }
        var next = occurrences.startIndex
        var reach = -1
        var offset = 0
        return pieces.map { piece in
            var out = String.UnicodeScalarView()
            for scalar in piece.unicodeScalars {
                while next < occurrences.endIndex, occurrences[next].lowerBound <= offset {
                    reach = max(reach, occurrences[next].upperBound)
                    next += 1
                }
                out.append(offset < reach && !WordFolding.shared.isSkipped(scalar) ? "＊" : scalar)
                offset += 1
            }
            return String(out)
        }
    }
}

extension Block {
    /// The block with the text of each run of spans (and of code) given to `transform` as pieces, which
    /// must come back as many and in order: masking keeps links, emphasis and table cells where they are.
    public func mappingTexts(_ transform: ([String]) -> [String]) -> Block {
        func spans(_ list: [Span]) -> [Span] {
            zip(list, transform(list.map(\.text))).map { span, text in
                var span = span
                span.text = text
                return span
            }
        }
        switch self {
        case .heading(let level, let list): return .heading(level: level, spans: spans(list))
        case .paragraph(let list): return .paragraph(spans(list))
        case .listItem(let ordered, let depth, let list): return .listItem(ordered: ordered, depth: depth, spans: spans(list))
        case .quote(let list): return .quote(spans(list))
        case .code(let language, let text): return .code(language: language, text: transform([text])[0])
        case .table(let rows, let headerRows): return .table(rows: rows.map { $0.map(spans) }, headerRows: headerRows)
        }
    }
}
