import GuanshanText

/// The inline content of a block before inline parsing: Markdown source, or spans that raw HTML
/// already gave through the HTML reader.
enum InlineSource {
    case markdown(String)
    case spans([Span])
}

/// A Markdown block before inline parsing.
enum MarkdownBlock {
    case heading(level: Int, InlineSource)
    case paragraph(InlineSource)
    case listItem(ordered: Bool, depth: Int, InlineSource)
    case quote(InlineSource)
    case code(language: String?, text: String)
    case table(rows: [[InlineSource]], headerRows: Int)
}

/// A line-based block parser for CommonMark and GFM tables. Containers (block quotes, list items)
/// are parsed by running the parser again over their lines with the markers removed.
struct MarkdownBlockParser {
    /// Link reference definitions (`[label]: url`), by normalized label.
    private(set) var references: [String: String] = [:]

    /// Where the lines being parsed lie.
    struct Context {
        /// The depth of lists that start in these lines.
        var depth = 0
        /// Inside a list item, 4 spaces of indentation make no code block.
        var inList = false
        /// How many containers enclose the lines. Past `maximumNesting` quote and list markers are
        /// text, which bounds the work on pathological input.
        var nesting = 0
    }

    static let maximumNesting = 16

    mutating func parse(_ lines: [Substring], in context: Context = Context()) -> [MarkdownBlock] {
        let opensContainers = context.nesting < Self.maximumNesting
        var blocks: [MarkdownBlock] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
            } else if !context.inList, MarkdownLine.indentation(line).columns >= 4 {
                index = indentedCode(lines, from: index, into: &blocks)
            } else if let fence = MarkdownLine.fence(line) {
                index = fencedCode(fence, lines, from: index + 1, into: &blocks)
            } else if let heading = MarkdownLine.atxHeading(line) {
                blocks.append(.heading(level: heading.level, .markdown(String(heading.text))))
                index += 1
            } else if MarkdownLine.isThematicBreak(line) {
                index += 1
            } else if opensContainers, MarkdownLine.quoteContent(line) != nil {
                index = quote(lines, from: index, in: context, into: &blocks)
            } else if opensContainers, let marker = MarkdownLine.listMarker(line) {
                index = listItem(marker, lines, from: index + 1, in: context, into: &blocks)
            } else if let end = MarkdownLine.htmlBlockStart(line, interruptingParagraph: false) {
                index = htmlBlock(until: end, lines, from: index, in: context, into: &blocks)
            } else if let columns = tableColumns(lines, at: index) {
                index = table(columns: columns, lines, from: index, into: &blocks)
            } else {
                index = paragraph(lines, from: index, into: &blocks)
            }
        }
        return blocks
    }

    private func startsBlock(_ line: Substring, interruptingParagraph: Bool = false) -> Bool {
        if MarkdownLine.atxHeading(line) != nil || MarkdownLine.fence(line) != nil
            || MarkdownLine.quoteContent(line) != nil || MarkdownLine.isThematicBreak(line)
            || MarkdownLine.htmlBlockStart(line, interruptingParagraph: true) != nil {
            return true
        }
        guard let marker = MarkdownLine.listMarker(line) else { return false }
        // Only a non-empty bullet item or an ordered item numbered 1 can interrupt a paragraph.
        return !interruptingParagraph || (!marker.content.isBlank && (!marker.ordered || marker.number == 1))
    }

    private func indentedCode(_ lines: [Substring], from start: Int, into blocks: inout [MarkdownBlock]) -> Int {
        var code: [Substring] = []
        var index = start
        while index < lines.count, lines[index].isBlank || MarkdownLine.indentation(lines[index]).columns >= 4 {
            code.append(MarkdownLine.removingIndentation(lines[index], columns: 4))
            index += 1
        }
        while code.last?.isBlank == true { code.removeLast() }
        blocks.append(.code(language: nil, text: code.joined(separator: "\n")))
        return index
    }

    private func fencedCode(
        _ fence: MarkdownLine.Fence, _ lines: [Substring], from start: Int, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var code: [Substring] = []
        var index = start
        while index < lines.count, !MarkdownLine.closes(fence, lines[index]) {
            code.append(MarkdownLine.removingIndentation(lines[index], columns: fence.indent))
            index += 1
        }
        let text = code.joined(separator: "\n")
        if !text.isBlank { blocks.append(.code(language: fence.language, text: text)) }
        return min(index + 1, lines.count)
    }

    /// Each paragraph, heading or list item in a block quote becomes one quote.
    private mutating func quote(
        _ lines: [Substring], from start: Int, in context: Context, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var quoted: [Substring] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if let content = MarkdownLine.quoteContent(line) {
                quoted.append(content)
            } else if !line.isBlank, quoted.last?.isBlank == false, !startsBlock(line) {
                quoted.append(Self.lazy(line))
            } else {
                break
            }
            index += 1
        }
        var inner = context
        inner.nesting += 1
        for block in parse(quoted, in: inner) {
            switch block {
            case .heading(_, let text), .paragraph(let text), .listItem(_, _, let text), .quote(let text):
                blocks.append(.quote(text))
            case .code, .table:
                blocks.append(block)
            }
        }
        return index
    }

    /// The item's first paragraph becomes the list item; nested lists are one level deeper; later
    /// paragraphs of the item are plain paragraphs.
    private mutating func listItem(
        _ marker: MarkdownLine.ListMarker, _ lines: [Substring], from start: Int, in context: Context,
        into blocks: inout [MarkdownBlock]
    ) -> Int {
        var itemLines = [marker.content]
        var blanks: [Substring] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            let indent = MarkdownLine.indentation(line).columns
            if line.isBlank {
                // An item that starts empty ends at a blank line.
                if index == start && marker.content.isBlank { break }
                blanks.append(line)
            } else if indent >= marker.contentColumn {
                itemLines += blanks + [MarkdownLine.removingIndentation(line, columns: marker.contentColumn)]
                blanks = []
            } else if blanks.isEmpty, itemLines.last?.isBlank == false, !startsBlock(line) {
                itemLines.append(Self.lazy(line))
            } else {
                break
            }
            index += 1
        }
        let inner = Context(depth: context.depth + 1, inList: true, nesting: context.nesting + 1)
        var content = parse(itemLines, in: inner)[...]
        switch content.first {
        case .paragraph(let text), .heading(_, let text):
            blocks.append(.listItem(ordered: marker.ordered, depth: context.depth, text))
            content = content.dropFirst()
        default:
            break
        }
        blocks += content
        return index
    }

    /// A lazy continuation line continues a paragraph in a container even where its markers are
    /// missing; it is paragraph text there, never a setext underline.
    private static func lazy(_ line: Substring) -> Substring {
        MarkdownLine.setextLevel(line) == nil ? line : "\\" + line.trimmingWhiteSpace
    }

    /// Raw HTML goes through the HTML reader: its structure stays, what the reader drops (scripts,
    /// styles, frames) never becomes text.
    private func htmlBlock(
        until end: MarkdownLine.HTMLBlockEnd, _ lines: [Substring], from start: Int, in context: Context,
        into blocks: inout [MarkdownBlock]
    ) -> Int {
        var html: [Substring] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if case .blankLine = end, line.isBlank { break }
            html.append(line)
            index += 1
            if case .text(let needle) = end, line.lowercased().contains(needle) { break }
        }
        blocks += HTMLFormat.blocks(html.joined(separator: "\n")).map { block in
            switch block {
            case .heading(let level, let spans): .heading(level: level, .spans(spans))
            case .paragraph(let spans): .paragraph(.spans(spans))
            case .listItem(let ordered, let depth, let spans): .listItem(ordered: ordered, depth: context.depth + depth, .spans(spans))
            case .quote(let spans): .quote(.spans(spans))
            case .code(let language, let text): .code(language: language, text: text)
            case .table(let rows, let headerRows): .table(rows: rows.map { $0.map { .spans($0) } }, headerRows: headerRows)
            }
        }
        return index
    }

    /// The number of columns when a GFM table (header row, then alignment row) starts at `index`.
    private func tableColumns(_ lines: [Substring], at index: Int) -> Int? {
        guard index + 1 < lines.count, MarkdownLine.indentation(lines[index]).columns <= 3,
              let columns = MarkdownLine.alignmentRowColumns(lines[index + 1]),
              MarkdownLine.tableCells(lines[index]).count == columns
        else { return nil }
        return columns
    }

    private func table(
        columns: Int, _ lines: [Substring], from start: Int, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var rows = [MarkdownLine.tableCells(lines[start])]
        var index = start + 2
        while index < lines.count, !lines[index].isBlank, !startsBlock(lines[index]) {
            let cells = MarkdownLine.tableCells(lines[index])
            rows.append(Array(cells.prefix(columns)) + Array(repeating: "", count: max(0, columns - cells.count)))
            index += 1
        }
        blocks.append(.table(rows: rows.map { $0.map { .markdown($0) } }, headerRows: 1))
        return index
    }

    /// A paragraph, or a setext heading when an `===` or `---` underline ends it. Link reference
    /// definitions at its start are collected, not shown.
    private mutating func paragraph(
        _ lines: [Substring], from start: Int, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var index = start
        while index < lines.count, let definition = MarkdownLinks.definition(lines[index]) {
            if references[definition.label] == nil { references[definition.label] = definition.destination }
            index += 1
        }
        guard index == start else { return index }
        var text = [lines[index].trimmingWhiteSpace]
        index += 1
        while index < lines.count, !lines[index].isBlank {
            let line = lines[index]
            if let level = MarkdownLine.setextLevel(line) {
                blocks.append(.heading(level: level, .markdown(text.joined(separator: "\n"))))
                return index + 1
            }
            if startsBlock(line, interruptingParagraph: true) || tableColumns(lines, at: index) != nil {
                break
            }
            text.append(line.trimmingWhiteSpace)
            index += 1
        }
        blocks.append(.paragraph(.markdown(text.joined(separator: "\n"))))
        return index
    }
}
