import GuanshanText

/// Reads what Tesseract recognized on a page image, as its TSV output (`tesseract … tsv`): a row for the
/// page, each block, paragraph, line and word, with its box in pixels. Made into the same pages of
/// blocks of lines as a PDF's text layer, in points, so that paragraphs, headings and running lines
/// are found the same way.
enum OCRLayout {
    /// The page in `tsv`, recognized from an image drawn at `dpi`; nil when the TSV has no page row.
    static func page(_ tsv: [UInt8], dpi: Double) -> PDFPage? {
        let scale = 72 / dpi
        var page: PDFPage?
        var block: PDFTextBlock?
        var line: PDFLine?
        var lastWord: PDFBox?
        func endLine() {
            if let done = line, !done.text.isEmpty { block?.lines.append(done) }
            line = nil
        }
        func endBlock() {
            endLine()
            if let done = block, !done.lines.isEmpty { page?.blocks.append(done) }
            block = nil
        }
        for row in String(decoding: tsv, as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst() {
            let fields = row.split(separator: "\t", maxSplits: 11, omittingEmptySubsequences: false)
            guard fields.count >= 11, let level = Int(fields[0]), let left = Double(fields[6]), let top = Double(fields[7]),
                  let width = Double(fields[8]), let height = Double(fields[9])
            else { continue }
            let box = PDFBox(xMin: left * scale, yMin: top * scale, xMax: (left + width) * scale, yMax: (top + height) * scale)
            switch level {
            case 1:
                page = PDFPage(width: box.xMax, height: box.yMax, blocks: [])
            case 2:
                endBlock()
                block = PDFTextBlock(box: box, lines: [])
            case 4:
                endLine()
                line = PDFLine(box: box, text: "")
                lastWord = nil
            case 5:
                let word = fields.count > 11 ? fields[11].trimmingCharacters(in: .whitespaces) : ""
                guard !word.isEmpty, line != nil else { continue }
                PDFTextLayout.join(word, at: box, after: lastWord, to: &line!.text, chineseGapsAreSpaces: false)
                lastWord = box
            default:
                continue
            }
        }
        endBlock()
        return page
    }
}
