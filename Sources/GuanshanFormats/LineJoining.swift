/// How lines of one paragraph are joined: no space between CJK characters, nor next to full-width
/// punctuation; one space otherwise, as between Latin words.
enum LineJoining {
    static func separator(between left: Unicode.Scalar, and right: Unicode.Scalar) -> String {
        if left.isWhiteSpace || right.isWhiteSpace { return "" }
        if left.isFullWidthPunctuation || right.isFullWidthPunctuation { return "" }
        if left.isCJK && (right.isCJK || right.isSharedPunctuation) { return "" }
        if right.isCJK && left.isSharedPunctuation { return "" }
        return " "
    }

    /// The lines, each trimmed, joined into one paragraph.
    static func join(_ lines: some Sequence<some StringProtocol>) -> String {
        var result = ""
        for line in lines {
            let trimmed = line.trimmingWhiteSpace
            guard let first = trimmed.unicodeScalars.first else { continue }
            if let last = result.unicodeScalars.last {
                result += separator(between: last, and: first)
            }
            result += trimmed
        }
        return result
    }

    /// Splits text into lines at `\n`, `\r\n` and `\r`; a line break at the end starts no new line.
    static func lines(of text: some StringProtocol) -> [Substring] {
        let string = Substring(text)
        var lines: [Substring] = []
        var start = string.startIndex
        var index = start
        let utf8 = string.utf8
        while index < string.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(string[start..<index])
            var next = utf8.index(after: index)
            if byte == 0x0D, next < string.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        if start < string.endIndex { lines.append(string[start...]) }
        return lines
    }
}
