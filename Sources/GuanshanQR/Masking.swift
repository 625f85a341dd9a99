extension QRCode.Mask {
    /// Whether the mask inverts the module in row `y`, column `x` (§7.8.2, Table 10, with i the row
    /// and j the column).
    func inverts(x j: Int, y i: Int) -> Bool {
        switch rawValue {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}

/// The four penalty rules by which the mask is chosen (§7.8.3, Table 11): the mask whose symbol
/// scores lowest, the first of equals, is the one used.
enum Penalty {
    static let n1 = 3, n2 = 3, n3 = 40, n4 = 10

    /// The score of a finished symbol (modules row by row, `true` dark): the sum of the four rules.
    static func score(_ dark: [Bool], size: Int) -> Int {
        let rules = ruleScores(dark, size: size)
        return rules.adjacent + rules.blocks + rules.finderLike + rules.balance
    }

    /// The score of each rule, rows and columns added together.
    static func ruleScores(_ dark: [Bool], size: Int) -> (adjacent: Int, blocks: Int, finderLike: Int, balance: Int) {
        dark.withUnsafeBufferPointer { modules in
            var adjacent = 0, finderLike = 0
            for i in 0..<size {
                let row = lineScores(modules, start: i * size, step: 1, count: size)
                let column = lineScores(modules, start: i, step: size, count: size)
                adjacent += row.adjacent + column.adjacent
                finderLike += row.finderLike + column.finderLike
            }
            return (adjacent, blockScore(modules, size: size), finderLike, balanceScore(modules))
        }
    }

    /// Rules 1 and 3 along one row or column: `count` modules from `start`, `step` apart.
    ///
    /// Rule 1: every run of 5 + i modules of one color scores N1 + i.
    /// Rule 3: a 1:1:3:1:1 (dark:light:dark:light:dark) pattern preceded or followed by 4 light
    /// modules scores N3; one with light modules on both sides scores twice, once for each 11-module
    /// sequence (0000 1011101 and 1011101 0000). The quiet zone around the symbol is light, as a
    /// reader sees it.
    static func lineScores(_ modules: UnsafeBufferPointer<Bool>, start: Int, step: Int, count: Int) -> (adjacent: Int, finderLike: Int) {
        var adjacent = 0, finderLike = 0
        var run = 0
        var previous = false
        // The last 11 modules seen, the newest in bit 0; modules before the line are light, and the
        // loop reads 4 light modules past its end.
        var window = 0
        for i in 0..<(count + 4) {
            let module = i < count && modules[start + i * step]
            if i < count {
                run = i > 0 && module == previous ? run + 1 : 1
                if run == 5 { adjacent += n1 } else if run > 5 { adjacent += 1 }
                previous = module
            }
            window = (window << 1 | (module ? 1 : 0)) & 0b111_1111_1111
            if window == 0b000_0101_1101 || window == 0b101_1101_0000 { finderLike += n3 }
        }
        return (adjacent, finderLike)
    }

    /// Rule 2: a block of m × n modules of one color scores N2 × (m - 1) × (n - 1), which is N2 for
    /// every 2 × 2 square of one color, overlapping squares counted each.
    static func blockScore(_ modules: UnsafeBufferPointer<Bool>, size: Int) -> Int {
        var score = 0
        for y in 0..<(size - 1) {
            let top = y * size, bottom = top + size
            for x in 0..<(size - 1) {
                let module = modules[top + x]
                if modules[top + x + 1] == module && modules[bottom + x] == module && modules[bottom + x + 1] == module {
                    score += n2
                }
            }
        }
        return score
    }

    /// Rule 4: a proportion of dark modules between 50 ± 5k % and 50 ± 5(k + 1) % scores N4 × k.
    static func balanceScore(_ modules: UnsafeBufferPointer<Bool>) -> Int {
        var darkCount = 0
        for module in modules where module { darkCount += 1 }
        // |dark / total - 1/2| / 5 %, rounded down, in integers.
        let k = abs(20 * darkCount - 10 * modules.count) / modules.count
        return n4 * k
    }
}
