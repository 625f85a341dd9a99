/// The readable text of raw HTML found in Markdown: tags stripped, never passed through.
enum HTMLText {
    /// Block-level tags, as CommonMark lists them: they start an HTML block in Markdown,
    /// and text after them starts a new paragraph.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup",
        "option", "p", "param", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "title", "tr", "track", "ul",
    ]

    /// Tags whose content is not text for a reader.
    private static let hiddenTags: Set<String> = ["script", "style", "template", "noscript", "textarea"]

    /// The paragraphs of an HTML fragment: comments, scripts and styles dropped, block-level tags
    /// separating paragraphs, entities decoded, white space collapsed.
    static func paragraphs(_ html: some StringProtocol) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            let text = collapsed(String(current))
            if !text.isEmpty { paragraphs.append(text) }
            current = String.UnicodeScalarView()
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let tag = Tag.match(scalars, at: index) {
                index = tag.end
                guard let name = tag.name else { continue }
                if hiddenTags.contains(name) && !tag.closing {
                    index = Tag.endOfElement(name, in: scalars, from: index)
                } else if name == "br" {
                    current.append("\n")
                } else if blockTags.contains(name) {
                    flush()
                }
            } else if scalar == "&", let (text, end) = HTMLEntities.match(scalars, at: index) {
                current.append(contentsOf: text.unicodeScalars)
                index = end
            } else {
                current.append(scalar)
                index += 1
            }
        }
        flush()
        return paragraphs
    }

    /// Runs of spaces and tabs become one space; line breaks join lines as in a paragraph.
    private static func collapsed(_ text: String) -> String {
        LineJoining.join(LineJoining.lines(of: text).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        })
    }

    /// An HTML tag, comment, declaration or processing instruction.
    struct Tag {
        /// The lowercased element name; nil for comments, declarations and processing instructions.
        var name: String?
        var closing: Bool
        /// The index after the tag's `>`.
        var end: Int

        /// The tag starting at `start` (a `<`), or nil when the `<` starts no tag.
        static func match(_ scalars: [Unicode.Scalar], at start: Int) -> Tag? {
            var index = start + 1
            guard index < scalars.count else { return nil }
            if scalars[index...].starts(with: "!--".unicodeScalars) {
                let end = find("-->", in: scalars, from: index + 3).map { $0 + 3 } ?? scalars.count
                return Tag(name: nil, closing: false, end: end)
            }
            if scalars[index] == "!" || scalars[index] == "?" {
                guard let close = scalars[index...].firstIndex(where: { $0 == ">" || $0 == "<" }), scalars[close] == ">"
                else { return nil }
                return Tag(name: nil, closing: false, end: close + 1)
            }
            let closing = scalars[index] == "/"
            if closing { index += 1 }
            let nameStart = index
            while index < scalars.count, scalars[index].isASCII,
                  scalars[index].properties.isAlphabetic || (index > nameStart && (scalars[index] == "-" || ("0"..."9").contains(scalars[index]))) {
                index += 1
            }
            guard index > nameStart, index < scalars.count else { return nil }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
            guard scalars[index].isWhiteSpace || scalars[index] == ">" || scalars[index] == "/" else { return nil }
            // A `<` ends the search even inside a quoted attribute value: no real tag needs one there,
            // and it keeps the scan short.
            var quote: Unicode.Scalar?
            while index < scalars.count, scalars[index] != "<" {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    return Tag(name: name, closing: closing, end: index + 1)
                }
                index += 1
            }
            return nil
        }

        /// The index after the closing tag of `name`, or the end of the text when it is never closed.
        static func endOfElement(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
            var index = start
            while let open = find("</", in: scalars, from: index) {
                if let tag = match(scalars, at: open), tag.closing, tag.name == name { return tag.end }
                index = open + 2
            }
            return scalars.count
        }

        static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
            let pattern = Array(needle.unicodeScalars)
            guard let first = pattern.first, start < scalars.count else { return nil }
            var index = start
            while index + pattern.count <= scalars.count {
                if scalars[index] == first && scalars[index..<index + pattern.count].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }
    }
}
