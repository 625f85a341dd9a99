/// Running headers, footers and page numbers: lines in the top or bottom tenth of a page that repeat on
/// most pages (digits aside: `第 3 页` on page 3 is `第 4 页` on page 4), or that are a page number alone.
enum PDFRunningLines {
    /// The share of the page's height, at its top and its bottom, where running lines are looked for.
    static let margin = 0.1

    /// The pages with their running lines left out (blocks left empty are dropped).
    static func removed(from pages: [PDFPage]) -> [PDFPage] {
        var pagesHolding: [String: Int] = [:]
        for page in pages {
            for key in Set(page.blocks.flatMap(\.lines).filter { inMargin($0, of: page) }.map { key($0.text) }) {
                pagesHolding[key, default: 0] += 1
            }
        }
        let repeated = max(2, (pages.count + 1) / 2)
        return pages.map { page in
            var page = page
            page.blocks = page.blocks.compactMap { block in
                var block = block
                block.lines.removeAll { line in
                    inMargin(line, of: page) && (isPageNumber(line.text) || pagesHolding[key(line.text), default: 0] >= repeated)
                }
                return block.lines.isEmpty ? nil : block
            }
            return page
        }
    }

    private static func inMargin(_ line: PDFLine, of page: PDFPage) -> Bool {
        page.height > 0 && (line.box.yMax <= page.height * margin || line.box.yMin >= page.height * (1 - margin))
    }

    /// The text without white space, its digits all alike.
    private static func key(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { isDigit($0) ? "#" : Character($0) })
    }

    /// `3`, `- 3 -`, `— 3 —`, `第 3 页`, `第3页 共10页`, `3 / 10`, `Page 3`, `Page 3 of 10`, `iv`.
    static func isPageNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace && !"-—–·•|".unicodeScalars.contains($0) }
        guard !scalars.isEmpty, scalars.count <= 16 else { return false }
        let plain = String(String.UnicodeScalarView(scalars)).lowercased()
        let words = plain.replacing(/[0-9０-９]+/, with: "#")
        if ["#", "#/#", "第#页", "第#页共#页", "共#页第#页", "page#", "page#of#", "p.#", "#of#"].contains(words) { return true }
        return plain.count <= 6 && plain.allSatisfy { "ivxlc".contains($0) }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
