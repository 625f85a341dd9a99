import Foundation
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of the sensitive-word lists on each store.
@Suite struct SensitiveWordStoreContractTests {
    /// The words of `policy`, as the store gives them.
    static func words(_ policy: WordPolicy, in store: any Store) async throws -> [String] {
        try await store.sensitiveWords().filter { $0.policy == policy }.map(\.word)
    }

    /// `words` in the order of their UTF-8 bytes, as the stores keep them.
    static func inByteOrder(_ words: [String]) -> [String] {
        words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    @Test(arguments: StoreKind.allCases)
    func aListIsReplacedWholeAndTheOthersAreLeftAlone(on kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await store.sensitiveWords().isEmpty)
        try await store.replaceSensitiveWords(["赌博", "代开发票"], policy: .block, revision: "1")
        try await store.replaceSensitiveWords(["维权"], policy: .hold, revision: "2")
        try await store.replaceSensitiveWords(["笨蛋", "傻瓜"], policy: .mask, revision: "3")
        #expect(try await store.sensitiveWords() == [
            SensitiveWord(word: "代开发票", policy: .block), SensitiveWord(word: "赌博", policy: .block),
            SensitiveWord(word: "维权", policy: .hold),
            SensitiveWord(word: "傻瓜", policy: .mask), SensitiveWord(word: "笨蛋", policy: .mask),
        ], "by policy (block, hold, mask), then by the words' bytes")

        try await store.replaceSensitiveWords(["赌博", "六合彩"], policy: .block, revision: "4")
        #expect(try await Self.words(.block, in: store) == ["六合彩", "赌博"], "the whole list is replaced")
        #expect(try await Self.words(.hold, in: store) == ["维权"])
        #expect(try await Self.words(.mask, in: store) == ["傻瓜", "笨蛋"])

        try await store.replaceSensitiveWords([], policy: .hold, revision: "5")
        #expect(try await Self.words(.hold, in: store).isEmpty, "a list may be emptied")
        #expect(try await store.sensitiveWords().map(\.policy) == [.block, .block, .mask, .mask])

        try await store.replaceSensitiveWords(["维权"], policy: .block, revision: "6")
        try await store.replaceSensitiveWords(["维权"], policy: .mask, revision: "7")
        #expect(try await store.sensitiveWords() == [
            SensitiveWord(word: "维权", policy: .block), SensitiveWord(word: "维权", policy: .mask),
        ], "a word may be on two lists")
    }

    /// Words in the order of their bytes, not of a language's collation: capitals before small letters,
    /// CJK before full-width forms, emoji last.
    @Test(arguments: StoreKind.allCases)
    func wordsAreInTheOrderOfTheirBytes(on kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.replaceSensitiveWords(["😀", "ｚ", "a", "中", "Z", "ä", "b"], policy: .mask, revision: "1")
        #expect(try await Self.words(.mask, in: store) == ["Z", "a", "b", "ä", "中", "ｚ", "😀"])
    }

    @Test(arguments: StoreKind.allCases)
    func theRevisionSettingIsWrittenAndLogged(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let before = try await store.revision()
        try await store.replaceSensitiveWords(["赌博"], policy: .block, revision: "2026-01-01T00:00:00Z#1")
        #expect(try await store.settings()["words.revision"] == "2026-01-01T00:00:00Z#1")
        let first = try await store.revision()
        #expect(first > before, "every node hears of the change")
        try await store.replaceSensitiveWords([], policy: .mask, revision: "2026-01-01T00:00:00Z#2")
        #expect(try await store.settings()["words.revision"] == "2026-01-01T00:00:00Z#2")
        #expect(try await store.revision() > first, "an emptied list too")
    }

    /// Words are bound, never written into the SQL, and come back byte for byte: quotes, SQL, full-width
    /// forms, emoji sequences, and the composed and decomposed forms of one letter as two words.
    @Test(arguments: StoreKind.allCases)
    func wordsComeBackByteForByte(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let words = [
            "'); DROP TABLE sensitive_word; --", "\"); DROP TABLE setting; --", "O'Reilly", "\\'", "％_%", "全角ＡＢＣ１２３！",
            "法轮", "👨‍👩‍👧‍👦", "🇨🇳", "é", "e\u{301}", " 前后有空格 ", "制表\t符", "换\n行", "$1", "::text[]", "{\"a\",\"b\"}", "NULL",
        ]
        try await store.replaceSensitiveWords(words, policy: .hold, revision: "'); DROP TABLE setting; --")
        let kept = try await Self.words(.hold, in: store)
        #expect(kept.map { Array($0.utf8) } == Self.inByteOrder(words).map { Array($0.utf8) })
        #expect(try await store.settings()["words.revision"] == "'); DROP TABLE setting; --")
        try await store.replaceSensitiveWords(["甲"], policy: .block, revision: "2")
        #expect(try await Self.words(.hold, in: store).count == words.count, "the tables are all still there")
    }

    @Test(arguments: StoreKind.allCases)
    func twentyThousandWordsAreReplacedQuickly(on kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.replaceSensitiveWords(["留下"], policy: .mask, revision: "0")
        let many = (0..<20_000).map { "敏感词\($0)号" }
        let clock = ContinuousClock()
        let first = try await clock.measure { try await store.replaceSensitiveWords(many, policy: .block, revision: "1") }
        let others = (0..<20_000).map { "另一批\($0)" }
        let second = try await clock.measure { try await store.replaceSensitiveWords(others, policy: .block, revision: "2") }
        // A bound only a word-by-word (quadratic) replacement would pass: a loaded machine took over 3 s,
        // and speed is measured by benchmarks, not asserted here.
        #expect(first < .seconds(30) && second < .seconds(30), "\(first), \(second)")
        let kept = try await store.sensitiveWords()
        #expect(kept.count == 20_001)
        #expect(kept.filter { $0.policy == .block }.map(\.word) == Self.inByteOrder(others))
        #expect(kept.last == SensitiveWord(word: "留下", policy: .mask))
    }
}
