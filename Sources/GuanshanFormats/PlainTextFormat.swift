import GuanshanModel
import GuanshanText

/// Plain text in either Chinese convention: one paragraph a line (often indented with `　　`),
/// or paragraphs separated by blank lines and hard-wrapped over several lines.
public enum PlainTextFormat {
    public static func parse(_ text: String, fileName: String) throws(FormatError) -> ParsedDocument {
        try LineLimit.check(text)
        var lines = LineJoining.lines(of: text.removingStrayControls).map(TextLine.init)
        let hardWrapped = isHardWrapped(lines)
        var title = FileName.stem(fileName)
        if let first = lines.firstIndex(where: { !$0.isBlank }), TitleLine.isTitle(lines[first].text),
           let next = lines[(first + 1)...].firstIndex(where: { !$0.isBlank }),
           !hardWrapped || standsAlone(lines[first], followedBy: lines[first + 1]) {
            title = lines[first].text
            lines.removeSubrange(..<next)
        }
        let paragraphs = hardWrapped ? wrappedParagraphs(lines) : lines.map(\.text).filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { throw .empty }
        return ParsedDocument(title: title, blocks: paragraphs.map { .paragraph([Span($0)]) })
    }

    /// One paragraph per non-blank line (convention a), each trimmed, decoration lines dropped.
    static func lineParagraphs(_ text: some StringProtocol) -> [String] {
        LineJoining.lines(of: text).map { TextLine($0).text }.filter { !$0.isEmpty }
    }

    /// Convention b: blank lines, indentation or numbering mark where paragraphs start, and most
    /// lines that run on into the next are cut in mid-sentence near the wrap width, the width of
    /// the longest lines (the 90th percentile; at least 30 columns, so that verse keeps its lines). Unpunctuated headings
    /// are much shorter than the lines of one-line paragraphs. Files where every line is a
    /// paragraph come out the same either way.
    private static func isHardWrapped(_ lines: [TextLine]) -> Bool {
        var runOns: [TextLine] = []
        var marked = false
        var seenText = false
        var previous: TextLine?
        for line in lines {
            defer {
                previous = line
                seenText = seenText || !line.isBlank
            }
            guard !line.isBlank, let previous, seenText else { continue }
            if previous.isBlank || line.startsParagraph(after: previous) {
                marked = true
            } else {
                runOns.append(previous)
            }
        }
        let widths = lines.filter { !$0.isBlank }.map(\.width).sorted()
        guard marked, let wrapWidth = widths.dropFirst(widths.count * 9 / 10).first else { return false }
        let fullWidth = max(30, wrapWidth * 4 / 5)
        let wrapped = runOns.filter { !$0.endsSentence && $0.width >= fullWidth }.count
        return wrapped >= 1 && wrapped * 2 > runOns.count
    }

    /// In a hard-wrapped file a title line runs straight into the text only when it is clearly
    /// shorter than the wrapped line after it.
    private static func standsAlone(_ line: TextLine, followedBy next: TextLine) -> Bool {
        next.isBlank || next.startsParagraph(after: line) || line.width * 3 < next.width * 2
    }

    private static func wrappedParagraphs(_ lines: [TextLine]) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        var previous: TextLine?
        for line in lines {
            if line.isBlank || previous.map(line.startsParagraph(after:)) == true, !current.isEmpty {
                paragraphs.append(LineJoining.join(current))
                current = []
            }
            previous = line.isBlank ? nil : line
            if !line.isBlank { current.append(line.text) }
        }
        if !current.isEmpty { paragraphs.append(LineJoining.join(current)) }
        return paragraphs
    }
}

/// One line of a plain-text file: its text trimmed, and how it is indented.
struct TextLine {
    /// The trimmed text; empty for blank lines and lines of decoration such as `-----` or `＊＊＊`.
    let text: String
    /// The indentation in columns: a space is 1, U+3000 is 2, a tab is 4.
    let indent: Int
    /// Starts with U+3000, the indentation of Chinese paragraphs.
    let fullWidthIndent: Bool
    /// Starts with official numbering such as `一、` or `（一）`.
    let numbered: Bool
    /// Display width: CJK characters take two columns.
    let width: Int

    init(_ raw: Substring) {
        var indent = 0
        for scalar in raw.unicodeScalars {
            guard scalar.isWhiteSpace else { break }
            indent += scalar == "\u{3000}" ? 2 : scalar == "\t" ? 4 : 1
        }
        self.indent = indent
        fullWidthIndent = raw.unicodeScalars.first == "\u{3000}"
        let trimmed = raw.trimmingWhiteSpace
        text = Self.isDecoration(trimmed) ? "" : trimmed
        numbered = OfficialNumbering.starts(text)
        width = text.unicodeScalars.reduce(0) { $0 + ($1.isCJK ? 2 : 1) }
    }

    var isBlank: Bool { text.isEmpty }


    /// Full-width indentation, deeper indentation than the line before, or official numbering
    /// (`一、` `（一）` `1.`) starts a paragraph.
    func startsParagraph(after previous: TextLine) -> Bool {
        fullWidthIndent || indent > previous.indent || numbered
    }

    var endsSentence: Bool {
        text.unicodeScalars.last.map(Self.sentenceEnds.contains) ?? false
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [
        "。", "！", "？", "；", "：", "…", "”", "’", "」", "』", "）", "】", "〕", "》",
        ".", "!", "?", ";", ":", ")", "\"", "'",
    ]

    private static let decoration: Set<Unicode.Scalar> = [
        "-", "=", "*", "_", "~", "#", "+", "＊", "＝", "－", "—", "─", "━", "═", "～", "·", "•", "※",
        "★", "☆", "◆", "◇", "●", "○", "■", "□", "▲", "△",
    ]

    private static func isDecoration(_ text: String) -> Bool {
        var marks = 0
        for scalar in text.unicodeScalars where !scalar.isWhiteSpace {
            guard decoration.contains(scalar) else { return false }
            marks += 1
        }
        return marks >= 3
    }
}
