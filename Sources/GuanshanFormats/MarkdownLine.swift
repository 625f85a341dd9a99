/// Recognizers for the start of Markdown blocks on one line. Markers are ASCII, so they scan UTF-8.
enum MarkdownLine {
    /// The columns of leading spaces and tabs (tab stops every 4) and where the rest of the line starts.
    static func indentation(_ line: Substring) -> (columns: Int, end: Substring.Index) {
        var columns = 0
        var index = line.startIndex
        let utf8 = line.utf8
        while index < line.endIndex {
            switch utf8[index] {
            case 0x20: columns += 1
            case 0x09: columns += 4 - columns % 4
            default: return (columns, index)
            }
            index = utf8.index(after: index)
        }
        return (columns, index)
    }

    /// The line without up to `columns` columns of indentation; a tab only partly removed leaves spaces.
    static func removingIndentation(_ line: Substring, columns: Int) -> Substring {
        var removed = 0
        var index = line.startIndex
        let utf8 = line.utf8
        while index < line.endIndex, removed < columns {
            let byte = utf8[index]
            if byte == 0x20 {
                removed += 1
            } else if byte == 0x09 {
                let width = 4 - removed % 4
                if removed + width > columns {
                    let rest = line[utf8.index(after: index)...]
                    return Substring(String(repeating: " ", count: removed + width - columns) + rest)
                }
                removed += width
            } else {
                break
            }
            index = utf8.index(after: index)
        }
        return line[index...]
    }

    /// The line after at most 3 columns of indentation, or nil when it is indented more.
    private static func body(_ line: Substring) -> Substring? {
        let (columns, end) = indentation(line)
        return columns <= 3 ? line[end...] : nil
    }

    private static func run(of byte: UInt8, in text: Substring) -> Int {
        text.utf8.prefix(while: { $0 == byte }).count
    }

    private static func dropping(_ count: Int, from text: Substring) -> Substring {
        text[text.utf8.index(text.startIndex, offsetBy: count)...]
    }

    private static func isSpaceOrTab(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func isBlankASCII(_ text: Substring) -> Bool { text.utf8.allSatisfy { isSpaceOrTab($0) } }

    private static func trimmedASCII(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !isSpaceOrTab($0) }),
              let last = utf8.lastIndex(where: { !isSpaceOrTab($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    // MARK: Headings and breaks

    static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
        guard let rest = body(line) else { return nil }
        let level = run(of: UInt8(ascii: "#"), in: rest)
        guard (1...6).contains(level) else { return nil }
        let after = dropping(level, from: rest)
        guard after.isEmpty || isSpaceOrTab(after.utf8.first) else { return nil }
        var text = trimmedASCII(after)
        let withoutClosing = text.utf8.reversed().prefix(while: { $0 == UInt8(ascii: "#") }).count
        let kept = text.utf8.count - withoutClosing
        if kept == 0 {
            text = text[text.endIndex...]
        } else if withoutClosing > 0, isSpaceOrTab(text.utf8[text.utf8.index(text.startIndex, offsetBy: kept - 1)]) {
            text = trimmedASCII(text[..<text.utf8.index(text.startIndex, offsetBy: kept)])
        }
        return (level, text)
    }

    static func isThematicBreak(_ line: Substring) -> Bool {
        guard let rest = body(line), let marker = rest.utf8.first,
              marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_")
        else { return false }
        var count = 0
        for byte in rest.utf8 {
            if byte == marker { count += 1 } else if !isSpaceOrTab(byte) { return false }
        }
        return count >= 3
    }

    /// 1 for a `===` underline, 2 for `---`.
    static func setextLevel(_ line: Substring) -> Int? {
        guard let rest = body(line) else { return nil }
        let text = trimmedASCII(rest)
        guard let marker = text.utf8.first, text.utf8.allSatisfy({ $0 == marker }) else { return nil }
        switch marker {
        case UInt8(ascii: "="): return 1
        case UInt8(ascii: "-"): return 2
        default: return nil
        }
    }

    // MARK: Containers

    /// The text after `>` and one optional space.
    static func quoteContent(_ line: Substring) -> Substring? {
        guard let rest = body(line), rest.utf8.first == UInt8(ascii: ">") else { return nil }
        let after = dropping(1, from: rest)
        return isSpaceOrTab(after.utf8.first) ? dropping(1, from: after) : after
    }

    struct ListMarker {
        var ordered: Bool
        /// The number of an ordered item; 0 for bullets.
        var number: Int
        /// The column where the item's content starts; continuation lines indented this far belong to it.
        var contentColumn: Int
        var content: Substring
    }

    /// A bullet (`-` `+` `*`) or ordered (`1.` `1)`) list marker followed by a space or the line end.
    static func listMarker(_ line: Substring) -> ListMarker? {
        let (indent, start) = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line[start...]
        guard let first = rest.utf8.first else { return nil }
        var width = 0
        var number = 0
        let ordered: Bool
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            width = 1
            ordered = false
        } else {
            let digits = rest.utf8.prefix(while: { (0x30...0x39).contains($0) })
            guard (1...9).contains(digits.count) else { return nil }
            let delimiter = rest.utf8.dropFirst(digits.count).first
            guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
            number = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            width = digits.count + 1
            ordered = true
        }
        let afterMarker = dropping(width, from: rest)
        guard afterMarker.isEmpty || isSpaceOrTab(afterMarker.utf8.first) else { return nil }
        var column = indent + width
        var contentStart = afterMarker.startIndex
        for byte in afterMarker.utf8 {
            guard isSpaceOrTab(byte) else { break }
            column += byte == 0x09 ? 4 - column % 4 : 1
            contentStart = afterMarker.utf8.index(after: contentStart)
        }
        let content = afterMarker[contentStart...]
        let spaces = column - indent - width
        if content.isEmpty || spaces > 4 {
            // An empty item, or content indented as code: the content column is one past the marker.
            return ListMarker(ordered: ordered, number: number, contentColumn: indent + width + 1,
                              content: content.isEmpty ? content : dropping(1, from: afterMarker))
        }
        return ListMarker(ordered: ordered, number: number, contentColumn: column, content: content)
    }

    // MARK: Code

    struct Fence {
        var marker: UInt8
        var length: Int
        var indent: Int
        var language: String?
    }

    static func fence(_ line: Substring) -> Fence? {
        let (indent, start) = indentation(line)
        guard indent <= 3, let marker = line[start...].utf8.first,
              marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~")
        else { return nil }
        let rest = line[start...]
        let length = run(of: marker, in: rest)
        guard length >= 3 else { return nil }
        let info = trimmedASCII(dropping(length, from: rest))
        guard marker == UInt8(ascii: "~") || !info.utf8.contains(UInt8(ascii: "`")) else { return nil }
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        return Fence(marker: marker, length: length, indent: indent, language: language)
    }

    static func closes(_ fence: Fence, _ line: Substring) -> Bool {
        guard let rest = body(line) else { return false }
        let length = run(of: fence.marker, in: rest)
        return length >= fence.length && isBlankASCII(dropping(length, from: rest))
    }

    // MARK: HTML

    /// How an HTML block ends: at a line containing some text, or at a blank line.
    enum HTMLBlockEnd {
        case text(String)
        case blankLine
    }

    /// The start of an HTML block; a lone tag of any other name (CommonMark's type 7) cannot interrupt a paragraph.
    static func htmlBlockStart(_ line: Substring, interruptingParagraph: Bool) -> HTMLBlockEnd? {
        guard let rest = body(line), rest.utf8.first == UInt8(ascii: "<") else { return nil }
        let lower = rest.lowercased()
        for name in ["script", "pre", "style", "textarea"] where lower.hasPrefix("<" + name) {
            let next = lower.dropFirst(name.count + 1).first
            if next == nil || next == " " || next == "\t" || next == ">" { return .text("</\(name)>") }
        }
        if lower.hasPrefix("<!--") { return .text("-->") }
        if lower.hasPrefix("<?") { return .text("?>") }
        if lower.hasPrefix("<![cdata[") { return .text("]]>") }
        if lower.hasPrefix("<!"), lower.dropFirst(2).first?.isLetter == true { return .text(">") }
        let nameStart = lower.dropFirst(lower.hasPrefix("</") ? 2 : 1)
        let name = nameStart.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber) })
        let next = nameStart.dropFirst(name.count)
        if HTMLText.blockTags.contains(String(name)),
           next.isEmpty || next.hasPrefix(" ") || next.hasPrefix("\t") || next.hasPrefix(">") || next.hasPrefix("/>") {
            return .blankLine
        }
        let scalars = Array(rest.unicodeScalars)
        if !interruptingParagraph, let tag = HTMLText.Tag.match(scalars, at: 0), tag.name != nil,
           scalars[tag.end...].allSatisfy(\.isWhiteSpace) {
            return .blankLine
        }
        return nil
    }

    // MARK: Tables

    /// The cells of a table row: outer pipes optional, `\|` a pipe inside a cell.
    static func tableCells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        var text = trimmedASCII(line)
        if text.hasPrefix("|") { text = text.dropFirst() }
        for character in text {
            if character == "|" && !escaped {
                cells.append(cell)
                cell = ""
            } else if character == "|" {
                cell.removeLast()
                cell.append(character)
            } else {
                cell.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        if !cell.isEmpty || !text.hasSuffix("|") { cells.append(cell) }
        return cells.map { String(trimmedASCII(Substring($0))) }
    }

    /// The number of columns of a GFM alignment row such as `| :--- | ---: |`; nil for other lines.
    static func alignmentRowColumns(_ line: Substring) -> Int? {
        guard body(line) != nil, line.contains("|") else { return nil }
        let cells = tableCells(line)
        let valid = cells.allSatisfy { cell in
            var dashes = Substring(cell)
            if dashes.hasPrefix(":") { dashes = dashes.dropFirst() }
            if dashes.hasSuffix(":") { dashes = dashes.dropLast() }
            return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
        }
        return valid && !cells.isEmpty ? cells.count : nil
    }
}
