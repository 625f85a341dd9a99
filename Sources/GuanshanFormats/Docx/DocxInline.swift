import GuanshanText

/// The text of a paragraph's runs, as lines of spans: a line break (`w:br`, not a page break) starts a new line.
struct DocxInline {
    let styles: DocxStyles
    let relationships: DocxRelationships
    /// Footnote ids in the order the body first refers to them; a reference shows as `[n]`.
    private(set) var footnotes: [String] = []
    private var footnoteNumbers: [String: Int] = [:]
    /// Inside a footnote, its own number mark (`w:footnoteRef`) is dropped and references are not counted.
    var inFootnote = false

    private var lines: [[Span]] = [[]]

    init(styles: DocxStyles, relationships: DocxRelationships) {
        self.styles = styles
        self.relationships = relationships
    }

    mutating func lines(of paragraph: XMLNode) -> [[Span]] {
        lines = [[]]
        read(paragraph.children, link: nil)
        return lines
    }

    private mutating func read(_ nodes: [XMLNode], link: String?) {
        for node in nodes {
            switch node.name {
            case "w:r":
                run(node, link: link)
            case "w:hyperlink":
                read(node.children, link: relationships.link(node.attributes["r:id"]) ?? link)
            case "w:ins", "w:smartTag", "w:customXml", "w:sdtContent", "w:fldSimple":
                read(node.children, link: link)
            case "w:sdt":
                read(node.child("w:sdtContent")?.children ?? [], link: link)
            default:
                continue
            }
        }
    }

    private mutating func run(_ run: XMLNode, link: String?) {
        let properties = run.child("w:rPr")
        if let hidden = properties?.child("w:vanish"), DocxToggle.isOn(hidden.attributes["w:val"]) ?? true { return }
        var style = styles.runStyle(properties?.value("w:rStyle"))
        if let properties { DocxRunProperties.apply(properties, to: &style) }
        func append(_ text: String, styled: Bool = true) {
            let span = styled
                ? Span(text, emphasis: style.emphasis || style.underline && link == nil, strong: style.strong, code: style.code, link: link)
                : Span(text, link: link)
            lines[lines.count - 1].append(span)
        }
        for child in Self.content(of: run) {
            switch child.name {
            case "w:t":
                append(child.text)
            case "w:tab":
                append(" ")
            case "w:noBreakHyphen":
                append("-")
            case "w:br" where child.attributes["w:type"] != "page" && child.attributes["w:type"] != "column", "w:cr":
                lines.append([])
            case "w:footnoteReference" where !inFootnote:
                guard let id = child.attributes["w:id"] else { continue }
                let number = footnoteNumbers[id] ?? footnotes.count + 1
                if footnoteNumbers[id] == nil {
                    footnoteNumbers[id] = number
                    footnotes.append(id)
                }
                append("[\(number)]", styled: false)
            case "w:drawing", "w:pict":
                append(Self.image(child), styled: false)
            default:
                continue
            }
        }
    }

    /// A run's children, with `mc:AlternateContent` replaced by what its first choice holds.
    private static func content(of run: XMLNode) -> [XMLNode] {
        run.children.flatMap { child in
            child.name == "mc:AlternateContent" ? child.child("mc:Choice")?.children ?? [] : [child]
        }
    }

    /// `[图片：alt text]` from the picture's description or title; `[图片]` when it has neither.
    private static func image(_ node: XMLNode) -> String {
        let properties = node.descendants("wp:docPr").first?.attributes ?? node.descendants("v:imagedata").first?.attributes ?? [:]
        let alt = [properties["descr"], properties["title"], properties["o:title"]]
            .compactMap { $0?.trimmingWhiteSpace }.first { !$0.isEmpty }
        return alt.map { "[图片：\($0)]" } ?? "[图片]"
    }
}
