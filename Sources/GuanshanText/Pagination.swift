/// Where a page begins: a block, and how many Characters of that block's plain text come before it
/// (0 unless the page begins inside a block that was split).
public struct PageStart: Hashable, Sendable, Codable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int = 0) {
        self.block = block
        self.offset = offset
    }

    public static let documentStart = PageStart(block: 0)
}

/// The pagination of docs/text-rules.md.
public enum Pagination {
    public static let defaultBudget = 2000

    /// The start of every page, the first always (0, 0). A body of at most 1.25 budgets is one page;
    /// a longer one is M = max(2, round(count / budget)) pages, each boundary at the block boundary
    /// nearest to k·count/M, moved before the heading(s) it would follow. A block longer than 1.5
    /// budgets is first cut at sentence ends (see `PageUnit`), and those cuts are
    /// boundaries like any other. There are fewer than M pages when the blocks allow no more.
    public static func paginate(_ blocks: [Block], budget: Int = defaultBudget) -> [PageStart] {
        let budget = max(budget, 1)
        let counts = blocks.map { TextRules.characterCount(of: $0.plainText) }
        let total = counts.reduce(0, +)
        guard total * 4 > budget * 5 else { return [.documentStart] }
        let pageCount = max(2, (2 * total + budget) / (2 * budget))
        let units = zip(blocks, counts).enumerated().flatMap { index, pair in
            PageUnit.units(of: pair.0, at: index, count: pair.1, budget: budget)
        }
        return [.documentStart] + boundaries(between: units, pageCount: pageCount).map { units[$0].start }
    }

    /// The indexes of the units that begin pages 2, 3, …, strictly rising.
    private static func boundaries(between units: [PageUnit], pageCount: Int) -> [Int] {
        var before = [0]
        for unit in units { before.append(before[before.count - 1] + unit.count) }
        let total = before[units.count]
        var chosen: [Int] = []
        var previous = 0
        /// A page may end before `boundary`: it does not end with a heading, and neither it nor the
        /// rest of the body is left without a counted character.
        func isAllowed(_ boundary: Int) -> Bool {
            !units[boundary - 1].isHeading && before[boundary] > before[previous] && before[boundary] < total
        }
        for page in 1..<pageCount {
            let target = Double(page * total) / Double(pageCount)
            var boundary = nearest(to: target, in: before, after: previous)
            guard boundary < units.count else { break }
            while boundary > previous + 1, units[boundary - 1].isHeading { boundary -= 1 }
            if !isAllowed(boundary) {
                guard let later = (boundary + 1..<units.count).first(where: isAllowed) else { break }
                boundary = later
            }
            chosen.append(boundary)
            previous = boundary
        }
        return chosen
    }

    /// The boundary in `previous + 1 ..< before.count - 1` whose running total is nearest to
    /// `target`, the earlier one on a tie; `before.count - 1` (no boundary) when that range is empty.
    private static func nearest(to target: Double, in before: [Int], after previous: Int) -> Int {
        let last = before.count - 1
        var low = previous + 1, high = last
        while low < high {
            let middle = (low + high) / 2
            if Double(before[middle]) < target { low = middle + 1 } else { high = middle }
        }
        guard low > previous + 1 else { return low }
        let below = low - 1
        let isBelowNearer = target - Double(before[below]) <= Double(before[low]) - target
        return isBelowNearer || low == last ? below : low
    }

    /// The blocks of page `page` (0-based) of a body paginated as `pages`; a block split between
    /// pages appears on each as the part that falls there. Empty when there is no such page.
    public static func slice(_ blocks: [Block], pages: [PageStart], page: Int) -> [Block] {
        let pages = pages.isEmpty ? [.documentStart] : pages
        guard pages.indices.contains(page) else { return [] }
        let start = pages[page]
        let end = page + 1 < pages.count ? pages[page + 1] : PageStart(block: blocks.count)
        var result: [Block] = []
        var index = max(start.block, 0)
        while index < blocks.count, index < end.block || (index == end.block && end.offset > 0) {
            let from = index == start.block ? start.offset : 0
            let to = index == end.block ? end.offset : nil
            if from == 0, to == nil {
                result.append(blocks[index])
            } else if let part = blocks[index].part(from: from, to: to) {
                result.append(part)
            }
            index += 1
        }
        return result
    }
}
