import GuanshanText

extension DocxWriter {
    /// `word/document.xml`: the title and the blocks as paragraphs and tables, with the links and
    /// lists they need recorded for the relationships and the numbering.
    struct Body {
        private(set) var links = Links()
        private(set) var numbering = Numbering()
        private var body = ""
        /// Word joins two tables with nothing between them, and wants a paragraph before the section's end.
        private var endsInTable = false

        var xml: String {
            XML.declaration + "<w:document \(XML.wordNamespaces)><w:body>" + body + (endsInTable ? "<w:p/>" : "")
                + Page.section + "</w:body></w:document>"
        }

        mutating func add(title: String) {
            guard !title.isBlank else { return }
            body += Self.paragraph(style: "Title", runs: "<w:r>\(Runs.content(title))</w:r>")
        }

        mutating func add(_ block: Block) {
            if case .listItem = block {} else { numbering.interrupt() }
            switch block {
            case .heading(let level, let spans):
                add(spans, style: "Heading\(min(max(level, 1), 6))")
            case .paragraph(let spans):
                add(spans, style: nil)
            case .quote(let spans):
                add(spans, style: "Quote")
            case .code(_, let text):
                append(paragraph: Self.paragraph(style: "Code", runs: "<w:r>\(Runs.content(text))</w:r>"))
            case .table(let rows, let headerRows):
                add(table: rows, headerRows: headerRows)
            case .listItem(let ordered, let depth, let spans):
                guard !spans.plainText.isBlank else { return }
                let listProperties = #"<w:numPr><w:ilvl w:val="\#(min(max(depth, 0), Numbering.levels.upperBound - 1))"/>"#
                    + #"<w:numId w:val="\#(numbering.item(ordered: ordered))"/></w:numPr>"#
                append(paragraph: Self.paragraph(style: "ListParagraph", properties: listProperties, runs: Runs.xml(spans, links: &links)))
            }
        }

        private mutating func append(paragraph: String) {
            body += paragraph
            endsInTable = false
        }

        private mutating func add(_ spans: [Span], style: String?) {
            guard !spans.plainText.isBlank else { return }
            append(paragraph: Self.paragraph(style: style, runs: Runs.xml(spans, links: &links)))
        }

        /// A table across the text width, ruled all round, columns of equal width; short rows are
        /// filled with empty cells.
        private mutating func add(table rows: [[[Span]]], headerRows: Int) {
            let columns = rows.map(\.count).max() ?? 0
            guard columns > 0 else { return }
            let width = Page.textWidth / columns
            let rules = ["top", "left", "bottom", "right", "insideH", "insideV"]
                .map { #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="auto"/>"# }.joined()
            body += (endsInTable ? "<w:p/>" : "")
                + #"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>\#(rules)</w:tblBorders></w:tblPr>"#
                + "<w:tblGrid>" + String(repeating: #"<w:gridCol w:w="\#(width)"/>"#, count: columns) + "</w:tblGrid>"
            for (index, row) in rows.enumerated() {
                let isHeader = index < headerRows
                body += "<w:tr>" + (isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
                for cell in row + Array(repeating: [], count: columns - row.count) {
                    body += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>"#
                        + Self.paragraph(style: isHeader ? "TableHeader" : "TableText", runs: Runs.xml(cell, links: &links)) + "</w:tc>"
                }
                body += "</w:tr>"
            }
            body += "</w:tbl>"
            endsInTable = true
        }

        private static func paragraph(style: String?, properties: String = "", runs: String) -> String {
            let styleProperty = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
            let all = styleProperty + properties
            return "<w:p>" + (all.isEmpty ? "" : "<w:pPr>\(all)</w:pPr>") + runs + "</w:p>"
        }
    }
}
