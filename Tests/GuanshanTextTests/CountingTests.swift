import Testing
@testable import GuanshanText

@Suite struct CountingTests {
    @Test(arguments: [
        ("", 0),
        ("观山文库", 4),
        ("a b", 2),
        ("　　首行缩进", 4),
        ("不\u{00A0}换\u{2003}行\u{3000}空\t格\r\n", 5),
        ("Hello,世界!123", 12),
        ("“引号”与（括号）。", 10),
        ("e\u{301}", 1),
        ("👨‍👩‍👧🇨🇳", 2),
    ])
    func countsCharactersWithoutWhiteSpace(text: String, count: Int) {
        #expect(TextRules.characterCount(of: text) == count)
    }

    @Test func countsThePlainTextOfEveryBlock() {
        let blocks: [Block] = [
            .heading(level: 1, spans: [Span("总则")]),
            .paragraph([Span("为了"), Span("规范", strong: true), Span("管理", link: "https://example.com")]),
            .listItem(ordered: true, depth: 1, spans: [Span("一项")]),
            .quote([Span("引文。")]),
            .code(language: "swift", text: "let x = 1\n"),
            .table(rows: [[[Span("甲")], [Span("乙 丙")]], [[Span("1")], [Span("2")]]], headerRows: 1),
        ]
        #expect(TextRules.characterCount(of: blocks) == 2 + 6 + 2 + 3 + 6 + 5)
        #expect(TextRules.characterCount(of: []) == 0)
    }

    @Test(arguments: [(-5, 0), (0, 0), (1, 1), (300, 1), (301, 2), (2578, 9), (8320, 28), (9000, 30)])
    func readingTimeIsCeilingOfCountOver300(count: Int, minutes: Int) {
        #expect(TextRules.readingMinutes(forCount: count) == minutes)
    }
}

@Suite struct NormalizationTests {
    @Test(arguments: [
        ("", ""),
        ("   ", ""),
        ("ＡＢＣ１２３", "abc123"),
        ("Hello\u{3000}\u{00A0} World\n\t!", "hello world !"),
        ("  观山\n\n文库  ", "观山 文库"),
        ("①ﬁ", "1fi"),
        ("Ｇｕａｎｓｈａｎ，观山", "guanshan,观山"),
        ("ΣΑΣ", "σασ"),
    ])
    func normalizes(text: String, expected: String) {
        #expect(TextRules.normalized(text) == expected)
    }

    @Test func isIdempotent() {
        for text in Fixture.bodyParagraphs {
            let once = TextRules.normalized(text)
            #expect(TextRules.normalized(once) == once)
        }
    }
}

@Test func theWhiteSpaceTableIsUnicodesWhiteSpaceProperty() {
    for value in UInt32(0)...0x10FFFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
}
