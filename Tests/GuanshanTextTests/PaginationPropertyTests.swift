import Testing
@testable import GuanshanText
import GuanshanTestSupport

/// Randomized documents from a seeded generator: the same documents on every run.
@Suite struct PaginationPropertyTests {
    @Test(arguments: 0..<100 as Range<UInt64>)
    func pagesCoverTheBodyInOrderAndNeverEndWithAHeading(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let blocks = randomDocument(using: &generator)
        let budget = [300, 500, 1000, 2000, 3000].randomElement(using: &generator) ?? 2000
        let pages = Pagination.paginate(blocks, budget: budget)
        let total = TextRules.characterCount(of: blocks)

        #expect(pages.first == PageStart(block: 0))
        #expect(zip(pages, pages.dropFirst()).allSatisfy { ($0.block, $0.offset) < ($1.block, $1.offset) })
        if total * 4 <= budget * 5 { #expect(pages.count == 1) }
        #expect(pages.count <= max(2, (2 * total + budget) / (2 * budget)))
        for start in pages.dropFirst() {
            #expect(blocks.indices.contains(start.block))
            if start.offset == 0 {
                #expect(!blocks[start.block - 1].isPageHeading, "page ends with a heading")
            } else {
                #expect(blocks[start.block].isSplittable)
                #expect(start.offset < blocks[start.block].plainText.count)
            }
        }

        let slices = pages.indices.map { Pagination.slice(blocks, pages: pages, page: $0) }
        #expect(blocks.isEmpty || slices.allSatisfy { !$0.isEmpty }, "empty page")
        if pages.count > 1 {
            #expect(slices.allSatisfy { TextRules.characterCount(of: $0) > 0 }, "page without text")
        }
        let isWholeBody = reassembled(slices, pages: pages) == blocks.map(canonical)
        #expect(isWholeBody, "the pages do not put the body back together")
    }

    /// With paragraphs of at most 500 characters and lone numbered headings, there are always M
    /// pages, each boundary within half a paragraph and a heading of k·count/M.
    @Test(arguments: 0..<60 as Range<UInt64>)
    func pagesComeCloseToTheTarget(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let budget = Int.random(in: 1000...3000, using: &generator)
        var blocks: [Block] = []
        for index in 0..<Int.random(in: 10...80, using: &generator) {
            if index > 0, !blocks[index - 1].isPageHeading, Int.random(in: 0..<6, using: &generator) == 0 {
                blocks.append(paragraph("（\(index)）加强组织领导"))
            } else {
                blocks.append(paragraph(generatedText(count: Int.random(in: 50...500, using: &generator), using: &generator)))
            }
        }
        let total = TextRules.characterCount(of: blocks)
        let pages = Pagination.paginate(blocks, budget: budget)
        guard total * 4 > budget * 5 else {
            #expect(pages.count == 1)
            return
        }
        let pageCount = max(2, Int((Double(total) / Double(budget)).rounded()))
        #expect(pages.count == pageCount)
        let sizes = pageSizes(blocks, pages)
        #expect(sizes.allSatisfy { abs($0 - total / pageCount) <= 2 * (250 + 20) }, "\(sizes), target \(total / pageCount)")
    }

    /// Without headings, each boundary is the block boundary nearest k·count/M (the earlier on a
    /// tie), found here by a plain scan.
    @Test(arguments: 0..<60 as Range<UInt64>)
    func boundariesAreTheNearestBlockBoundaries(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let counts = (0..<Int.random(in: 2...40, using: &generator)).map { _ in Int.random(in: 1...1200, using: &generator) }
        let blocks = counts.map { paragraph(String(repeating: "字", count: $0)) }
        let total = counts.reduce(0, +)
        guard total > 2500 else { return }
        let pageCount = max(2, Int((Double(total) / 2000).rounded()))
        var expected = [PageStart(block: 0)]
        var previous = 0
        for page in 1..<pageCount {
            let target = Double(page * total) / Double(pageCount)
            let candidates = (previous + 1)..<counts.count
            guard let best = candidates.min(by: { a, b in
                let (da, db) = (abs(Double(counts[..<a].reduce(0, +)) - target), abs(Double(counts[..<b].reduce(0, +)) - target))
                return da < db || (da == db && a < b)
            }) else { break }
            expected.append(PageStart(block: best))
            previous = best
        }
        #expect(Pagination.paginate(blocks) == expected)
    }
}

/// A mix of every kind of block, long and short, styled and plain.
func randomDocument(using generator: inout SeededGenerator) -> [Block] {
    func styledSpans(count: Int, using generator: inout SeededGenerator) -> [Span] {
        let text = Array(generatedText(count: count, using: &generator))
        var spans: [Span] = []
        var start = 0
        while start < text.count {
            let end = min(text.count, start + Int.random(in: 1...max(1, text.count / 2), using: &generator))
            spans.append(Span(String(text[start..<end]), emphasis: Bool.random(using: &generator),
                              strong: Bool.random(using: &generator),
                              link: Bool.random(using: &generator) ? "/d/\(start)" : nil))
            start = end
        }
        return spans
    }
    return (0..<Int.random(in: 0...60, using: &generator)).map { index in
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<50: return .paragraph(styledSpans(count: Int.random(in: 20...600, using: &generator), using: &generator))
        case 50..<56: return .paragraph(styledSpans(count: Int.random(in: 2000...6000, using: &generator), using: &generator))
        case 56..<64: return .heading(level: Int.random(in: 1...4, using: &generator), spans: [Span("第\(index)节 工作措施")])
        case 64..<72: return paragraph("（\(index)）加强组织领导")
        case 72..<78: return paragraph("\(index % 9 + 1).思想认识不到位。" + generatedText(count: 200, using: &generator))
        case 78..<84: return .listItem(ordered: true, depth: index % 3, spans: styledSpans(count: Int.random(in: 10...3500, using: &generator), using: &generator))
        case 84..<90: return .quote(styledSpans(count: Int.random(in: 10...3500, using: &generator), using: &generator))
        case 90..<94: return .code(language: nil, text: String(repeating: "x = 1。\n", count: Int.random(in: 1...500, using: &generator)))
        case 94..<98: return .table(rows: [[[Span("项目")], [Span(generatedText(count: 3100, using: &generator))]]], headerRows: 1)
        default: return paragraph("")
        }
    }
}

/// A block with adjacent spans of the same style joined: equal for a block and its parts put back
/// together, however the spans were cut.
func canonical(_ block: Block) -> Block {
    func joined(_ spans: [Span]) -> [Span] {
        spans.reduce(into: []) { result, span in
            if var last = result.last, (last.emphasis, last.strong, last.code, last.link) == (span.emphasis, span.strong, span.code, span.link) {
                last.text += span.text
                result[result.count - 1] = last
            } else if !span.text.isEmpty {
                result.append(span)
            }
        }
    }
    switch block {
    case .heading(let level, let spans): return .heading(level: level, spans: joined(spans))
    case .paragraph(let spans): return .paragraph(joined(spans))
    case .listItem(let ordered, let depth, let spans): return .listItem(ordered: ordered, depth: depth, spans: joined(spans))
    case .quote(let spans): return .quote(joined(spans))
    case .code, .table: return block
    }
}

/// The blocks of all pages, with the parts of blocks split between pages joined again.
func reassembled(_ slices: [[Block]], pages: [PageStart]) -> [Block] {
    var result: [Block] = []
    for (page, slice) in slices.enumerated() {
        for (index, block) in slice.enumerated() {
            if index == 0, pages[page].offset > 0, let last = result.popLast() {
                switch (last, block) {
                case (.paragraph(let a), .paragraph(let b)): result.append(.paragraph(a + b))
                case (.quote(let a), .quote(let b)): result.append(.quote(a + b))
                case (.listItem(let ordered, let depth, let a), .listItem(_, _, let b)):
                    result.append(.listItem(ordered: ordered, depth: depth, spans: a + b))
                default: result += [last, block]
                }
            } else {
                result.append(block)
            }
        }
    }
    return result.map(canonical)
}
