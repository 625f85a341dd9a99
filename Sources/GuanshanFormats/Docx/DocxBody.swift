import GuanshanText

/// The blocks of `word/document.xml`'s body, numbered as Word numbers them, and the first
/// Title-styled paragraph set aside as a title.
struct DocxBody {
    let styles: DocxStyles
    var numbering: DocxNumbering
    var inline: DocxInline
    private(set) var blocks: [Block] = []
    /// The first Title-styled paragraph and where in the blocks it stood.
    private(set) var title: (spans: [Span], index: Int)?

    init(styles: DocxStyles, numbering: DocxNumbering, relationships: DocxRelationships) {
        self.styles = styles
        self.numbering = numbering
        inline = DocxInline(styles: styles, relationships: relationships)
    }

    mutating func read(_ nodes: [XMLNode]) {
        for node in nodes {
            switch node.name {
            case "w:p": paragraph(node)
            case "w:tbl": table(node)
            case "w:sdt": read(node.child("w:sdtContent")?.children ?? [])
            case "w:customXml", "w:ins": read(node.children)
            default: continue
            }
        }
    }

    private mutating func paragraph(_ node: XMLNode) {
        let properties = node.child("w:pPr")
        let style = styles.paragraphStyle(properties?.value("w:pStyle"))
        let role = styles.role(of: style, outlineLevel: properties?.value("w:outlineLvl"))
        let number = number(of: properties, style: style)
        let lines = inline.lines(of: node)
        if role == .code {
            let text = lines.map { $0.plainText }.joined(separator: "\n")
            if !text.isBlank { blocks.append(.code(language: nil, text: text)) }
            return
        }
        var parts = lines.map(SpanList.normalized).filter { !$0.isEmpty }
        if role == .title, title == nil, !parts.isEmpty {
            title = (SpanList.normalized(Array(parts.joined(separator: [Span("\n")]))), blocks.count)
            return
        }
        if let (number, level) = number {
            let listed = number.format == "bullet" ? role.headingLevel == nil : role == .list && number.format == "decimal"
            if listed {
                blocks += parts.map { .listItem(ordered: number.format != "bullet", depth: level, spans: $0) }
                return
            }
            if !parts.isEmpty { parts[0] = Self.prefixed(parts[0], with: number) }
        }
        for spans in parts {
            switch role {
            case .heading(let level): blocks.append(.heading(level: level, spans: spans))
            case .quote: blocks.append(.quote(spans))
            default: blocks.append(.paragraph(spans))
            }
        }
    }

    /// The paragraph's number and its level, counting it; nil when it has none.
    private mutating func number(of properties: XMLNode?, style: String?) -> (DocxNumbering.Number, Int)? {
        let own = properties?.child("w:numPr")
        let inherited = styles.numbering(of: style)
        guard let numID = own?.value("w:numId") ?? inherited?.numID, numID != "0" else { return nil }
        let level = own?.value("w:ilvl").flatMap { Int($0) } ?? inherited?.level ?? numbering.level(of: numID, style: style) ?? 0
        return numbering.next(numID: numID, level: level).map { ($0, level) }
    }

    private static func prefixed(_ spans: [Span], with number: DocxNumbering.Number) -> [Span] {
        guard let last = number.text.unicodeScalars.last, let first = spans.first?.text.unicodeScalars.first else { return spans }
        let separator = number.separated ? LineJoining.separator(between: last, and: first) : ""
        return SpanList.merged([Span(number.text + separator)] + spans)
    }

    private mutating func table(_ node: XMLNode) {
        let rows = node.children("w:tr")
        let cells = rows.map { row in row.children("w:tc").map { cell($0) } }
        let headerRows = rows.prefix { row in
            row.child("w:trPr")?.child("w:tblHeader").map { DocxToggle.isOn($0.attributes["w:val"]) ?? true } ?? false
        }.count
        if cells.contains(where: { !$0.isEmpty }) { blocks.append(.table(rows: cells, headerRows: headerRows)) }
    }

    /// A cell's paragraphs (and the text of any table inside it) as one run of spans.
    private mutating func cell(_ node: XMLNode) -> [Span] {
        var nested = DocxBody(styles: styles, numbering: numbering, relationships: DocxRelationships(nil))
        nested.inline = inline
        nested.read(node.children)
        numbering = nested.numbering
        inline = nested.inline
        let lines = nested.blocks.map { block in
            if case .table(let rows, _) = block { return [Span(rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "\n"))] }
            return block.spans.isEmpty ? [Span(block.plainText)] : block.spans
        }
        return SpanList.normalized(Array(lines.joined(separator: [Span("\n")])))
    }
}

extension DocxStyles.Role {
    var headingLevel: Int? {
        if case .heading(let level) = self { return level }
        return nil
    }
}
