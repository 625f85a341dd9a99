import GuanshanText

/// Clean-up of the spans of one block.
enum SpanList {
    /// Soft line breaks (`\n`) joined as lines of a paragraph, white space trimmed at both ends
    /// (except inside code), empty spans dropped and neighbours with the same style merged.
    static func normalized(_ spans: [Span]) -> [Span] {
        var spans = merged(spans)
        resolveLineBreaks(&spans)
        trimEnds(&spans)
        return merged(spans.filter { !$0.text.isEmpty })
    }

    private static func sameStyle(_ a: Span, _ b: Span) -> Bool {
        a.emphasis == b.emphasis && a.strong == b.strong && a.code == b.code && a.link == b.link
    }

    static func merged(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for span in spans {
            if let last = result.last, sameStyle(last, span) {
                result[result.count - 1].text += span.text
            } else {
                result.append(span)
            }
        }
        return result
    }

    private static func resolveLineBreaks(_ spans: inout [Span]) {
        for index in spans.indices where !spans[index].code && spans[index].text.contains("\n") {
            let scalars = Array(spans[index].text.unicodeScalars)
            var result = String.UnicodeScalarView()
            for (offset, scalar) in scalars.enumerated() {
                guard scalar == "\n" else {
                    result.append(scalar)
                    continue
                }
                let before = result.last ?? spans[..<index].lazy.reversed().compactMap(\.text.unicodeScalars.last).first
                let after = scalars[(offset + 1)...].first(where: { $0 != "\n" })
                    ?? spans[(index + 1)...].lazy.compactMap(\.text.unicodeScalars.first).first
                if let before, let after {
                    result.append(contentsOf: LineJoining.separator(between: before, and: after).unicodeScalars)
                }
            }
            spans[index].text = String(result)
        }
    }

    /// Code keeps its spaces.
    private static func trimEnds(_ spans: inout [Span]) {
        while let first = spans.first, !first.code, first.text.unicodeScalars.first?.isWhiteSpace ?? true {
            spans[0].text = String(String.UnicodeScalarView(first.text.unicodeScalars.drop(while: \.isWhiteSpace)))
            if spans[0].text.isEmpty { spans.removeFirst() } else { break }
        }
        while let last = spans.last, !last.code, last.text.unicodeScalars.last?.isWhiteSpace ?? true {
            let kept = last.text.unicodeScalars.reversed().drop(while: \.isWhiteSpace).reversed()
            spans[spans.count - 1].text = String(String.UnicodeScalarView(kept))
            if spans[spans.count - 1].text.isEmpty { spans.removeLast() } else { break }
        }
    }
}
