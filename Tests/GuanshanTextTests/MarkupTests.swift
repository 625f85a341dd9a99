import GuanshanText
import Testing

/// `Markup.escaped`, byte by byte, against a reference written scalar by scalar: the five characters as
/// references, what XML 1.0 cannot hold left out, everything else (a combining mark after a quote
/// included) as it is.
@Suite struct MarkupTests {
    @Test func escapingAgreesWithAScalarByScalarReference() {
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "&", "<", ">", "\"", "'", "a", "中", "，", "\u{301}", "\u{200D}", "😀", "\u{0}", "\u{1}", "\u{1F}", "\t", "\n", "\r",
            " ", "\u{7F}", "\u{85}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{FFBF}", "\u{EFBF}", "\u{10000}",
        ]
        for _ in 0..<5_000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! }))
            var expected = ""
            for scalar in text.unicodeScalars where Markup.isAllowed(scalar) {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(Array(Markup.escaped(text).unicodeScalars) == Array(expected.unicodeScalars), "\(text.debugDescription)")
        }
    }
}
