/// Lines that a justified paragraph stretched to the margins: the words before a long one that went to
/// the next line (`中文 man 手册页计划：` before a URL, `$ svn cp` before a path) spread out over the whole
/// width. Poppler reads such a line as words far apart, often as lines of their own side by side; here
/// they are made one line again. Chinese characters set apart share one gap, taken out before spaces are
/// looked for; Latin words set apart are a justified line's spaces, all widened alike.
enum PDFStretchedLines {
    /// A piece of a line: a word, or a line poppler made of part of one.
    typealias Piece = (text: String, box: PDFBox)

    /// The text of a line's pieces, left to right: when at least two of them are single Chinese characters,
    /// and as many as the others, the narrowest gap between two characters is a stretch, not a space.
    static func text(of pieces: [Piece]) -> String {
        var text = ""
        var last: PDFBox?
        let stretch = chineseStretch(pieces)
        for piece in pieces {
            var box = piece.box
            box.xMin -= stretch
            PDFTextLayout.join(piece.text, at: box, after: last, to: &text, chineseGapsAreSpaces: true)
            last = piece.box
        }
        return text
    }

    /// The pages with each stretched line that poppler cut into lines made one.
    static func joined(_ pages: [PDFPage]) -> [PDFPage] {
        pages.map(joined)
    }

    private static func joined(_ page: PDFPage) -> PDFPage {
        // Where each line is: its block and its place there.
        let places = page.blocks.indices.flatMap { block in page.blocks[block].lines.indices.map { (block: block, line: $0) } }
        let lines = places.map { page.blocks[$0.block].lines[$0.line] }
        guard let textRight = lines.map(\.box.xMax).max() else { return page }
        let order = lines.indices.sorted { (lines[$0].box.yMin, lines[$0].box.xMin) < (lines[$1].box.yMin, lines[$1].box.xMin) }
        var page = page
        var removed: Set<Int> = []
        var start = 0
        while start < order.count {
            let first = lines[order[start]].box
            var end = start + 1
            while end < order.count, sameRow(lines[order[end]].box, first) { end += 1 }
            let row = order[start..<end].sorted { lines[$0].box.xMin < lines[$1].box.xMin }
            if let line = stretched(row.map { lines[$0] }, textRight: textRight) {
                let place = places[row[0]]
                page.blocks[place.block].lines[place.line] = line
                removed.formUnion(row.dropFirst())
            }
            start = end
        }
        guard !removed.isEmpty else { return page }
        for index in removed.sorted(by: >) {
            page.blocks[places[index].block].lines.remove(at: places[index].line)
        }
        page.blocks.removeAll { $0.lines.isEmpty }
        return page
    }

    /// Lines of one row: tops and heights within a tenth of the height of each other.
    private static func sameRow(_ box: PDFBox, _ first: PDFBox) -> Bool {
        let tolerance = 0.1 * max(first.height, 1)
        return abs(box.yMin - first.yMin) < tolerance && abs(box.height - first.height) < tolerance
    }

    /// The row made one line when it is a stretched line: three pieces or more, not overlapping, and either
    /// Chinese characters set apart (`chineseStretch`) or Latin words set apart by gaps all alike that end
    /// at the right edge of the page's text, as justification leaves them. Nil otherwise: a table's row,
    /// columns side by side.
    private static func stretched(_ row: [PDFLine], textRight: Double) -> PDFLine? {
        guard row.count >= 3, zip(row, row.dropFirst()).allSatisfy({ $0.box.xMax <= $1.box.xMin }) else { return nil }
        let pieces = row.map { (text: $0.text, box: $0.box) }
        if chineseStretch(pieces) == 0 {
            let gaps = zip(row, row.dropFirst()).map { $1.box.xMin - $0.box.xMax }
            guard let widest = gaps.max(), let narrowest = gaps.min(), widest - narrowest < 1,
                  abs(row[row.count - 1].box.xMax - textRight) < 1
            else { return nil }
        }
        let box = PDFBox(
            xMin: row[0].box.xMin, yMin: row.map(\.box.yMin).min() ?? 0, xMax: row[row.count - 1].box.xMax, yMax: row.map(\.box.yMax).max() ?? 0)
        return PDFLine(box: box, text: text(of: pieces))
    }

    /// The gap that stretches Chinese characters apart: the narrowest between two characters, when at least
    /// two of the pieces are single characters and they are at least half of them; 0 otherwise.
    private static func chineseStretch(_ pieces: [Piece]) -> Double {
        let single = pieces.filter { $0.text.unicodeScalars.count == 1 && $0.text.unicodeScalars.first?.isIdeograph == true }
        guard single.count >= 2, 2 * single.count >= pieces.count else { return 0 }
        let gaps = zip(pieces, pieces.dropFirst()).filter { left, right in
            left.text.unicodeScalars.last?.isIdeograph == true && right.text.unicodeScalars.first?.isIdeograph == true
        }.map { $1.box.xMin - $0.box.xMax }
        return max(gaps.min() ?? 0, 0)
    }
}

private extension Unicode.Scalar {
    /// A Han character, kana or Hangul: CJK but not punctuation.
    var isIdeograph: Bool { isCJK && !isFullWidthPunctuation }
}
