/// What pagination packs into pages: a whole block, or a piece of a block cut at sentence ends.
struct PageUnit {
    var start: PageStart
    var count: Int
    /// A page must not end with this unit.
    var isHeading: Bool

    /// The block as one unit or, when it alone exceeds 1.5 budgets and is text that may be cut
    /// (a paragraph, quote or list item), as pieces cut at sentence ends. The block is cut into
    /// ceil(count / budget) pieces as even as its sentence ends allow, so that pieces come near the
    /// page size; a piece still over 1.5 budgets is cut again the same way, as long as it has
    /// sentence ends inside.
    static func units(of block: Block, at index: Int, count: Int, budget: Int) -> [PageUnit] {
        let whole = [PageUnit(start: PageStart(block: index), count: count, isHeading: block.isPageHeading)]
        guard count * 2 > budget * 3, block.isSplittable else { return whole }
        let ends = Sentences.ends(in: block.plainText)
        let cuts = cutIndexes(in: ends, from: 0, to: count, budget: budget)
        guard !cuts.isEmpty else { return whole }
        let starts = [Sentences.End(offset: 0, counted: 0)] + cuts.map { ends[$0] }
        return starts.indices.map { piece in
            let next = piece + 1 < starts.count ? starts[piece + 1].counted : count
            return PageUnit(start: PageStart(block: index, offset: starts[piece].offset),
                            count: next - starts[piece].counted, isHeading: false)
        }
    }

    /// The indexes in `ends` of the cuts of the piece between `from` and `to` counted characters.
    private static func cutIndexes(in ends: [Sentences.End], from: Int, to: Int, budget: Int) -> [Int] {
        let length = to - from
        guard length * 2 > budget * 3 else { return [] }
        let candidates = ends.indices.filter { ends[$0].counted > from && ends[$0].counted < to }
        let pieceCount = (length + budget - 1) / budget
        var chosen: [Int] = []
        var firstOpen = 0
        for piece in 1..<pieceCount where firstOpen < candidates.count {
            let target = from + piece * length / pieceCount
            func distance(_ candidate: Int) -> Int { abs(ends[candidates[candidate]].counted - target) }
            var best = firstOpen
            while best + 1 < candidates.count, distance(best + 1) < distance(best) { best += 1 }
            chosen.append(candidates[best])
            firstOpen = best + 1
        }
        guard !chosen.isEmpty else { return [] }
        let bounds = [from] + chosen.map { ends[$0].counted } + [to]
        return zip(bounds, bounds.dropFirst()).enumerated().flatMap { piece, range in
            (piece > 0 ? [chosen[piece - 1]] : []) + cutIndexes(in: ends, from: range.0, to: range.1, budget: budget)
        }
    }
}

extension Block {
    /// Whether a page may not end with this block: a source heading, or a paragraph that is a
    /// numbered heading and nothing else.
    var isPageHeading: Bool {
        switch self {
        case .heading: true
        case .paragraph(let spans): Outline.isHeadingOnly(paragraph: spans.plainText)
        case .listItem, .quote, .code, .table: false
        }
    }

    /// Text blocks may be cut between pages; code and tables never are.
    var isSplittable: Bool {
        switch self {
        case .paragraph, .quote, .listItem: true
        case .heading, .code, .table: false
        }
    }
}
