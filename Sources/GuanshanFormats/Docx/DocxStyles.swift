/// What a paragraph style makes of its paragraphs, and what a character style does to its runs,
/// from `word/styles.xml` (each style with what it inherits through `w:basedOn`).
struct DocxStyles {
    enum Role: Equatable {
        case body, title, quote, code, list
        case heading(Int)
    }

    struct RunStyle {
        var strong = false
        var emphasis = false
        /// Read as emphasis, except in a link, which Word underlines anyway.
        var underline = false
        var code = false
    }

    private var styles: [String: XMLNode] = [:]
    private var defaultParagraphStyle: String?

    init(_ root: XMLNode?) {
        for style in root?.children("w:style") ?? [] {
            guard let id = style.attributes["w:styleId"], styles[id] == nil else { continue }
            styles[id] = style
            if style.attributes["w:type"] == "paragraph", DocxToggle.isOn(style.attributes["w:default"]) == true {
                defaultParagraphStyle = id
            }
        }
    }

    /// The style a paragraph names, or the default paragraph style.
    func paragraphStyle(_ id: String?) -> String? { id ?? defaultParagraphStyle }

    func role(of id: String?, outlineLevel: String?) -> Role {
        if let level = Self.headingLevel(outlineLevel) { return .heading(level) }
        guard let id else { return .body }
        let chain = inheritance(of: id)
        for style in chain {
            let styleID = style.attributes["w:styleId"] ?? ""
            let name = style.value("w:name")?.lowercased().replacingOccurrences(of: " ", with: "") ?? ""
            for level in 1...6 where styleID == "Heading\(level)" || name == "heading\(level)" || name == "标题\(level)" {
                return .heading(level)
            }
            if styleID == "Title" || name == "title" || name == "标题" { return .title }
            if styleID == "Quote" || name == "quote" || name == "quotations" || name == "引用" { return .quote }
            if styleID == "Code" || name == "code" || name == "代码" { return .code }
            if styleID == "ListParagraph" || name == "listparagraph" || name == "列表段落" { return .list }
            if let level = Self.headingLevel(style.child("w:pPr")?.value("w:outlineLvl")) { return .heading(level) }
        }
        return .body
    }

    /// The numbering a paragraph style carries (`w:numId`, and `w:ilvl` when it gives one).
    func numbering(of id: String?) -> (numID: String, level: Int?)? {
        guard let id else { return nil }
        for style in inheritance(of: id) {
            guard let numbering = style.child("w:pPr")?.child("w:numPr"), let numID = numbering.value("w:numId") else { continue }
            return (numID, numbering.value("w:ilvl").flatMap { Int($0) })
        }
        return nil
    }

    /// The formatting a character style gives, its own over what it inherits.
    func runStyle(_ id: String?) -> RunStyle {
        var result = RunStyle()
        guard let id else { return result }
        for style in inheritance(of: id).reversed() {
            let styleID = style.attributes["w:styleId"] ?? ""
            let name = style.value("w:name")?.lowercased() ?? ""
            if styleID == "CodeChar" || name == "code char" || name == "代码字符" { result.code = true }
            if let properties = style.child("w:rPr") { DocxRunProperties.apply(properties, to: &result) }
        }
        return result
    }

    /// The style and the styles it is based on, nearest first; a cycle, or a chain longer than any
    /// real template has, ends it.
    private func inheritance(of id: String) -> [XMLNode] {
        var chain: [XMLNode] = []
        var seen: Set<String> = []
        var next: String? = id
        while chain.count < 32, let current = next, seen.insert(current).inserted, let style = styles[current] {
            chain.append(style)
            next = style.value("w:basedOn")
        }
        return chain
    }

    /// `w:outlineLvl` 0...5 is heading level 1...6; 9 is body text.
    private static func headingLevel(_ value: String?) -> Int? {
        guard let value, let level = Int(value), (0...5).contains(level) else { return nil }
        return level + 1
    }
}

/// `w:b`, `w:i`, `w:u` and the font of a run's (or a character style's) properties.
enum DocxRunProperties {
    static let monospaceFonts: Set<String> = [
        "consolas", "courier new", "courier", "menlo", "monaco", "lucida console", "source code pro",
        "dejavu sans mono", "liberation mono", "noto sans mono", "sf mono", "fira code", "jetbrains mono",
    ]

    static func apply(_ properties: XMLNode, to style: inout DocxStyles.RunStyle) {
        if let bold = properties.child("w:b") { style.strong = DocxToggle.isOn(bold.attributes["w:val"]) ?? true }
        if let italic = properties.child("w:i") { style.emphasis = DocxToggle.isOn(italic.attributes["w:val"]) ?? true }
        if let underline = properties.child("w:u") {
            let value = underline.attributes["w:val"] ?? "single"
            style.underline = value != "none"
        }
        if let fonts = properties.child("w:rFonts"),
           let font = fonts.attributes["w:ascii"] ?? fonts.attributes["w:hAnsi"] {
            style.code = monospaceFonts.contains(font.lowercased())
        }
    }
}

/// The value of an on/off property (anything but `false`, `0`, `off` is on); nil when it has none.
enum DocxToggle {
    static func isOn(_ value: String?) -> Bool? {
        guard let value else { return nil }
        return !["false", "0", "off", "none"].contains(value.lowercased())
    }
}
