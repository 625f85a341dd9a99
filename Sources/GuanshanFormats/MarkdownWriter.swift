import GuanshanText

/// Blocks written as Markdown that `MarkdownFormat` reads back to the same blocks: what the editor
/// shows for an existing document and what the API returns as a page's text.
public enum MarkdownWriter {
    /// The blocks as Markdown; a title becomes the opening level-1 heading.
    public static func markdown(title: String? = nil, blocks: [Block]) -> String {
        var writer = Writer()
        if let title, !title.isBlank { writer.add(.heading(level: 1, spans: [Span(title)])) }
        for block in blocks { writer.add(block) }
        return writer.text
    }

    private struct Writer {
        var text = ""
        var markers = ListMarkers(bullet: "- ")
        var previousWasListItem = false

        mutating func add(_ block: Block) {
            let isListItem: Bool
            if case .listItem = block { isListItem = true } else { isListItem = false }
            guard let written = write(block) else { return }
            if !text.isEmpty { text += previousWasListItem && isListItem ? "\n" : "\n\n" }
            text += written
            previousWasListItem = isListItem
            if !isListItem { markers.reset() }
        }

        private mutating func write(_ block: Block) -> String? {
            switch block {
            case .heading(let level, let spans):
                guard MarkdownWriter.hasText(spans) else { return nil }
                var line = MarkdownWriter.lines(spans).joined(separator: " ")
                // A closing run of `#` (after a space) would be taken for the heading's closing sequence.
                let run = line.reversed().prefix(while: { $0 == "#" }).count
                let start = line.index(line.endIndex, offsetBy: -run)
                if run > 0, start == line.startIndex || [" ", "\t"].contains(line[line.index(before: start)]) {
                    line.insert("\\", at: start)
                }
                return String(repeating: "#", count: min(max(level, 1), 6)) + " " + line
            case .paragraph(let spans):
                guard MarkdownWriter.hasText(spans) else { return nil }
                return MarkdownWriter.lines(spans).joined(separator: "\n")
            case .quote(let spans):
                guard MarkdownWriter.hasText(spans) else { return nil }
                return MarkdownWriter.lines(spans).map { "> " + $0 }.joined(separator: "\n")
            case .listItem(let ordered, let depth, let spans):
                guard MarkdownWriter.hasText(spans) else { return nil }
                return listItem(ordered: ordered, depth: depth, spans: spans)
            case .code(let language, let code):
                return MarkdownWriter.fencedCode(language: language, code)
            case .table(let rows, _):
                return MarkdownWriter.table(rows)
            }
        }

        private mutating func listItem(ordered: Bool, depth: Int, spans: [Span]) -> String {
            let marker = markers.next(ordered: ordered, depth: depth)
            let lines = MarkdownWriter.lines(spans)
            let padding = String(repeating: " ", count: marker.contentColumn)
            return String(repeating: " ", count: marker.indent) + marker.text + lines[0]
                + lines.dropFirst().map { "\n" + padding + $0 }.joined()
        }
    }

    /// Whether the spans show anything: white space counts only inside code, which keeps it.
    static func hasText(_ spans: [Span]) -> Bool {
        spans.contains { $0.code ? !$0.text.isEmpty : !$0.text.isBlank }
    }

    /// The spans as lines of inline Markdown, each safe to start a line: what would open a block
    /// there (`#`, `>`, `-`, `1.`, `===`, a fence …) is escaped.
    static func lines(_ spans: [Span]) -> [String] {
        MarkdownInlineWriter.markdown(spans).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            return opensBlock(trimmed) ? escapingFirstMarker(trimmed) : String(trimmed)
        }
    }

    private static func opensBlock(_ line: Substring) -> Bool {
        MarkdownLine.atxHeading(line) != nil || MarkdownLine.isThematicBreak(line) || MarkdownLine.setextLevel(line) != nil
            || MarkdownLine.quoteContent(line) != nil || MarkdownLine.listMarker(line) != nil || MarkdownLine.fence(line) != nil
            || MarkdownLine.htmlBlockStart(line, interruptingParagraph: false) != nil
            || MarkdownLine.alignmentRowColumns(line) != nil || MarkdownLinks.definition(line) != nil
    }

    /// A backslash before the first ASCII punctuation mark: the `#` of a heading, the `.` of `1.`.
    private static func escapingFirstMarker(_ line: Substring) -> String {
        guard let index = line.firstIndex(where: { $0.isASCII && ($0.isPunctuation || $0.isSymbol) }) else {
            return String(line)
        }
        return String(line[..<index]) + "\\" + String(line[index...])
    }

    private static func fencedCode(language: String?, _ code: String) -> String {
        var longest = 0
        var run = 0
        for scalar in code.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let info = language.map { $0.filter { !$0.isWhitespace && $0 != "`" } } ?? ""
        return fence + info + "\n" + code + "\n" + fence
    }

    private static func table(_ rows: [[[Span]]]) -> String? {
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return nil }
        func row(_ cells: [[Span]]) -> String {
            let padded = cells + Array(repeating: [], count: columns - cells.count)
            return "| " + padded.map { MarkdownInlineWriter.markdown($0, inTable: true) }.joined(separator: " | ") + " |"
        }
        let separator = "|" + Array(repeating: " --- ", count: columns).joined(separator: "|") + "|"
        return ([row(rows[0]), separator] + rows.dropFirst().map(row)).joined(separator: "\n")
    }
}
