import Foundation
import GuanshanTestSupport
import Testing
@testable import GuanshanText

/// The sensitive-word matcher against docs/sensitive-words.md's examples, and against the brute-force
/// contract of `Tests/oracles/word_match.py` on random texts and lists made of the evasions it must see through.
struct WordMatcherTests {
    private func found(_ words: [String], in text: String) -> [[Int]] {
        WordMatcher(words: words).matches(in: text).map { [$0.word, $0.scalars.lowerBound, $0.scalars.upperBound] }
            .sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func evasionsDoNotHideAWord() {
        let words = ["敏感词", "计算机", "abc"]
        #expect(found(words, in: "这里有敏感词。") == [[0, 3, 6]])
        #expect(found(words, in: "敏 感 词") == [[0, 0, 5]], "spaces inside")
        #expect(found(words, in: "敏.感·词") == [[0, 0, 5]], "punctuation inside")
        #expect(found(words, in: "敏\u{200B}感\u{3000}詞") == [[0, 0, 5]], "a zero-width space, a full-width space, a traditional character")
        #expect(found(words, in: "計算機") == [[1, 0, 3]], "traditional characters")
        #expect(found(words, in: "ＡＢＣ") == [[2, 0, 3]], "full-width letters")
        #expect(found(words, in: "A.b.C") == [[2, 0, 5]], "case and dots")
        #expect(found(words, in: "ⓐⓑⓒ") == [[2, 0, 3]], "circled letters")
    }

    @Test func aWordOfLatinLettersIsFoundWholeOnly() {
        #expect(found(["ass"], in: "class pass") == [])
        #expect(found(["ass"], in: "an ass.") == [[0, 3, 6]])
        #expect(found(["ass"], in: "a.s.s") == [[0, 0, 5]])
        #expect(found(["ass"], in: "中文ass中文") == [[0, 2, 5]], "Chinese around it is a boundary")
        #expect(found(["x1"], in: "x12 x1") == [[0, 4, 6]])
        #expect(found(["中x"], in: "中xy 中x") == [[0, 4, 6]], "the Latin end must end a word")
    }

    @Test func overlappingAndRepeatedWordsAreAllFound() {
        #expect(found(["他们", "们的", "他们的"], in: "他们的") == [[0, 0, 2], [1, 1, 3], [2, 0, 3]])
        #expect(found(["啊", "啊"], in: "啊啊") == [[0, 0, 1], [0, 1, 2], [1, 0, 1], [1, 1, 2]])
        #expect(found(["，。", ""], in: "，。").isEmpty, "words without letters are never found")
    }

    @Test func maskingReplacesTheLettersOfEachOccurrenceAndKeepsEveryPieceItsLength() {
        let matcher = WordMatcher(words: ["敏感", "safe", "ab"])
        #expect(matcher.masked(["这是敏", " 感的话"]) { $0 == 0 } == ["这是＊", " ＊的话"])
        #expect(matcher.masked(["ab safe"]) { $0 != 1 } == ["＊＊ safe"])
        let text = "fi敏感"
        #expect(matcher.masked([text]) { _ in true } == ["fi＊＊"])
    }

    @Test func blocksKeepTheirShapeWhenTheirTextIsMapped() {
        let block = Block.paragraph([Span("敏"), Span("感", strong: true)])
        let masked = block.mappingTexts { WordMatcher(words: ["敏感"]).masked($0) { _ in true } }
        #expect(masked == .paragraph([Span("＊"), Span("＊", strong: true)]))
    }

    /// Random texts over a pool of characters that covers every rule: traditional and simplified pairs,
    /// full-width and ASCII letters and digits, spaces, punctuation and symbols, marks, compatibility
    /// characters, a character beyond U+FFFF; lists drawn from each text (with evasions) and from the pool.
    @Test func matchesAreExactlyTheOraclesOnRandomTextsAndLists() throws {
        let pool = Array("敏感词计算机計算機后後里裡裏干乾发發abcxyzABCＡＢＣａｂ０１２0123 　.,，。!！·-_*éeßss①ﬁfi".unicodeScalars)
            + ["\u{200B}", "\u{0301}", "\u{20000}", "😀", "\u{FF0E}", "İ", "Ⅻ"].map { Unicode.Scalar($0)! }
        var random = SeededGenerator(seed: 20)
        func text(_ length: ClosedRange<Int>) -> String {
            String(String.UnicodeScalarView((0..<Int.random(in: length, using: &random)).map { _ in pool.randomElement(using: &random)! }))
        }
        var cases: [[String: Any]] = []
        var expected: [[[Int]]] = []
        for _ in 0..<600 {
            let body = text(0...80)
            let scalars = Array(body.unicodeScalars)
            var words: [String] = []
            for _ in 0..<Int.random(in: 1...15, using: &random) {
                if !scalars.isEmpty, Bool.random(using: &random) {
                    let start = Int.random(in: 0..<scalars.count, using: &random)
                    let end = min(scalars.count, start + Int.random(in: 1...5, using: &random))
                    words.append(String(String.UnicodeScalarView(scalars[start..<end])))
                } else {
                    words.append(text(1...4))
                }
            }
            cases.append(["words": words, "text": body])
            expected.append(found(words, in: body))
        }
        let folder = try TemporaryFolder()
        let file = try folder.write("cases.json", try JSONSerialization.data(withJSONObject: cases))
        let result = try Command.oracle("word_match.py", [file])
        try #require(result.status == 0, "\(result.output)")
        let truth = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[[Int]]])
        #expect(truth.count == cases.count)
        var differences = 0
        for (index, (want, got)) in zip(truth, expected).enumerated() where want != got {
            differences += 1
            if differences <= 3 { Issue.record("case \(index): \(cases[index]) oracle \(want), matcher \(got)") }
        }
        #expect(differences == 0)
        #expect(truth.map(\.count).reduce(0, +) > 1_000, "the cases find words")
    }
}
