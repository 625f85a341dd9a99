import GuanshanText

/// The printed lines of a PDF made into the author's paragraphs and headings again, each page read in
/// its reading order (`readingOrder`): lines wrapped at the edge of their column joined (no space
/// between Chinese characters, a Latin word's hyphen taken out), a paragraph begun where a line is
/// indented, follows a short line or a wider gap, or opens with official numbering (`一、` `（一）` `1.`)
/// or a bullet, and carried on over a page or column break. Lines in larger type than the body are
/// headings.
enum PDFParagraphs {
    /// A line this much taller than the body's lines is in larger type: a heading.
    static let headingRatio = 1.15
    /// A heading is short; a longer run of large type is a paragraph in large type.
    static let longestHeading = 60
    /// The deepest heading level given; smaller heading sizes share it.
    static let deepestLevel = 4
    /// Columns are found by comparing a page's lines pairwise; a page of more lines than this (tiny type,
    /// or a file made to be slow) is read as one column.
    static let maximumColumnLines = 400

    /// A paragraph or heading as it is gathered: its lines and the size of their type.
    struct Piece {
        var lines: [String]
        var size: Double
    }

    /// The title (the largest heading at the start of the first page, when there is one) and the blocks.
    static func blocks(of pages: [PDFPage]) -> (title: String?, blocks: [Block]) {
        let body = bodySize(pages)
        var pieces: [Piece] = []
        var previous: PlacedLine?
        // Whether the document marks its paragraphs with first-line indents, as Chinese text does.
        var indented = false
        for page in pages {
            let lines = readingOrder(page.blocks.flatMap(\.lines))
            let pagePitch = pitch(lines)
            let wholePage = (left: lines.map(\.box.xMin).min() ?? 0, right: lines.map(\.box.xMax).max() ?? 0)
            for line in lines {
                let frame = lines.count <= maximumColumnLines ? frame(of: line, among: lines, pageWidth: page.width) : wholePage
                let placed = PlacedLine(line, frame: frame, pitch: pagePitch)
                if let previous, continues(from: previous, to: placed, paragraphsIndented: indented) {
                    pieces[pieces.count - 1].lines.append(line.text)
                } else {
                    pieces.append(Piece(lines: [line.text], size: line.box.height))
                }
                previous = placed
                indented = indented || placed.isIndented
            }
        }
        // Each piece's text, and its type's size when it is a heading.
        var joined = pieces.map { piece in
            let text = join(piece.lines)
            return (text: text, headingSize: isHeading(text, size: piece.size, bodySize: body) ? rounded(piece.size) : nil)
        }
        var title: String?
        if let first = joined.first, let size = first.headingSize, size == joined.compactMap(\.headingSize).max() {
            title = first.text
            joined.removeFirst()
        }
        let sizes = Set(joined.compactMap(\.headingSize)).sorted(by: >)
        let blocks: [Block] = joined.map { text, headingSize in
            if let item = bulleted(text) { return .listItem(ordered: false, depth: 0, spans: [Span(item)]) }
            guard let headingSize, let rank = sizes.firstIndex(of: headingSize) else { return .paragraph([Span(text)]) }
            return .heading(level: min(rank + 1, deepestLevel), spans: [Span(text)])
        }
        return (title, blocks)
    }

    /// A line with the edges of the text around it (its column) and the usual distance between lines there.
    struct PlacedLine {
        var line: PDFLine
        var left: Double
        var right: Double
        var pitch: Double
        var em: Double { max(line.box.height, 1) }

        init(_ line: PDFLine, frame: (left: Double, right: Double), pitch: Double) {
            self.line = line
            (left, right) = frame
            self.pitch = pitch
        }

        /// Ends near the right edge of its column: the text was wrapped here.
        var fills: Bool { line.box.xMax >= right - 1.5 * em }
        var isIndented: Bool { line.box.xMin - left >= 0.9 * em }
        var endsSentence: Bool { line.text.unicodeScalars.last.map(sentenceEnds.contains) ?? true }
    }

    /// Whether `next` goes on with the paragraph of `line`: the same type, `line` wrapped at the edge,
    /// `next` neither indented nor numbered, and, below it in the same column, not set apart by a wider gap.
    /// At the top of a new column or page, a sentence that ended at the edge goes on when the document's
    /// paragraphs start indented (so that one that does not, goes on); else a new paragraph starts there.
    static func continues(from line: PlacedLine, to next: PlacedLine, paragraphsIndented: Bool) -> Bool {
        let sameSize = abs(line.line.box.height - next.line.box.height) < max(line.em, next.em) * 0.1
        guard sameSize, line.fills, !next.isIndented, !OfficialNumbering.starts(next.line.text), bulleted(next.line.text) == nil
        else { return false }
        let below = next.line.box.yMin > line.line.box.yMin && abs(next.left - line.left) < line.em
        if below, next.line.box.yMin - line.line.box.yMin > max(line.pitch, line.em) * 1.4 { return false }
        return below || !line.endsSentence || paragraphsIndented
    }

    /// The left and right edges of the lines in the same type that share some width with `line`: its column.
    /// A column alone on its page (no text beside it) reaches as far right as the page's left margin is
    /// wide, margins being alike: a page of short lines (a poem, a list of names) is not taken for a
    /// narrow column of full ones.
    private static func frame(of line: PDFLine, among lines: [PDFLine], pageWidth: Double) -> (left: Double, right: Double) {
        var left = line.box.xMin
        var right = line.box.xMax
        for other in lines where abs(other.box.height - line.box.height) < line.box.height * 0.1 {
            let overlap = min(other.box.xMax, line.box.xMax) - max(other.box.xMin, line.box.xMin)
            guard overlap > 0.5 * min(other.box.xMax - other.box.xMin, line.box.xMax - line.box.xMin) else { continue }
            left = min(left, other.box.xMin)
            right = max(right, other.box.xMax)
        }
        let beside = lines.contains { $0.box.xMin >= right || $0.box.xMax <= left }
        if !beside, let margin = lines.map(\.box.xMin).min(), pageWidth - margin > right {
            right = pageWidth - margin
        }
        return (left, right)
    }

    /// The lines of a page in reading order. Poppler's own order interleaves columns whose lines are set
    /// far apart (as 公文 are, 28 points apart in 16-point type), so the page is read here: lines wider
    /// than most of the text's width (a title, a line of a one-column page) cut it into bands, read top
    /// to bottom; in each band the other lines fall into columns, by shared width, read left to right and
    /// each top to bottom.
    static func readingOrder(_ lines: [PDFLine]) -> [PDFLine] {
        guard lines.count > 1, lines.count <= maximumColumnLines,
              let left = lines.map(\.box.xMin).min(), let right = lines.map(\.box.xMax).max()
        else { return lines }
        let spanning = { (line: PDFLine) in line.box.xMax - line.box.xMin > (right - left) * 0.6 }
        var ordered: [PDFLine] = []
        var band: [PDFLine] = []
        func flush() {
            var columns: [(left: Double, right: Double, lines: [PDFLine])] = []
            for line in band {
                let width = line.box.xMax - line.box.xMin
                let overlaps = columns.indices.map { min(columns[$0].right, line.box.xMax) - max(columns[$0].left, line.box.xMin) }
                // The column sharing most width; of two sharing as much, the one whose last line is nearest above.
                let distances = columns.map { line.box.yMin - ($0.lines.last?.box.yMax ?? 0) }
                if let index = overlaps.indices.max(by: { (overlaps[$0], -distances[$0]) < (overlaps[$1], -distances[$1]) }),
                   overlaps[index] > 0.5 * min(width, columns[index].right - columns[index].left) {
                    columns[index].left = min(columns[index].left, line.box.xMin)
                    columns[index].right = max(columns[index].right, line.box.xMax)
                    columns[index].lines.append(line)
                } else {
                    columns.append((line.box.xMin, line.box.xMax, [line]))
                }
            }
            // Columns are those of two lines or more; they count as side by side when two of them share height.
            let tall = columns.filter { $0.lines.count >= 2 }.map { column in
                (column: column, top: column.lines.map(\.box.yMin).min() ?? 0, bottom: column.lines.map(\.box.yMax).max() ?? 0)
            }
            let sideBySide = tall.contains { a in tall.contains { b in a.column.left < b.column.left && min(a.bottom, b.bottom) > max(a.top, b.top) } }
            if sideBySide, let top = tall.map(\.top).min() {
                let inColumns = Set(tall.flatMap { $0.column.lines.map(\.box) })
                let others = band.filter { !inColumns.contains($0.box) }
                ordered += others.filter { $0.box.yMax <= top }.sorted { $0.box.yMin < $1.box.yMin }
                ordered += tall.sorted { $0.column.left < $1.column.left }.flatMap { $0.column.lines.sorted { $0.box.yMin < $1.box.yMin } }
                ordered += others.filter { $0.box.yMax > top }.sorted { $0.box.yMin < $1.box.yMin }
            } else {
                ordered += band.sorted { $0.box.yMin < $1.box.yMin }
            }
            band = []
        }
        for line in lines.sorted(by: { $0.box.yMin < $1.box.yMin }) {
            if spanning(line) {
                flush()
                ordered.append(line)
            } else {
                band.append(line)
            }
        }
        flush()
        return ordered
    }

    /// The most common distance from one line's top to the next line's, below it on the page.
    private static func pitch(_ lines: [PDFLine]) -> Double {
        var counts: [Double: Int] = [:]
        for (line, next) in zip(lines, lines.dropFirst()) where next.box.yMin > line.box.yMin {
            counts[rounded(next.box.yMin - line.box.yMin), default: 0] += 1
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    /// The text after a bullet (`bullets`), or nil when the text has none: a bulleted line is a list item,
    /// as slides and many reports print them. A hyphen is no bullet: wrapped text puts one at a line's
    /// start often (`碰撞-如果`).
    static func bulleted(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, bullets.contains(first) else { return nil }
        let item = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).trimmingWhiteSpace
        return item.isEmpty ? nil : item
    }

    /// `•` `▪` `◦` `●` `■` `◆` `▶` `➢`, and the private-use bullets of Symbol and Wingdings that Word and
    /// PowerPoint print.
    private static let bullets: Set<Unicode.Scalar> = [
        "\u{2022}", "\u{25AA}", "\u{25E6}", "\u{25CF}", "\u{25A0}", "\u{25C6}", "\u{25B6}", "\u{27A2}", "\u{F0B7}", "\u{F0A7}",
    ]

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "”", "」", "…", ".", "!", "?", ";", ":"]

    private static func isHeading(_ text: String, size: Double, bodySize: Double) -> Bool {
        rounded(size) >= bodySize * headingRatio && text.count <= longestHeading
    }

    private static func rounded(_ size: Double) -> Double { (size * 2).rounded() / 2 }

    /// The size most of the text is set in: the line height that holds the most characters.
    static func bodySize(_ pages: [PDFPage]) -> Double {
        var characters: [Double: Int] = [:]
        for line in pages.flatMap(\.blocks).flatMap(\.lines) {
            characters[rounded(line.box.height), default: 0] += line.text.count
        }
        return characters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    /// Lines joined as one paragraph; a Latin word broken with a hyphen at the end of a line is made whole.
    static func join(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            let trimmed = line.trimmingWhiteSpace
            guard let first = trimmed.unicodeScalars.first else { continue }
            let scalars = result.unicodeScalars
            if scalars.count >= 2, scalars.last == "-", scalars[scalars.index(scalars.endIndex, offsetBy: -2)].properties.isAlphabetic,
               first.properties.isLowercase {
                result.unicodeScalars.removeLast()
            } else if let last = scalars.last {
                result += LineJoining.separator(between: last, and: first)
            }
            result += trimmed
        }
        return result
    }
}
