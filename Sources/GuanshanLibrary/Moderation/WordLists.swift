public import GuanshanModel
public import GuanshanText

/// The sensitive-word lists (敏感词) as the site applies them: one automaton over the words of every list,
/// which says of a text which words it holds and what is to be done (docs/sensitive-words.md).
public struct WordLists: Sendable {
    /// One occurrence of a word in a text.
    public struct Finding: Sendable, Hashable {
        public var word: String
        public var policy: WordPolicy
        /// Offsets among the text's Unicode scalars.
        public var scalars: Range<Int>
    }

    public static let empty = WordLists([])

    private let matcher: WordMatcher
    private let words: [SensitiveWord]

    init(_ words: [SensitiveWord]) {
        self.words = words
        matcher = WordMatcher(words: words.map(\.word))
    }

    public var isEmpty: Bool { matcher.isEmpty }

    /// Every occurrence in `text` of a word of a list.
    public func findings(in text: String) -> [Finding] {
        matcher.matches(in: text).map { Finding(word: words[$0.word].word, policy: words[$0.word].policy, scalars: $0.scalars) }
    }

    /// Whether `text` holds a word of the block list: a search for it finds nothing, a name holding it is refused.
    public func blocks(_ text: String) -> Bool {
        !isEmpty && findings(in: text).contains { $0.policy == .block }
    }

    /// Whether `text` holds a word pages do not show (of the mask or block list).
    public func hides(_ text: String) -> Bool {
        !isEmpty && findings(in: text).contains { $0.policy != .hold }
    }

    /// `text` as pages show it: the words of the mask and block lists in ＊.
    public func masked(_ text: String) -> String {
        masked([text])[0]
    }

    /// One text in pieces (spans, fragments), masked as `masked(_:)` does, each piece its own length.
    public func masked(_ pieces: [String]) -> [String] {
        isEmpty ? pieces : matcher.masked(pieces) { words[$0].policy != .hold }
    }

    public func masked(_ block: Block) -> Block {
        isEmpty ? block : block.mappingTexts(masked)
    }
}

extension WordLists {
    public func masked(_ summary: DocumentSummary) -> DocumentSummary {
        var summary = summary
        summary.title = masked(summary.title)
        summary.sharer = masked(summary.sharer)
        return summary
    }

    /// The document's title, outline and (unless `blocks` is false) blocks masked; a tag holding a word
    /// pages do not show is left out (its link would name it).
    func masked(_ document: StoredDocument, blocks: Bool = true) -> StoredDocument {
        guard !isEmpty else { return document }
        var document = document
        document.summary = masked(document.summary)
        document.tags = document.tags.filter { !hides($0) }
        document.metrics.outline = document.metrics.outline.map { entry in
            var entry = entry
            entry.title = masked(entry.title)
            return entry
        }
        if blocks { document.blocks = document.blocks.map(masked) }
        return document
    }

    func masked(_ page: ReadingPage) -> ReadingPage {
        guard !isEmpty else { return page }
        var page = page
        // The page's own blocks only: the document's other pages are not shown.
        page.document = masked(page.document, blocks: false)
        page.blocks = page.blocks.map { ($0.index, masked($0.block)) }
        page.related = page.related.map { RelatedDocument(summary: masked($0.summary), excerpt: masked($0.excerpt)) }
        return page
    }
}
