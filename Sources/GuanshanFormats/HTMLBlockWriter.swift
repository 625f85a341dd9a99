import GuanshanText

/// Turns a parsed HTML tree into blocks: headings, paragraphs (split at `br`), list items with
/// their depth, quotes, code from `pre`, and tables; inline elements become the styles of spans.
/// Navigation, asides and buttons are a page's furniture, not its text, and are left out.
struct HTMLBlockWriter {
    private enum Kind {
        case paragraph
        case heading(Int)
        case listItem(ordered: Bool, depth: Int)
        case quote
    }

    private(set) var blocks: [Block] = []
    private var spans: [Span] = []
    private var kinds: [Kind] = []
    private var lists: [Bool] = []
    private var style = Span("")

    static func blocks(_ root: HTMLElement) -> [Block] {
        var writer = HTMLBlockWriter()
        writer.walk(root)
        writer.flush()
        return writer.blocks
    }

    private mutating func walk(_ element: HTMLElement) {
        for child in element.children {
            switch child {
            case .text(let text):
                var span = style
                span.text = Self.collapsed(text)
                spans.append(span)
            case .element(let element):
                visit(element)
            }
        }
    }

    private mutating func visit(_ element: HTMLElement) {
        let name = element.name
        switch name {
        case "title", "nav", "aside", "button":
            return
        case "h1", "h2", "h3", "h4", "h5", "h6":
            walk(element, as: .heading(Int(String(name.dropFirst())) ?? 1))
        case "ul", "ol":
            flush()
            lists.append(name == "ol")
            walk(element)
            flush()
            lists.removeLast()
        case "li":
            walk(element, as: .listItem(ordered: lists.last ?? false, depth: max(lists.count - 1, 0)))
        case "blockquote":
            walk(element, as: .quote)
        case "pre":
            flush()
            let text = Self.preformatted(element)
            if !text.isBlank { blocks.append(.code(language: Self.language(of: element), text: text)) }
        case "table":
            flush()
            if let table = Self.table(element) { blocks.append(table) }
        case "br", "hr":
            flush()
        case "b", "strong":
            walk(element) { $0.strong = true }
        case "i", "em", "u", "cite", "var":
            walk(element) { $0.emphasis = true }
        case "code", "kbd", "samp", "tt":
            walk(element) { $0.code = true }
        case "a":
            if let link = HTMLLinks.link(element) { walk(element) { $0.link = link } } else { walk(element) }
        case _ where HTMLText.blockTags.contains(name):
            flush()
            walk(element)
            flush()
        default:
            walk(element)
        }
    }

    private mutating func walk(_ element: HTMLElement, as kind: Kind) {
        flush()
        kinds.append(kind)
        walk(element)
        flush()
        kinds.removeLast()
    }

    private mutating func walk(_ element: HTMLElement, styled change: (inout Span) -> Void) {
        let outer = style
        change(&style)
        walk(element)
        style = outer
    }

    /// Ends the current block, if it has text.
    private mutating func flush() {
        let content = SpanList.normalized(spans)
        spans = []
        guard !content.isEmpty else { return }
        switch kinds.last ?? .paragraph {
        case .paragraph: blocks.append(.paragraph(content))
        case .heading(let level): blocks.append(.heading(level: level, spans: content))
        case .listItem(let ordered, let depth): blocks.append(.listItem(ordered: ordered, depth: depth, spans: content))
        case .quote: blocks.append(.quote(content))
        }
    }

    /// HTML white space collapsed: a run with a line break becomes `\n` (for `SpanList` to join
    /// lines as the language needs), any other run one space.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var run: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.isHTMLSpace {
                if run != "\n" { run = scalar == "\n" ? "\n" : " " }
                continue
            }
            if let space = run { result.append(space) }
            run = nil
            result.append(scalar)
        }
        if let space = run { result.append(space) }
        return String(result)
    }

    private static func preformatted(_ element: HTMLElement) -> String {
        var text = ""
        func gather(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let part): text += part
                case .element(let child) where child.name == "br": text += "\n"
                case .element(let child): gather(child)
                }
            }
        }
        gather(element)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// `x` of a `language-x` class on the `pre` or the `code` in it.
    private static func language(of pre: HTMLElement) -> String? {
        let code = pre.children.lazy.compactMap { if case .element(let element) = $0, element.name == "code" { element } else { nil } }.first
        for element in [pre, code].compactMap({ $0 }) {
            let classes = element.attribute("class")?.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.isHTMLSpace) }) ?? []
            if let match = classes.first(where: { $0.hasPrefix("language-") && $0.count > 9 }) {
                return String(match.dropFirst(9))
            }
        }
        return nil
    }

    /// The rows of a table; the leading rows in `thead` or of `th` cells only are its header.
    private static func table(_ table: HTMLElement) -> Block? {
        var rows: [[[Span]]] = []
        var headerRows = 0
        var headerEnded = false
        func gather(_ element: HTMLElement, inHead: Bool) {
            for case .element(let child) in element.children {
                guard child.name == "tr" else {
                    if child.name != "table" { gather(child, inHead: inHead || child.name == "thead") }
                    continue
                }
                let cells = child.children.compactMap { node -> HTMLElement? in
                    if case .element(let cell) = node, cell.name == "td" || cell.name == "th" { cell } else { nil }
                }
                guard !cells.isEmpty else { continue }
                rows.append(cells.map(Self.cell))
                if !headerEnded, inHead || cells.allSatisfy({ $0.name == "th" }) {
                    headerRows += 1
                } else {
                    headerEnded = true
                }
            }
        }
        gather(table, inHead: false)
        guard rows.contains(where: { $0.contains { !$0.isEmpty } }) else { return nil }
        return .table(rows: rows, headerRows: headerRows)
    }

    /// A cell's content as one run of spans, its blocks separated by line breaks.
    private static func cell(_ cell: HTMLElement) -> [Span] {
        let parts = blocks(cell).map { block in block.spans.isEmpty ? [Span(block.plainText)] : block.spans }
        return SpanList.normalized(Array(parts.joined(separator: [Span("\n")])))
    }
}
