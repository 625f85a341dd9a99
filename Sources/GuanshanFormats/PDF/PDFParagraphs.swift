import GuanshanText

/// The printed lines of a PDF made into the author's paragraphs and headings again, each page read in
/// its reading order (`readingOrder`): lines wrapped at the edge of their column joined (no space
/// between Chinese characters; a hyphen that only broke a word taken out, as `PDFHyphens` tells), a
/// paragraph begun where a line is indented, follows a short line or a wider gap, or opens with official
/// numbering (`一、` `（一）` `1.`) or a bullet, and carried on over a page or column break. Lines in
/// larger type than the body are headings.
enum PDFParagraphs {
    /// A line this much taller than the body's lines is in larger type: a heading.
    static let headingRatio = 1.15
    /// A heading is short; a longer run of large type is a paragraph in large type.
    static let longestHeading = 60
    /// The title may be longer: a line of a poem, a question asked in full.
    static let longestTitle = 200
    /// The deepest heading level given; smaller heading sizes share it.
    static let deepestLevel = 4
    /// Columns are found by comparing a page's lines pairwise; a page of more lines than this (tiny type,
    /// or a file made to be slow) is read as one column.
    static let maximumColumnLines = 400
    /// A band of more lines than this is not looked at for the end of a section of columns.
    static let maximumSectionLines = 200

    /// A paragraph or heading as it is gathered: its lines and the size of their type.
    struct Piece {
        var lines: [String]
        var size: Double
        /// The page (from 1) where it starts.
        var page: Int
    }

    /// The title (the largest heading at the start of the first page, when there is one), the blocks, and
    /// the page (from 1) where each block starts.
    static func blocks(of pages: [PDFPage]) -> (title: String?, blocks: [Block], pages: [Int]) {
        let body = bodySize(pages)
        var pieces: [Piece] = []
        var previous: PlacedLine?
        // Whether the document marks its paragraphs with first-line indents, as Chinese text does.
        var indented = false
        for (pageIndex, page) in pages.enumerated() {
            let lines = readingOrder(page.blocks.flatMap(\.lines), pageWidth: page.width)
            let pagePitch = pitch(lines.map(\.line))
            for (line, frame) in lines {
                let placed = PlacedLine(line, frame: frame, pitch: pagePitch)
                if let previous, continues(from: previous, to: placed, paragraphsIndented: indented, bodySize: body) {
                    pieces[pieces.count - 1].lines.append(line.text)
                } else {
                    pieces.append(Piece(lines: [line.text], size: line.box.height, page: pageIndex + 1))
                }
                previous = placed
                indented = indented || placed.isIndented
            }
        }
        // Each piece's text, and its type's size when it is a heading; a table's row keeps its cells apart.
        let hyphens = PDFHyphens(lines: pieces.lazy.flatMap(\.lines), paragraphs: pieces.map(\.lines))
        var joined = pieces.map { piece in
            let text = piece.lines.count == 1 && piece.lines[0].contains(cellSeparator) ? piece.lines[0] : join(piece.lines, hyphens: hyphens)
            return (text: text, headingSize: isHeading(text, size: piece.size, bodySize: body) && !text.contains(cellSeparator) ? rounded(piece.size) : nil)
        }
        var title: String?
        var startPages = pieces.map(\.page)
        if let first = pieces.first, let text = joined.first?.text, rounded(first.size) >= body * headingRatio,
           text.count <= longestTitle, !text.contains(cellSeparator),
           rounded(first.size) >= (joined.dropFirst().compactMap(\.headingSize).max() ?? 0) {
            title = text
            joined.removeFirst()
            startPages.removeFirst()
        }
        let sizes = Set(joined.compactMap(\.headingSize)).sorted(by: >)
        var blocks: [Block] = []
        var blockPages: [Int] = []
        for ((text, headingSize), page) in zip(joined, startPages) {
            let cells = text.split(separator: cellSeparator, omittingEmptySubsequences: false).map { [Span(String($0))] }
            if cells.count > 1 {
                // Rows one after another make one table.
                if case .table(let rows, let header) = blocks.last {
                    blocks[blocks.count - 1] = .table(rows: rows + [cells], headerRows: header)
                } else {
                    blocks.append(.table(rows: [cells], headerRows: 0))
                    blockPages.append(page)
                }
                continue
            }
            blockPages.append(page)
            if let item = bulleted(text) {
                blocks.append(.listItem(ordered: false, depth: 0, spans: [Span(item)]))
            } else if let headingSize, let rank = sizes.firstIndex(of: headingSize) {
                blocks.append(.heading(level: min(rank + 1, deepestLevel), spans: [Span(text)]))
            } else {
                blocks.append(.paragraph([Span(text)]))
            }
        }
        return (title, blocks, blockPages)
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
        /// The width of the first word, estimated from the line's width per character: up to the first
        /// space or Chinese character, or the first character of Chinese text (which breaks anywhere) with
        /// the punctuation that may not start a line after it.
        var firstWordWidth: Double {
            let characters = line.text.count
            guard characters > 0 else { return 0 }
            let word = line.text.first?.unicodeScalars.first?.isCJK == true
                ? 1 + line.text.dropFirst().prefix { $0.unicodeScalars.first?.isFullWidthPunctuation == true }.count
                : line.text.prefix { !$0.isWhitespace && $0.unicodeScalars.first?.isCJK != true }.count
            return (line.box.xMax - line.box.xMin) * Double(word) / Double(characters)
        }
        var isIndented: Bool { line.box.xMin - left >= 0.9 * em }
        var isCentered: Bool { abs(line.box.xMin + line.box.xMax - left - right) < 2 * em }
        var endsSentence: Bool { line.text.unicodeScalars.last.map(sentenceEnds.contains) ?? true }
    }

    /// Whether `next` goes on with the paragraph of `line`: the same type, `line` wrapped (at the edge, or
    /// before a word too long for the room left), `next` neither indented (but for a centred line of a
    /// title or heading, in type larger than the body's) nor numbered, and, below it in the same column,
    /// not set apart by a wider gap.
    /// At the top of a new column or page, a sentence that ended at the edge goes on when the document's
    /// paragraphs start indented (so that one that does not, goes on); else a new paragraph starts there.
    static func continues(from line: PlacedLine, to next: PlacedLine, paragraphsIndented: Bool, bodySize: Double) -> Bool {
        let sameSize = abs(line.line.box.height - next.line.box.height) < max(line.em, next.em) * 0.1
        let centredHeading = rounded(next.line.box.height) >= bodySize * headingRatio && next.isCentered
        // Wrapped: the line reaches the edge, or, not at a sentence's end, the next one's first word would
        // not have fitted after it.
        let wrapped = line.fills || (!line.endsSentence && line.line.box.xMax + next.firstWordWidth > line.right)
        guard sameSize, wrapped, !next.isIndented || centredHeading, !OfficialNumbering.starts(next.line.text), bulleted(next.line.text) == nil,
              !line.line.text.contains(cellSeparator), !next.line.text.contains(cellSeparator)
        else { return false }
        let below = next.line.box.yMin > line.line.box.yMin && abs(next.left - line.left) < line.em
        if below, next.line.box.yMin - line.line.box.yMin > max(line.pitch, line.em) * 1.4 { return false }
        return below || !line.endsSentence || paragraphsIndented
    }

    typealias Frame = (left: Double, right: Double)

    /// Between the cells of a table's row, in the text of the one line a row is read as: pdftotext never
    /// puts a tab in a word.
    static let cellSeparator: Character = "\t"

    /// The lines of a page in reading order, each with the edges of its column. Poppler's own order
    /// interleaves columns whose lines are set far apart (as 公文 are, 28 points apart in 16-point type),
    /// so the page is read here: lines wider than most of the text's width (a title, a line of a
    /// one-column page) cut it into bands, read top to bottom, and so does a line that starts, after a
    /// gap, below every line of a band that holds columns (the text after a two-column section). In each
    /// band the other lines fall into columns, by shared width; columns side by side are read left to
    /// right and each top to bottom, unless they stand further apart than they are wide, as a table's do:
    /// then each row is read across as one line, its cells kept apart (`cellSeparator`). A line in no
    /// column has the page's text width, reaching as far right as the page's left margin is wide,
    /// margins being alike: a page of short lines (a poem, a list of names) is not taken for a narrow
    /// column of full ones.
    static func readingOrder(_ lines: [PDFLine], pageWidth: Double) -> [(line: PDFLine, frame: Frame)] {
        guard let left = lines.map(\.box.xMin).min(), let right = lines.map(\.box.xMax).max() else { return [] }
        let wholePage: Frame = (left, max(right, pageWidth - left))
        guard lines.count > 1, lines.count <= maximumColumnLines else { return lines.map { ($0, wholePage) } }
        let spanning = { (line: PDFLine) in line.box.xMax - line.box.xMin > (right - left) * 0.6 }
        var ordered: [(line: PDFLine, frame: Frame)] = []
        let sorted = lines.sorted { $0.box.yMin < $1.box.yMin }
        let linePitch = pitch(sorted)
        var band: [PDFLine] = []
        func flush() {
            ordered += order(band, wholePage: wholePage)
            band = []
        }
        for line in sorted {
            if spanning(line) {
                flush()
                ordered.append((line, wholePage))
                continue
            }
            if let last = band.last, line.box.yMin - last.box.yMin > 1.15 * linePitch,
               endsColumns(band, at: line, among: lines, pitch: linePitch) {
                flush()
            }
            band.append(line)
        }
        flush()
        return ordered
    }

    /// Whether `line`, set apart below the band by more than the usual distance between lines, is the text
    /// after its columns: the band holds columns side by side whose last lines are all within two lines
    /// above it (a section of columns is balanced), and nothing stands beside it (a column going on would
    /// have the other's line beside it).
    private static func endsColumns(_ band: [PDFLine], at line: PDFLine, among lines: [PDFLine], pitch: Double) -> Bool {
        // Asked at every wide gap: a band past a section's size is not looked at again and again.
        guard band.count <= maximumSectionLines else { return false }
        let columns = sideBySide(columns(of: band))
        guard !columns.isEmpty,
              columns.allSatisfy({ column in (column.lines.map(\.box.yMin).max() ?? 0) > line.box.yMin - 2 * pitch })
        else { return false }
        return !lines.contains { other in
            min(other.box.yMax, line.box.yMax) - max(other.box.yMin, line.box.yMin) > 0.5 * line.box.height
                && (other.box.xMax <= line.box.xMin || other.box.xMin >= line.box.xMax)
        }
    }

    typealias Column = (left: Double, right: Double, lines: [PDFLine])

    /// The lines of a band gathered into columns by shared width.
    private static func columns(of band: [PDFLine]) -> [Column] {
        var columns: [Column] = []
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
        return columns
    }

    /// The columns of two lines or more, when two of them share height (stand side by side); none otherwise.
    private static func sideBySide(_ columns: [Column]) -> [Column] {
        let tall = columns.filter { $0.lines.count >= 2 }.map { column in
            (column: column, top: column.lines.map(\.box.yMin).min() ?? 0, bottom: column.lines.map(\.box.yMax).max() ?? 0)
        }
        let beside = tall.contains { a in tall.contains { b in a.column.left < b.column.left && min(a.bottom, b.bottom) > max(a.top, b.top) } }
        return beside ? tall.map(\.column) : []
    }

    /// A band's lines in reading order: see `readingOrder`.
    private static func order(_ band: [PDFLine], wholePage: Frame) -> [(line: PDFLine, frame: Frame)] {
        let columns = sideBySide(columns(of: band)).sorted { $0.left < $1.left }
        guard let top = columns.flatMap(\.lines).map(\.box.yMin).min() else {
            return band.sorted { $0.box.yMin < $1.box.yMin }.map { ($0, wholePage) }
        }
        let inColumns = Set(columns.flatMap { $0.lines.map(\.box) })
        let others = band.filter { !inColumns.contains($0.box) }
        var ordered = others.filter { $0.box.yMax <= top }.sorted { $0.box.yMin < $1.box.yMin }.map { ($0, wholePage) }
        let table = zip(columns, columns.dropFirst()).allSatisfy { a, b in
            b.left - a.right > min(a.right - a.left, b.right - b.left)
        }
        if table {
            ordered += rows(of: columns.flatMap(\.lines)).map { ($0, wholePage) }
        } else {
            ordered += columns.flatMap { column in column.lines.sorted { $0.box.yMin < $1.box.yMin }.map { ($0, (column.left, column.right)) } }
        }
        ordered += others.filter { $0.box.yMax > top }.sorted { $0.box.yMin < $1.box.yMin }.map { ($0, wholePage) }
        return ordered
    }

    /// A table's lines read across: those whose tops are within half a line of each other make one row,
    /// its cells left to right.
    private static func rows(of lines: [PDFLine]) -> [PDFLine] {
        var rows: [[PDFLine]] = []
        for line in lines.sorted(by: { $0.box.yMin < $1.box.yMin }) {
            if let first = rows.last?.first, line.box.yMin - first.box.yMin < 0.5 * first.box.height {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.map { row in
            let cells = row.sorted { $0.box.xMin < $1.box.xMin }
            let box = PDFBox(
                xMin: cells.map(\.box.xMin).min() ?? 0, yMin: cells.map(\.box.yMin).min() ?? 0, xMax: cells.map(\.box.xMax).max() ?? 0,
                yMax: cells.map(\.box.yMax).max() ?? 0)
            return PDFLine(box: box, text: cells.map(\.text).joined(separator: String(cellSeparator)))
        }
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

    /// The size most of the text is set in: the line height that holds the most characters, a title in
    /// the largest type above everything else on the first page left out (a short text may have fewer
    /// characters than its title).
    static func bodySize(_ pages: [PDFPage]) -> Double {
        var lines = pages.flatMap(\.blocks).flatMap(\.lines)
        if let largest = lines.map({ rounded($0.box.height) }).max(), let firstPage = pages.first?.blocks.flatMap(\.lines) {
            let title = firstPage.filter { rounded($0.box.height) == largest }
            let rest = lines.filter { rounded($0.box.height) != largest }
            let lowestTitleLine = title.map(\.box.yMax).max() ?? .infinity
            if !rest.isEmpty, title.count == lines.count - rest.count,
               firstPage.allSatisfy({ rounded($0.box.height) == largest || $0.box.yMin >= lowestTitleLine }) {
                lines = rest
            }
        }
        var characters: [Double: Int] = [:]
        for line in lines {
            characters[rounded(line.box.height), default: 0] += line.text.count
        }
        return characters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    /// Lines joined as one paragraph; at a hyphen that ends a line, `hyphens` says whether the word broken
    /// there keeps it.
    static func join(_ lines: [String], hyphens: PDFHyphens) -> String {
        var result = ""
        var previous = ""
        for line in lines {
            let trimmed = line.trimmingWhiteSpace
            guard let first = trimmed.unicodeScalars.first else { continue }
            if let last = result.unicodeScalars.last {
                switch hyphens.keeps(previous, before: trimmed) {
                case true?: break
                case false?: result.unicodeScalars.removeLast()
                case nil: result += LineJoining.separator(between: last, and: first)
                }
            }
            result += trimmed
            previous = trimmed
        }
        return result
    }
}
