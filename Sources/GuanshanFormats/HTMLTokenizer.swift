/// One attribute of a start tag, its value with character references resolved.
struct HTMLAttribute: Hashable {
    var name: String
    var value: String
}

enum HTMLToken: Hashable {
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    case endTag(name: String)
    case text(String)
}

/// Splits HTML into tags and text the way browsers do (WHATWG tokenization): comments, doctypes
/// and processing instructions are skipped, a tag cut off by the end of the input is dropped, and
/// every step consumes input, so any text ends.
struct HTMLTokenizer {
    /// How the text after a start tag is read; the tree builder sets it, as the tokenizer cannot know.
    enum TextMode: Equatable {
        case data
        /// Text with character references, up to the end tag (`title`, `textarea`).
        case escapableRawText(String)
        /// Text taken literally up to the end tag (`style`, `xmp`, `iframe` …).
        case rawText(String)
        /// Like raw text, except that `</script>` inside `<!--<script>…-->` does not end it.
        case script
        /// Everything to the end of the input is text.
        case plainText
    }

    var mode = TextMode.data
    /// Whether `<![CDATA[…]]>` is text (inside SVG and MathML) rather than a comment.
    var allowsCDATA = false
    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// Line breaks become `\n` (form feeds too, which HTML reads as white space); other control characters go.
    init(_ html: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(html.unicodeScalars.count)
        var afterCR = false
        for scalar in html.unicodeScalars {
            if scalar == "\r" || scalar == "\u{0C}" {
                scalars.append("\n")
            } else if !(scalar == "\n" && afterCR) && !scalar.isStrayControl {
                scalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        self.scalars = scalars
    }

    mutating func next() -> HTMLToken? {
        while index < scalars.count {
            let token: HTMLToken?
            switch mode {
            case .data: token = data()
            case .escapableRawText(let name): token = rawText(until: endTag(name, from: index), decoding: true)
            case .rawText(let name): token = rawText(until: endTag(name, from: index), decoding: false)
            case .script: token = rawText(until: scriptEnd(), decoding: false)
            case .plainText: token = rawText(until: scalars.count, decoding: false)
            }
            if let token { return token }
        }
        return nil
    }

    /// The text up to `end`, after which the end tag is read as markup again.
    private mutating func rawText(until end: Int, decoding: Bool) -> HTMLToken? {
        let text = scalars[index..<end]
        index = end
        if mode != .plainText { mode = .data }
        guard !text.isEmpty else { return nil }
        return .text(decoding ? HTMLCharacterReference.decoded(text, inAttribute: false) : String(String.UnicodeScalarView(text)))
    }

    /// A tag, or text up to the next `<`; nil when what was read is skipped.
    private mutating func data() -> HTMLToken? {
        if scalars[index] == "<" {
            let start = index
            if let token = markup() { return token }
            guard index == start else { return nil }
            index += 1
            return .text("<")
        }
        let start = index
        while index < scalars.count, scalars[index] != "<" { index += 1 }
        return .text(HTMLCharacterReference.decoded(scalars[start..<index], inAttribute: false))
    }

    private func startsMarkup(at position: Int) -> Bool {
        guard position + 1 < scalars.count else { return false }
        let next = scalars[position + 1]
        return next == "!" || next == "?" || next == "/" || next.isASCIILetter
    }

    private mutating func markup() -> HTMLToken? {
        guard startsMarkup(at: index) else { return nil }
        let next = scalars[index + 1]
        if next == "!" {
            if starts(with: "<!--") {
                skipComment()
            } else if allowsCDATA, starts(with: "<![CDATA[") {
                let start = index + 9
                let end = find("]]>", from: start) ?? scalars.count
                index = min(end + 3, scalars.count)
                return .text(String(String.UnicodeScalarView(scalars[start..<end])))
            } else {
                skipBogusComment()
            }
            return nil
        }
        if next == "?" {
            skipBogusComment()
            return nil
        }
        if next == "/" {
            guard index + 2 < scalars.count else {
                index = scalars.count
                return .text("</")
            }
            if scalars[index + 2] == ">" {
                index += 3
                return nil
            }
            guard scalars[index + 2].isASCIILetter else {
                skipBogusComment()
                return nil
            }
            index += 2
            return tag().map { .endTag(name: $0.name) }
        }
        index += 1
        return tag().map { .startTag(name: $0.name, attributes: $0.attributes, selfClosing: $0.selfClosing) }
    }

    private mutating func skipComment() {
        index += 4
        // `<!-->` and `<!--->` are whole comments.
        if starts(with: ">") {
            index += 1
            return
        }
        if starts(with: "->") {
            index += 2
            return
        }
        while index < scalars.count {
            if starts(with: "-->") {
                index += 3
                return
            }
            if starts(with: "--!>") {
                index += 4
                return
            }
            index += 1
        }
    }

    private mutating func skipBogusComment() {
        index = (find(">", from: index + 1) ?? scalars.count - 1) + 1
    }

    /// A tag from its name (at `index`) to its `>`; nil when the input ends first.
    private mutating func tag() -> (name: String, attributes: [HTMLAttribute], selfClosing: Bool)? {
        let name = word(endingAt: { $0.isHTMLSpace || $0 == "/" || $0 == ">" })
        var attributes: [HTMLAttribute] = []
        while index < scalars.count {
            skipSpaces()
            guard index < scalars.count else { break }
            switch scalars[index] {
            case ">":
                index += 1
                return (name, attributes, false)
            case "/":
                index += 1
                if starts(with: ">") {
                    index += 1
                    return (name, attributes, true)
                }
            default:
                let attribute = self.attribute()
                if !attributes.contains(where: { $0.name == attribute.name }) { attributes.append(attribute) }
            }
        }
        index = scalars.count
        return nil
    }

    private mutating func attribute() -> HTMLAttribute {
        // A leading `=` belongs to the name.
        let first = scalars[index]
        index += 1
        let rest = word(endingAt: { $0.isHTMLSpace || $0 == "/" || $0 == ">" || $0 == "=" })
        let name = String(first).lowercased() + rest
        skipSpaces()
        guard starts(with: "=") else { return HTMLAttribute(name: name, value: "") }
        index += 1
        skipSpaces()
        guard index < scalars.count else { return HTMLAttribute(name: name, value: "") }
        let start: Int, end: Int
        let quote = scalars[index]
        if quote == "\"" || quote == "'" {
            start = index + 1
            end = find(String(quote), from: start) ?? scalars.count
            index = min(end + 1, scalars.count)
        } else {
            start = index
            while index < scalars.count, !scalars[index].isHTMLSpace, scalars[index] != ">" { index += 1 }
            end = index
        }
        return HTMLAttribute(name: name, value: HTMLCharacterReference.decoded(scalars[start..<end], inAttribute: true))
    }

    /// The ASCII-lowercased run of characters from `index` up to one that `isEnd`.
    private mutating func word(endingAt isEnd: (Unicode.Scalar) -> Bool) -> String {
        let start = index
        while index < scalars.count, !isEnd(scalars[index]) { index += 1 }
        return String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
    }

    private mutating func skipSpaces() {
        while index < scalars.count, scalars[index].isHTMLSpace { index += 1 }
    }

    private func starts(with text: String) -> Bool {
        scalars[index...].starts(with: text.unicodeScalars)
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        HTMLText.Tag.find(needle, in: scalars, from: start)
    }

    /// Where `</name` followed by a space, `/` or `>` starts, from `start`; the end of the input if nowhere.
    private func endTag(_ name: String, from start: Int) -> Int {
        var position = start
        while let open = find("</", from: position) {
            if isEndTag(name, at: open) { return open }
            position = open + 2
        }
        return scalars.count
    }

    private func isEndTag(_ name: String, at position: Int) -> Bool {
        let nameEnd = position + 2 + name.unicodeScalars.count
        guard nameEnd < scalars.count, scalars[position] == "<", scalars[position + 1] == "/",
              String(String.UnicodeScalarView(scalars[(position + 2)..<nameEnd])).lowercased() == name
        else { return false }
        return scalars[nameEnd].isHTMLSpace || scalars[nameEnd] == "/" || scalars[nameEnd] == ">"
    }

    /// The end of script text: `</script>`, except inside `<!--<script>` … `-->`, where browsers
    /// keep reading (the script data escape states of the standard).
    private func scriptEnd() -> Int {
        enum State { case plain, escaped, doubleEscaped }
        var state = State.plain
        var position = index
        func at(_ text: String) -> Bool { scalars[position...].starts(with: text.unicodeScalars) }
        func isTag(_ prefix: String) -> Bool {
            let end = position + prefix.unicodeScalars.count + 6
            guard end < scalars.count, at(prefix) else { return false }
            let name = String(String.UnicodeScalarView(scalars[(position + prefix.unicodeScalars.count)..<end]))
            return name.lowercased() == "script" && (scalars[end].isHTMLSpace || scalars[end] == "/" || scalars[end] == ">")
        }
        while position < scalars.count {
            switch state {
            case .plain:
                if isTag("</") { return position }
                if at("<!--") {
                    state = .escaped
                    position += 4
                    // `<!-->` closes at once.
                    if position < scalars.count, scalars[position] == ">" { state = .plain }
                    continue
                }
            case .escaped:
                if isTag("</") { return position }
                if at("-->") { state = .plain }
                if isTag("<") { state = .doubleEscaped }
            case .doubleEscaped:
                if at("-->") { state = .plain }
                if isTag("</") { state = .escaped }
            }
            position += 1
        }
        return scalars.count
    }
}

extension Unicode.Scalar {
    /// The white space of HTML syntax: tab, line feed, form feed, carriage return and space.
    var isHTMLSpace: Bool { self == " " || self == "\t" || self == "\n" || self == "\u{0C}" || self == "\r" }

    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
