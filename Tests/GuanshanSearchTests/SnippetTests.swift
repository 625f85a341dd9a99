import Testing
@testable import GuanshanSearch

@Suite struct SnippetTests {
    private func marked(_ snippet: Snippet) -> String {
        snippet.fragments.map { $0.isMatch ? "[\($0.text)]" : $0.text }.joined()
    }

    @Test func marksEveryTermInTheBestBlock() {
        let snippet = Snippet.make(
            blocks: ["第一段只有政协。", "第二段：政协党组召开会议，党组成员出席。"], query: SearchQuery.parse("政协 党组"))
        #expect(marked(snippet) == "第二段：[政协][党组]召开会议，[党组]成员出席。")
        #expect(snippet.firstMatch == Snippet.Place(block: 0, offset: 5))
        #expect(!snippet.cutBefore && !snippet.cutAfter)
    }

    @Test func matchesTheNormalizedTextButShowsTheOriginal() {
        let snippet = Snippet.make(blocks: ["Read ＬＩＮＵＸ  kernel docs; not recalc."], query: SearchQuery.parse("linux CALC"))
        #expect(marked(snippet) == "Read [ＬＩＮＵＸ]  kernel docs; not recalc.")
        let accented = Snippet.make(blocks: ["Cafe\u{301} au lait"], query: SearchQuery.parse("café"))
        #expect(marked(accented) == "[Cafe\u{301}] au lait")
        let traditional = Snippet.make(blocks: ["先講別的。", "計算機科學與技術"], query: SearchQuery.parse("计算机 技术"))
        #expect(marked(traditional) == "[計算機]科學與[技術]")
        let simplifiedHeadOnly = Snippet.make(blocks: ["先講別的。", "電腦即計算機"], query: SearchQuery.parse("计算机"))
        #expect(marked(simplifiedHeadOnly) == "電腦即[計算機]")
        #expect(simplifiedHeadOnly.firstMatch == Snippet.Place(block: 1, offset: 3))
    }

    @Test func cutsLongBlocksAroundTheMatch() {
        let long = String(repeating: "前文", count: 200) + "关键词" + String(repeating: "后文", count: 200)
        let snippet = Snippet.make(blocks: [long], query: SearchQuery.parse("关键词"), width: 40)
        #expect(snippet.cutBefore && snippet.cutAfter)
        #expect(snippet.plainText.unicodeScalars.count == 40)
        #expect(marked(snippet).contains("[关键词]"))
        #expect(snippet.firstMatch == Snippet.Place(block: 0, offset: 400))
    }

    @Test func titleOnlyMatchesShowTheOpening() {
        let snippet = Snippet.make(blocks: ["", "正文开头。", "第二段。"], query: SearchQuery.parse("标题"))
        #expect(snippet.firstMatch == nil)
        #expect(marked(snippet) == "正文开头。")
        #expect(snippet.cutAfter)
    }

    @Test func offsetsCountCharactersNotScalars() {
        let snippet = Snippet.make(blocks: ["e\u{301}e\u{301}目标"], query: SearchQuery.parse("目标"))
        #expect(snippet.firstMatch == Snippet.Place(block: 0, offset: 2))
    }
}
