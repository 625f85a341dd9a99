extension Block {
    /// The part of the block between two Character offsets of its plain text (`to` nil: the end),
    /// with the spans cut there and their styles kept; nil when the part is empty. Only text blocks
    /// are ever cut: any other block is whole in the part that starts at offset 0.
    func part(from: Int, to: Int?) -> Block? {
        switch self {
        case .paragraph(let spans):
            return spans.part(from: from, to: to).map(Block.paragraph)
        case .quote(let spans):
            return spans.part(from: from, to: to).map(Block.quote)
        case .listItem(let ordered, let depth, let spans):
            return spans.part(from: from, to: to).map { .listItem(ordered: ordered, depth: depth, spans: $0) }
        case .heading, .code, .table:
            return from == 0 ? self : nil
        }
    }
}

extension Array where Element == Span {
    /// The spans between two Character offsets of their joined text; nil when nothing is left.
    func part(from: Int, to: Int?) -> [Span]? {
        let text = plainText
        func utf8Offset(_ characters: Int) -> Int {
            let index = text.index(text.startIndex, offsetBy: Swift.max(characters, 0), limitedBy: text.endIndex)
            return text.utf8.distance(from: text.startIndex, to: index ?? text.endIndex)
        }
        let lower = utf8Offset(from)
        let upper = to.map(utf8Offset) ?? text.utf8.count
        guard lower < upper else { return nil }
        var spans: [Span] = []
        var spanStart = 0
        for span in self {
            let spanEnd = spanStart + span.text.utf8.count
            defer { spanStart = spanEnd }
            guard spanEnd > lower, spanStart < upper else { continue }
            let utf8 = span.text.utf8
            let first = utf8.index(utf8.startIndex, offsetBy: Swift.max(lower - spanStart, 0))
            let last = utf8.index(utf8.startIndex, offsetBy: Swift.min(upper, spanEnd) - spanStart)
            var piece = span
            piece.text = String(span.text.unicodeScalars[first..<last])
            spans.append(piece)
        }
        return spans
    }
}
