/// One line of a document's table of contents.
public struct OutlineEntry: Hashable, Sendable, Codable {
    /// 1 is the highest; source headings keep their level (1...6), numbered paragraphs get 1...4.
    public var level: Int
    /// The numbering as written (`（四）`, `1.`, `第一章`), empty when the heading has none.
    public var number: String
    public var title: String
    /// The index of the block the entry points to.
    public var block: Int

    public init(level: Int, number: String, title: String, block: Int) {
        self.level = level
        self.number = number
        self.title = title
        self.block = block
    }
}

/// The outline of docs/text-rules.md: source headings, and paragraphs that start with official numbering.
public enum Outline {
    /// Titles longer than this are cut to `abbreviatedLength` Characters and an ellipsis.
    public static let maxTitleLength = Numbering.maxHeadingLength
    public static let abbreviatedLength = 40

    public static func entries(of blocks: [Block]) -> [OutlineEntry] {
        blocks.enumerated().compactMap { index, block in entry(of: block, at: index) }
    }

    /// The level that the numbering at the start of a paragraph gives it, if it has one.
    public static func headingLevel(ofParagraph text: String) -> Int? {
        Numbering(parsing: text)?.level
    }

    /// Whether a paragraph is a numbered heading and nothing else: `（四）在带头…方面`, but not
    /// `1.在加强党对政协工作的全面领导上还不到位。换届以来……`.
    public static func isHeadingOnly(paragraph text: String) -> Bool {
        Numbering(parsing: text)?.isHeadingOnly ?? false
    }

    static func entry(of block: Block, at index: Int) -> OutlineEntry? {
        switch block {
        case .heading(let level, let spans):
            let text = spans.plainText
            let level = min(max(level, 1), 6)
            if let numbering = Numbering(parsing: text) {
                return OutlineEntry(level: level, number: numbering.number,
                                    title: abbreviated(numbering.rest), block: index)
            }
            let title = trimmed(text[...])
            guard !title.isEmpty else { return nil }
            return OutlineEntry(level: level, number: "", title: abbreviated(title), block: index)
        case .paragraph(let spans):
            guard let numbering = Numbering(parsing: spans.plainText) else { return nil }
            return OutlineEntry(level: numbering.level, number: numbering.number,
                                title: title(of: numbering.rest), block: index)
        case .listItem, .quote, .code, .table:
            return nil
        }
    }

    /// The first sentence after the number, without a closing `。` or `；` (a `！` or `？` stays);
    /// the whole text when it has no sentence end.
    private static func title(of rest: Substring) -> String {
        guard let (index, terminator) = Sentences.firstTerminator(in: rest) else { return abbreviated(rest) }
        let keepsTerminator = ["！", "？", "!", "?"].contains(terminator)
        let sentence = trimmed(rest[..<(keepsTerminator ? rest.index(after: index) : index)])
        return sentence.isEmpty ? abbreviated(rest) : abbreviated(sentence)
    }

    private static func abbreviated(_ text: Substring) -> String {
        guard !text.dropFirst(maxTitleLength).isEmpty else { return String(text) }
        var head = text.prefix(abbreviatedLength)
        while let last = head.last, last.isWhiteSpace || "，,、：:".contains(last) { head = head.dropLast() }
        return head + "…"
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text.drop(while: \.isWhiteSpace)
        while let last = text.last, last.isWhiteSpace { text = text.dropLast() }
        return text
    }
}
