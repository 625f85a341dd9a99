import Testing
@testable import GuanshanText

/// The reference page of docs/reading-page.md: `Tests/Fixtures/seed-page.txt`.
@Suite struct FixtureTests {
    let blocks = Fixture.bodyBlocks

    @Test func hasElevenBodyParagraphs() {
        #expect(blocks.count == 11)
    }

    @Test func countsTheReferenceBody() {
        let count = TextRules.characterCount(of: blocks)
        #expect(count == 2578)
        #expect(TextRules.readingMinutes(forCount: count) == 9)
    }

    @Test func outlineHasTheNumberedHeadings() {
        let outline = Outline.entries(of: blocks)
        #expect(outline.count == 11)
        #expect(outline.contains(OutlineEntry(level: 2, number: "(四)", title: "在带头坚持以人民为中心的发展思想,推动改革发展稳定方面", block: 3)))
        #expect(outline.contains(OutlineEntry(level: 3, number: "1.", title: "联系群众、服务群众不主动、不深入", block: 4)))
        #expect(outline.contains(OutlineEntry(level: 2, number: "(五)", title: "在带头发扬斗争精神,防范化解风险挑战方面", block: 7)))
        #expect(outline.contains(OutlineEntry(level: 3, number: "1.", title: "\"一线\"意识不强", block: 8)))
        #expect(outline.map(\.level) == [3, 3, 3, 2, 3, 3, 3, 2, 3, 3, 3])
    }

    @Test func onlyTheBracketedLinesAreHeadingsByThemselves() {
        let headingOnly = Fixture.bodyParagraphs.indices.filter { Outline.isHeadingOnly(paragraph: Fixture.bodyParagraphs[$0]) }
        #expect(headingOnly == [3, 7])
    }

    /// 2578 > 1.25 × 2000, so M = max(2, round(1.289)) = 2 pages, split at the block boundary nearest
    /// 1289: after block 5 (1332 characters in).
    @Test func paginatesIntoTwoPages() {
        #expect(Pagination.paginate(blocks) == [PageStart(block: 0), PageStart(block: 6)])
    }

    @Test func statsAgree() {
        let stats = TextStats(blocks: blocks)
        #expect(stats.characterCount == 2578)
        #expect(stats.readingMinutes == 9)
        #expect(stats.pages.count == 2)
        #expect(stats.outline == Outline.entries(of: blocks))
        #expect(stats.fingerprint == Fingerprint.simHash(of: Fixture.bodyParagraphs.joined(separator: "\n")))
    }
}
