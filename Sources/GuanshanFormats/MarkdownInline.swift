import GuanshanText

/// Inline Markdown: emphasis and strong emphasis (`*` `_`), code spans, links (inline, reference,
/// autolinks), images as their alt text, backslash escapes and entities. Raw HTML tags are dropped.
struct MarkdownInline {
    /// Link reference definitions, by normalized label.
    let references: [String: String]

    func spans(_ source: String) -> [Span] {
        var parser = InlineParser(scalars: Array(source.unicodeScalars), references: references)
        var spans: [Span] = []
        InlineNode.append(parser.parse(), style: Span(""), to: &spans)
        return SpanList.normalized(spans)
    }
}

/// The inline tree before it is flattened into spans.
indirect enum InlineNode {
    case text(String)
    case code(String)
    case emphasis([InlineNode])
    case strong([InlineNode])
    /// A link; a nil target (a scheme that is not allowed) keeps only the text.
    case link(String?, [InlineNode])

    static func append(_ nodes: [InlineNode], style: Span, to spans: inout [Span]) {
        for node in nodes {
            var span = style
            switch node {
            case .text(let text):
                span.text = text
                spans.append(span)
            case .code(let text):
                span.text = text
                span.code = true
                spans.append(span)
            case .emphasis(let children):
                span.emphasis = true
                append(children, style: span, to: &spans)
            case .strong(let children):
                span.strong = true
                append(children, style: span, to: &spans)
            case .link(let target, let children):
                span.link = target ?? span.link
                append(children, style: span, to: &spans)
            }
        }
    }

    static func plainText(_ nodes: [InlineNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text), .code(let text): text
            case .emphasis(let children), .strong(let children), .link(_, let children): plainText(children)
            }
        }.joined()
    }
}

/// A run of `*` or `_` that may open or close emphasis, as CommonMark's delimiter runs.
struct Delimiter {
    var scalar: Unicode.Scalar
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool

    /// Flanking as CommonMark defines it, except that a CJK letter next to the run counts like
    /// punctuation: Chinese has no spaces to set emphasis apart, so `中文**“引文”**中文` is strong
    /// and `中文__粗体__中文` too, while `_` inside Latin words (`snake_case`) stays literal.
    init(scalar: Unicode.Scalar, count: Int, before: Unicode.Scalar?, after: Unicode.Scalar?) {
        self.scalar = scalar
        self.count = count
        originalCount = count
        let spaceBefore = before?.isWhiteSpace ?? true
        let spaceAfter = after?.isWhiteSpace ?? true
        let punctuationBefore = before?.isPunctuationOrSymbol ?? false
        let punctuationAfter = after?.isPunctuationOrSymbol ?? false
        let cjkBefore = before.map { $0.isCJK && !$0.isPunctuationOrSymbol } ?? false
        let cjkAfter = after.map { $0.isCJK && !$0.isPunctuationOrSymbol } ?? false
        let leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore || cjkBefore)
        let rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter || cjkAfter)
        if scalar == "*" {
            canOpen = leftFlanking
            canClose = rightFlanking
        } else {
            canOpen = leftFlanking && (!rightFlanking || punctuationBefore || cjkBefore)
            canClose = rightFlanking && (!leftFlanking || punctuationAfter || cjkAfter)
        }
    }

    var literal: InlineNode { .text(String(repeating: String(scalar), count: count)) }
}

/// An inline node, or a delimiter run not yet matched.
enum InlinePiece {
    case node(InlineNode)
    case delimiter(Delimiter)
}

private struct InlineParser {
    let scalars: [Unicode.Scalar]
    let references: [String: String]
    var position = 0
    var pieces: [InlinePiece] = []
    var pending = String.UnicodeScalarView()
    var brackets: [Bracket] = []
    /// Lengths of backtick runs known to have no closing run after the current position.
    var unclosedCodeRuns: Set<Int> = []

    /// An open `[` or `![`: the index of its text piece, and where the link text starts.
    struct Bracket {
        var piece: Int
        var image: Bool
        var active = true
        var textStart: Int
    }

    init(scalars: [Unicode.Scalar], references: [String: String]) {
        self.scalars = scalars
        self.references = references
    }

    mutating func parse() -> [InlineNode] {
        while position < scalars.count {
            switch scalars[position] {
            case "\\": backslash()
            case "`": codeSpan()
            case "*", "_": delimiterRun()
            case "[": openBracket(image: false)
            case "!" where position + 1 < scalars.count && scalars[position + 1] == "[": openBracket(image: true)
            case "]": closeBracket()
            case "<": angleBracket()
            case "&": entity()
            default:
                pending.append(scalars[position])
                position += 1
            }
        }
        flush()
        return Emphasis.resolve(pieces[...])
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        pieces.append(.node(.text(String(pending))))
        pending = String.UnicodeScalarView()
    }

    private mutating func append(_ node: InlineNode) {
        flush()
        pieces.append(.node(node))
    }

    /// An escaped ASCII punctuation character is literal; a backslash at a line end is a line break.
    private mutating func backslash() {
        let next = position + 1 < scalars.count ? scalars[position + 1] : nil
        if let next, next.isASCIIPunctuation || next == "\n" {
            pending.append(next)
            position += 2
        } else {
            pending.append("\\")
            position += 1
        }
    }

    private mutating func codeSpan() {
        let start = position
        while position < scalars.count, scalars[position] == "`" { position += 1 }
        let length = position - start
        guard !unclosedCodeRuns.contains(length), let close = closingCodeRun(length: length, from: position) else {
            unclosedCodeRuns.insert(length)
            pending.append(contentsOf: scalars[start..<position])
            return
        }
        var content = scalars[position..<close].map { $0 == "\n" ? " " : $0 }
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = Array(content.dropFirst().dropLast())
        }
        append(.code(String(String.UnicodeScalarView(content))))
        position = close + length
    }

    private func closingCodeRun(length: Int, from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            let runStart = index
            while index < scalars.count, scalars[index] == "`" { index += 1 }
            if index - runStart == length { return runStart }
        }
        return nil
    }

    private mutating func delimiterRun() {
        let scalar = scalars[position]
        let start = position
        while position < scalars.count, scalars[position] == scalar { position += 1 }
        let delimiter = Delimiter(
            scalar: scalar, count: position - start,
            before: start > 0 ? scalars[start - 1] : nil,
            after: position < scalars.count ? scalars[position] : nil
        )
        guard delimiter.canOpen || delimiter.canClose else {
            pending.append(contentsOf: scalars[start..<position])
            return
        }
        flush()
        pieces.append(.delimiter(delimiter))
    }

    private mutating func openBracket(image: Bool) {
        let length = image ? 2 : 1
        append(.text(image ? "![" : "["))
        brackets.append(Bracket(piece: pieces.count - 1, image: image, textStart: position + length))
        position += length
    }

    private mutating func closeBracket() {
        flush()
        guard let bracket = brackets.popLast() else {
            pending.append("]")
            position += 1
            return
        }
        guard bracket.active, let (destination, end) = linkTarget(after: position, textStart: bracket.textStart) else {
            pending.append("]")
            position += 1
            return
        }
        let children = Emphasis.resolve(pieces[(bracket.piece + 1)...])
        pieces.removeSubrange(bracket.piece...)
        if bracket.image {
            pieces.append(.node(.text(InlineNode.plainText(children))))
        } else {
            pieces.append(.node(.link(MarkdownLinks.allowedURL(destination), children)))
            // Links do not nest: no `[` before this link can make one any more.
            for index in brackets.indices where !brackets[index].image { brackets[index].active = false }
        }
        position = end
    }

    /// What follows the `]` at `close`: `(destination "title")`, `[label]`, `[]`, or nothing
    /// (then the link text itself is the label).
    private func linkTarget(after close: Int, textStart: Int) -> (String, end: Int)? {
        let next = close + 1
        if next < scalars.count, scalars[next] == "(" {
            var index = MarkdownLinks.skipSpaces(scalars, from: next + 1)
            if let (destination, end) = MarkdownLinks.destination(scalars, at: index) {
                index = MarkdownLinks.skipSpaces(scalars, from: end)
                if index > end, let titleEnd = MarkdownLinks.titleEnd(scalars, at: index) {
                    index = MarkdownLinks.skipSpaces(scalars, from: titleEnd)
                }
                if index < scalars.count, scalars[index] == ")" { return (destination, index + 1) }
            }
        }
        guard !references.isEmpty else { return nil }
        func label(_ range: Range<Int>) -> String? {
            // A reference label is at most 999 characters long.
            range.count <= 999 ? String(String.UnicodeScalarView(scalars[range])) : nil
        }
        if next < scalars.count, scalars[next] == "[",
           let labelEnd = scalars[(next + 1)..<min(scalars.count, next + 1001)].firstIndex(of: "]") {
            guard let written = label((next + 1)..<labelEnd),
                  let key = written.isBlank ? label(textStart..<close) : written
            else { return nil }
            return references[MarkdownLinks.normalizedLabel(key)].map { ($0, labelEnd + 1) }
        }
        return label(textStart..<close).flatMap { references[MarkdownLinks.normalizedLabel($0)] }.map { ($0, next) }
    }

    /// An autolink (`<https://…>`, `<name@example.com>`), or an HTML tag, which is dropped:
    /// `<br>` becomes a line break, and the content of `<script>` and `<style>` goes with its tags.
    private mutating func angleBracket() {
        if let (url, end) = autolink(at: position) {
            let text = String(String.UnicodeScalarView(scalars[(position + 1)..<(end - 1)]))
            append(.link(MarkdownLinks.allowedURL(url), [.text(text)]))
            position = end
        } else if let tag = HTMLText.Tag.match(scalars, at: position) {
            position = tag.end
            guard let name = tag.name, !tag.closing else { return }
            if name == "br" {
                pending.append("\n")
            } else if name == "script" || name == "style" {
                position = HTMLText.Tag.endOfElement(name, in: scalars, from: position)
            }
        } else {
            pending.append("<")
            position += 1
        }
    }

    private func autolink(at start: Int) -> (url: String, end: Int)? {
        var index = start + 1
        while index < scalars.count, scalars[index] != ">" {
            let scalar = scalars[index]
            if scalar.isWhiteSpace || scalar == "<" || scalar.value < 0x20 { return nil }
            index += 1
        }
        guard index < scalars.count else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<index]))
        if let colon = body.firstIndex(of: ":"), (2...32).contains(body.distance(from: body.startIndex, to: colon)),
           body.first?.isLetter == true, body.first?.isASCII == true,
           body[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) {
            return (body, index + 1)
        }
        let parts = body.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
           parts.allSatisfy({ $0.allSatisfy { $0.isASCII && !"()<>[]\\,;:\"".contains($0) } }) {
            return ("mailto:" + body, index + 1)
        }
        return nil
    }

    private mutating func entity() {
        if let (text, end) = HTMLEntities.match(scalars, at: position) {
            pending.append(contentsOf: text.unicodeScalars)
            position = end
        } else {
            pending.append("&")
            position += 1
        }
    }
}
