import Testing
@testable import GuanshanText
import GuanshanTestSupport

@Suite struct PaginationTests {
    @Test func emptyAndShortBodiesAreOnePage() {
        #expect(Pagination.paginate([]) == [PageStart(block: 0)])
        #expect(Pagination.paginate([paragraph("")]) == [PageStart(block: 0)])
        var generator = SeededGenerator(seed: 1)
        let atLimit = generatedParagraphs(10, lengths: 250...250, using: &generator).map(paragraph)
        #expect(TextRules.characterCount(of: atLimit) == 2500)
        #expect(Pagination.paginate(atLimit) == [PageStart(block: 0)])
        let overLimit = atLimit + [paragraph("多")]
        #expect(Pagination.paginate(overLimit) == [PageStart(block: 0), PageStart(block: 5)])
    }

    /// docs/text-rules.md: 8,320 characters in paragraphs of 200-350 give 4 pages of about 2,080.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func designExampleGivesFourEvenPages(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var texts: [String] = []
        let total = Int.random(in: 8000...8700, using: &generator)
        var count = 0
        while total - count > 350 {
            let length = min(Int.random(in: 200...350, using: &generator), total - count - 200)
            texts.append(generatedText(count: length, using: &generator))
            count += length
        }
        texts.append(generatedText(count: total - count, using: &generator))
        if seed.isMultiple(of: 2) { texts.insert("（二）在带头坚持以人民为中心的发展思想方面", at: texts.count / 2) }
        let blocks = texts.map(paragraph)
        let pages = Pagination.paginate(blocks)
        #expect(pages.count == 4)
        #expect(pages.allSatisfy { $0.offset == 0 })
        let sizes = pageSizes(blocks, pages)
        let target = TextRules.characterCount(of: blocks) / 4
        #expect(sizes.allSatisfy { abs($0 - target) <= 350 }, "\(sizes)")
        for start in pages.dropFirst() {
            #expect(!blocks[start.block - 1].isPageHeading)
        }
    }

    @Test func boundaryAfterAHeadingMovesBeforeIt() {
        var generator = SeededGenerator(seed: 2)
        let heading = "（一）加强组织领导"
        let blocks = [
            paragraph(generatedText(count: 1200, using: &generator)),
            paragraph(generatedText(count: 791, using: &generator)),
            paragraph(heading),
            paragraph(generatedText(count: 1200, using: &generator)),
            paragraph(generatedText(count: 800, using: &generator)),
        ]
        #expect(TextRules.characterCount(of: blocks) == 4000)
        // The nearest boundary to 2000 is after the heading (2000), not before it (1991).
        #expect(Pagination.paginate(blocks) == [PageStart(block: 0), PageStart(block: 2)])
    }

    @Test func boundaryMovesBeforeARunOfHeadings() {
        var generator = SeededGenerator(seed: 3)
        let blocks: [Block] = [
            paragraph(generatedText(count: 1500, using: &generator)),
            .heading(level: 2, spans: [Span("二、工作措施")]),
            paragraph("（一）加强组织领导"),
            paragraph(generatedText(count: 1000, using: &generator)),
            paragraph(generatedText(count: 1000, using: &generator)),
        ]
        #expect(Pagination.paginate(blocks) == [PageStart(block: 0), PageStart(block: 1)])
    }

    @Test func headingAtTheStartMovesTheBoundaryForward() {
        var generator = SeededGenerator(seed: 4)
        let blocks: [Block] = [
            .heading(level: 1, spans: [Span("总则")]),
            paragraph(generatedText(count: 2000, using: &generator)),
            paragraph(generatedText(count: 400, using: &generator)),
            paragraph(generatedText(count: 400, using: &generator)),
        ]
        // Nearest to 1401 is after the heading; there is nothing before it, so the page runs on.
        #expect(Pagination.paginate(blocks) == [PageStart(block: 0), PageStart(block: 2)])
    }

    @Test func aBodyOfHeadingsIsOnePage() {
        let blocks = (1...200).map { Block.heading(level: 2, spans: [Span("第\($0)节 工作措施")]) }
            + (1...200).map { paragraph("（\($0)）加强组织领导") }
        #expect(TextRules.characterCount(of: blocks) > 2500)
        #expect(Pagination.paginate(blocks) == [PageStart(block: 0)])
    }

    @Test func budgetIsASetting() {
        var generator = SeededGenerator(seed: 5)
        let blocks = generatedParagraphs(20, lengths: 100...100, using: &generator).map(paragraph)
        #expect(Pagination.paginate(blocks, budget: 500) == [0, 5, 10, 15].map { PageStart(block: $0) })
        #expect(Pagination.paginate(blocks, budget: 0).count > 20)
        #expect(Pagination.paginate(blocks, budget: 10_000) == [PageStart(block: 0)])
    }

    @Test func aLongParagraphIsCutAtSentenceEnds() {
        var generator = SeededGenerator(seed: 6)
        let text = generatedText(count: 5000, using: &generator)
        let blocks = [paragraph(text)]
        let pages = Pagination.paginate(blocks)
        #expect(pages.count == 3)
        #expect(pages.allSatisfy { $0.block == 0 })
        let characters = Array(text)
        for start in pages.dropFirst() {
            #expect(characters[start.offset - 1] == "。")
        }
        let sizes = pageSizes(blocks, pages)
        #expect(sizes.reduce(0, +) == 5000)
        #expect(sizes.allSatisfy { abs($0 - 1667) <= 150 }, "\(sizes)")
    }

    @Test func onlyBlocksOverOneAndAHalfBudgetsAreCut() {
        var generator = SeededGenerator(seed: 7)
        let blocks = [
            paragraph(generatedText(count: 3000, using: &generator)),
            paragraph(generatedText(count: 1000, using: &generator)),
        ]
        #expect(Pagination.paginate(blocks) == [PageStart(block: 0), PageStart(block: 1)])
    }

    @Test func codeTablesAndTextWithoutSentenceEndsAreNeverCut() {
        let code = String(repeating: "let value = compute(); ", count: 300)
        let row: [[Span]] = [[Span(String(repeating: "数据。", count: 100))]]
        let unpunctuated = String(repeating: "没有句号的长段落", count: 500)
        for block in [Block.code(language: "swift", text: code), .table(rows: Array(repeating: row, count: 20), headerRows: 1),
                      paragraph(unpunctuated)] {
            #expect(TextRules.characterCount(of: [block]) > 3000)
            #expect(Pagination.paginate([block]) == [PageStart(block: 0)])
            #expect(Pagination.paginate([paragraph("前言。"), block, paragraph("后记。")]).allSatisfy { $0.offset == 0 })
        }
    }

    @Test func splitPiecesStayUnderOneAndAHalfBudgets() {
        var generator = SeededGenerator(seed: 8)
        for budget in [300, 700, 2000] {
            let count = Int.random(in: 2 * budget...9 * budget, using: &generator)
            let block = paragraph(generatedText(count: count, using: &generator))
            let units = PageUnit.units(of: block, at: 0, count: count, budget: budget)
            #expect(units.count == (count + budget - 1) / budget)
            #expect(units.map(\.count).reduce(0, +) == count)
            #expect(units.allSatisfy { $0.count * 2 <= budget * 3 }, "\(units.map(\.count))")
        }
    }

    @Test func sentenceEndsFollowTheDesignRules() {
        let ends = Sentences.ends(in: "他说：“好。”然后走了！Really? Yes. 3.5 appears; 也可以？")
        let text = Array("他说：“好。”然后走了！Really? Yes. 3.5 appears; 也可以？")
        #expect(ends.map { String(text[$0.offset...].prefix(2)) } == ["然后", "Re", "Ye", "3.", "也可"])
        #expect(Sentences.ends(in: "开头。\"引文\"结尾").map(\.offset) == [3])
        #expect(Sentences.ends(in: "\"引文。\"结尾").map(\.offset) == [5])
    }
}

/// The counted characters on each page.
func pageSizes(_ blocks: [Block], _ pages: [PageStart]) -> [Int] {
    pages.indices.map { TextRules.characterCount(of: Pagination.slice(blocks, pages: pages, page: $0)) }
}
