/// A run of inline text with its emphasis; a paragraph is a list of spans.
public struct Span: Hashable, Sendable {
    public var text: String
    public var emphasis: Bool
    public var strong: Bool
    public var code: Bool
    /// The target of a link, when the span is one.
    public var link: String?

    public init(_ text: String, emphasis: Bool = false, strong: Bool = false, code: Bool = false, link: String? = nil) {
        self.text = text
        self.emphasis = emphasis
        self.strong = strong
        self.code = code
        self.link = link
    }
}

/// One block of a document body. Every input format parses into blocks and every output renders from them.
public enum Block: Hashable, Sendable {
    /// A heading from the source format (Markdown `#`, docx heading style, HTML `h1`-`h4`), level 1...6.
    case heading(level: Int, spans: [Span])
    case paragraph([Span])
    /// An item of a list; `depth` 0 is the outermost list.
    case listItem(ordered: Bool, depth: Int, spans: [Span])
    case quote([Span])
    case code(language: String?, text: String)
    /// A table as rows of cells; the first `headerRows` rows are the header.
    case table(rows: [[[Span]]], headerRows: Int)
}

extension Block {
    /// The inline spans of a block that has them (all but code and table).
    public var spans: [Span] {
        switch self {
        case .heading(_, let spans), .paragraph(let spans), .listItem(_, _, let spans), .quote(let spans):
            return spans
        case .code, .table:
            return []
        }
    }

    /// The block's text with all markup gone; table cells are separated by spaces, rows by newlines.
    public var plainText: String {
        switch self {
        case .heading, .paragraph, .listItem, .quote:
            return spans.plainText
        case .code(_, let text):
            return text
        case .table(let rows, _):
            return rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "\n")
        }
    }
}

extension Array where Element == Span {
    public var plainText: String { map(\.text).joined() }
}
