import Testing
@testable import GuanshanText

@Suite struct SliceTests {
    let spans = [Span("第一句。"), Span("第二句重点。", strong: true), Span("第三句", emphasis: true), Span("。", link: "/d/1")]

    @Test func cutsSpansAtCharacterOffsetsKeepingStyles() {
        #expect(spans.part(from: 4, to: nil) == [Span("第二句重点。", strong: true), Span("第三句", emphasis: true), Span("。", link: "/d/1")])
        #expect(spans.part(from: 2, to: 7) == [Span("句。"), Span("第二句", strong: true)])
        #expect(spans.part(from: 0, to: nil) == spans)
        #expect(spans.part(from: 14, to: nil) == nil)
        #expect(spans.part(from: 5, to: 5) == nil)
        #expect(spans.part(from: 0, to: 99) == spans)
    }

    @Test func offsetsCountGraphemeClusters() {
        let spans = [Span("👨‍👩‍👧e\u{301}。"), Span("后文", strong: true)]
        #expect(spans.part(from: 1, to: nil) == [Span("e\u{301}。"), Span("后文", strong: true)])
        #expect(spans.part(from: 0, to: 2) == [Span("👨‍👩‍👧e\u{301}")])
    }

    @Test func partsKeepTheKindOfBlock() {
        #expect(Block.paragraph(spans).part(from: 4, to: 7) == .paragraph([Span("第二句", strong: true)]))
        #expect(Block.quote(spans).part(from: 4, to: 7) == .quote([Span("第二句", strong: true)]))
        #expect(Block.listItem(ordered: true, depth: 2, spans: spans).part(from: 0, to: 4)
            == .listItem(ordered: true, depth: 2, spans: [Span("第一句。")]))
        let code = Block.code(language: nil, text: "x = 1。y = 2。")
        #expect(code.part(from: 0, to: 3) == code)
        #expect(code.part(from: 3, to: nil) == nil)
    }

    @Test func slicesPagesOfASplitBlock() {
        let blocks: [Block] = [paragraph("前言。"), .paragraph(spans), paragraph("后记。")]
        let pages = [PageStart(block: 0), PageStart(block: 1, offset: 4), PageStart(block: 1, offset: 10), PageStart(block: 2)]
        #expect(Pagination.slice(blocks, pages: pages, page: 0) == [paragraph("前言。"), .paragraph([Span("第一句。")])])
        #expect(Pagination.slice(blocks, pages: pages, page: 1) == [.paragraph([Span("第二句重点。", strong: true)])])
        #expect(Pagination.slice(blocks, pages: pages, page: 2) == [.paragraph([Span("第三句", emphasis: true), Span("。", link: "/d/1")])])
        #expect(Pagination.slice(blocks, pages: pages, page: 3) == [paragraph("后记。")])
    }

    @Test func pagesOutsideTheDocumentAreEmpty() {
        let blocks = [paragraph("一。"), paragraph("二。")]
        let pages = [PageStart(block: 0), PageStart(block: 1)]
        #expect(Pagination.slice(blocks, pages: pages, page: 2).isEmpty)
        #expect(Pagination.slice(blocks, pages: pages, page: -1).isEmpty)
        #expect(Pagination.slice(blocks, pages: [], page: 0) == blocks)
        #expect(Pagination.slice(blocks, pages: [PageStart(block: 0), PageStart(block: 7)], page: 1).isEmpty)
        #expect(Pagination.slice([], pages: [PageStart(block: 0)], page: 0).isEmpty)
    }
}
