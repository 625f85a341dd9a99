import GuanshanText

/// Spans written as inline Markdown that `MarkdownInline` reads back to the same spans: markup
/// characters escaped, links around strong around emphasis around code.
enum MarkdownInlineWriter {
    /// How emphasis and strong are marked. CommonMark cannot mark every run (`a*.b*` opens nothing:
    /// a delimiter between a letter and punctuation does not open), so each way is tried in turn and
    /// the first that reads back the same is kept; the last keeps the text and drops those styles.
    private struct Marks {
        var emphasis: String?
        var strong: String?

        static let tried = [Marks(emphasis: "*", strong: "**"), Marks(emphasis: "_", strong: "**"),
                            Marks(emphasis: nil, strong: "**"), Marks(emphasis: nil, strong: nil)]

        func applied(to spans: [Span]) -> [Span] {
            spans.map { span in
                var span = span
                span.emphasis = span.emphasis && emphasis != nil
                span.strong = span.strong && strong != nil
                return span
            }
        }
    }

    /// The spans as Markdown; `inTable` also escapes the cell separator and writes line breaks as spaces.
    static func markdown(_ spans: [Span], inTable: Bool = false) -> String {
        let spans = SpanList.merged(spans)
        let marks = Marks.tried.first { marks in
            let kept = marks.applied(to: spans)
            let back = MarkdownInline(references: [:]).spans(linked(kept, marks: marks, inTable: false))
            return visibleStyles(back) == visibleStyles(SpanList.normalized(kept))
        } ?? Marks.tried[Marks.tried.count - 1]
        return linked(SpanList.merged(marks.applied(to: spans)), marks: marks, inTable: inTable)
    }

    /// Each character with its style, white space outside code unstyled: the emphasis of a space is
    /// not something Markdown can say.
    static func visibleStyles(_ spans: [Span]) -> [String] {
        spans.flatMap { span in
            span.text.map { character in
                character.isWhitespace && !span.code
                    ? String(character)
                    : "\(character)\(span.emphasis ? "i" : "")\(span.strong ? "b" : "")\(span.code ? "c" : "")\(span.link.map { "→" + $0 } ?? "")"
            }
        }
    }

    private static func runs(_ spans: [Span], by key: (Span) -> AnyHashable) -> [ArraySlice<Span>] {
        var runs: [ArraySlice<Span>] = []
        var start = spans.startIndex
        for index in spans.indices.dropFirst() where key(spans[index]) != key(spans[index - 1]) {
            runs.append(spans[start..<index])
            start = index
        }
        if start < spans.endIndex { runs.append(spans[start...]) }
        return runs
    }

    private static func linked(_ spans: [Span], marks: Marks, inTable: Bool) -> String {
        runs(spans, by: { $0.link }).map { run in
            let inner = run.map { span in
                var span = span
                span.link = nil
                return span
            }
            let text = styled(inner, marks: marks, inTable: inTable)
            guard let link = run.first?.link else { return text }
            return "[\(text)](\(destination(link)))"
        }.joined()
    }

    private static func styled(_ spans: [Span], marks: Marks, inTable: Bool) -> String {
        runs(spans, by: { $0.strong }).map { run in
            let text = emphasized(run.map { span in
                var span = span
                span.strong = false
                return span
            }, marks: marks, inTable: inTable)
            return run.first?.strong == true ? delimited(text, by: marks.strong ?? "") : text
        }.joined()
    }

    private static func emphasized(_ spans: [Span], marks: Marks, inTable: Bool) -> String {
        runs(spans, by: { $0.emphasis }).map { run in
            let text = run.map { $0.code ? code($0.text) : escaped($0.text, inTable: inTable) }.joined()
            return run.first?.emphasis == true ? delimited(text, by: marks.emphasis ?? "") : text
        }.joined()
    }

    /// Delimiters next to white space would not open or close, so the white space goes outside them.
    private static func delimited(_ text: String, by delimiter: String) -> String {
        let scalars = text.unicodeScalars
        let leading = scalars.prefix(while: \.isWhiteSpace)
        let trailing = scalars.dropFirst(leading.count).reversed().prefix(while: \.isWhiteSpace)
        let core = scalars.dropFirst(leading.count).dropLast(trailing.count)
        guard !core.isEmpty else { return text }
        return String(String.UnicodeScalarView(leading)) + delimiter + String(String.UnicodeScalarView(core))
            + delimiter + String(String.UnicodeScalarView(trailing.reversed()))
    }

    /// A code span fenced by more backticks than any run inside it.
    private static func code(_ text: String) -> String {
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = text.hasPrefix("`") || text.hasSuffix("`")
            || (text.hasPrefix(" ") && text.hasSuffix(" ") && !text.allSatisfy { $0 == " " })
        return padded ? "\(fence) \(text) \(fence)" : fence + text + fence
    }

    private static let markup: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<"]

    static func escaped(_ text: String, inTable: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            // A `!` that ends the text may come right before a link, which would make it an image.
            if markup.contains(scalar) || (inTable && scalar == "|") || (scalar == "&" && startsEntity(scalars, at: index))
                || (scalar == "!" && index == scalars.count - 1) {
                result.append("\\")
            }
            result.append(inTable && scalar == "\n" ? " " : scalar)
        }
        return String(result)
    }

    /// `&name;`, `&#123;` or `&#x1F;` would be read as a character reference.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let rest = scalars[(index + 1)...].prefix(34)
        let name = rest.prefix(while: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "#") })
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }

    private static func destination(_ url: String) -> String {
        let plain = url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"<>()\\".unicodeScalars.contains($0) }
        if plain { return url }
        var result = String.UnicodeScalarView()
        for scalar in url.unicodeScalars where scalar != "\n" && scalar != "\r" {
            if "<>\\".unicodeScalars.contains(scalar) { result.append("\\") }
            result.append(scalar)
        }
        return "<" + String(result) + ">"
    }
}
