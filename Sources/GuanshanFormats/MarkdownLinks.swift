/// Link destinations, titles and reference definitions, and which link targets are kept.
enum MarkdownLinks {
    /// Labels match case-insensitively with white space collapsed.
    static func normalizedLabel(_ label: some StringProtocol) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The target a link may keep: `http:`, `https:`, `mailto:` and relative URLs; nil for any
    /// other scheme (`javascript:`, `data:`, `file:` …) and for an empty destination.
    static func allowedURL(_ destination: String) -> String? {
        let url = destination.trimmingWhiteSpace
        guard !url.isEmpty else { return nil }
        // Browsers skip tabs, newlines and other control characters inside a scheme (`java\tscript:`).
        let compact = url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        guard let colon = compact.firstIndex(of: ":") else { return url }
        let scheme = compact[..<colon]
        let isScheme = scheme.first?.properties.isAlphabetic == true && scheme.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar))
        }
        guard isScheme else { return url }
        return ["http", "https", "mailto"].contains(String(String.UnicodeScalarView(scheme)).lowercased()) ? url : nil
    }

    /// A link reference definition on one line: `[label]: destination "optional title"`.
    static func definition(_ line: Substring) -> (label: String, destination: String)? {
        let (indent, start) = MarkdownLine.indentation(line)
        guard indent <= 3 else { return nil }
        let scalars = Array(line[start...].unicodeScalars)
        guard scalars.first == "[" else { return nil }
        var index = 1
        while index < scalars.count, scalars[index] != "]" {
            if scalars[index] == "[" { return nil }
            index += scalars[index] == "\\" ? 2 : 1
        }
        guard index + 1 < scalars.count, scalars[index + 1] == ":" else { return nil }
        let label = String(String.UnicodeScalarView(scalars[1..<index]))
        guard !label.isBlank else { return nil }
        index = skipSpaces(scalars, from: index + 2)
        guard let (destination, end) = destination(scalars, at: index), !destination.isEmpty else { return nil }
        index = skipSpaces(scalars, from: end)
        if index < scalars.count {
            guard index > end, let titleEnd = titleEnd(scalars, at: index),
                  skipSpaces(scalars, from: titleEnd) == scalars.count
            else { return nil }
        }
        return (normalizedLabel(label), destination)
    }

    /// A link destination at `start`: `<…>`, or a run without white space and with balanced
    /// parentheses. Returns it with escapes and entities resolved, and the index after it.
    static func destination(_ scalars: [Unicode.Scalar], at start: Int) -> (String, end: Int)? {
        if start < scalars.count, scalars[start] == "<" {
            var index = start + 1
            while index < scalars.count {
                switch scalars[index] {
                case ">": return (unescaped(scalars[(start + 1)..<index]), index + 1)
                case "<", "\n": return nil
                case "\\": index += 2
                default: index += 1
                }
            }
            return nil
        }
        var index = start
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1].isASCIIPunctuation {
                index += 2
                continue
            }
            if scalar.isWhiteSpace || scalar.value < 0x20 || scalar.value == 0x7F { break }
            if scalar == "(" {
                depth += 1
                // Deeper nesting is not a destination, as in cmark; it also bounds the scan.
                guard depth <= 32 else { return nil }
            } else if scalar == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        guard depth == 0 else { return nil }
        return (unescaped(scalars[start..<index]), index)
    }

    /// The index after a link title (`"…"`, `'…'` or `(…)`) that starts at `start`; titles longer
    /// than 1,000 characters are not looked for.
    static func titleEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        let close: Unicode.Scalar
        switch scalars[start] {
        case "\"": close = "\""
        case "'": close = "'"
        case "(": close = ")"
        default: return nil
        }
        var index = start + 1
        while index < min(scalars.count, start + 1000) {
            if scalars[index] == close { return index + 1 }
            index += scalars[index] == "\\" ? 2 : 1
        }
        return nil
    }

    static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\n" {
            index += 1
        }
        return index
    }

    /// Backslash escapes and entity references resolved.
    static func unescaped(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let scalars = Array(scalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1].isASCIIPunctuation {
                result.append(scalars[index + 1])
                index += 2
            } else if let (text, end) = HTMLEntities.match(scalars, at: index) {
                result.append(contentsOf: text.unicodeScalars)
                index = end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}
