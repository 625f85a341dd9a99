import Testing
@testable import GuanshanQR

/// The four rules of §7.8.3 (Table 11) on small patterns whose scores are worked out by hand.
@Suite struct PenaltyTests {
    static func line(_ pattern: String) -> [Bool] { pattern.map { $0 == "1" } }

    static func rule1(_ pattern: String) -> Int {
        let line = line(pattern)
        return line.withUnsafeBufferPointer { Penalty.lineScores($0, start: 0, step: 1, count: line.count).adjacent }
    }

    static func rule2(_ pattern: String, size: Int) -> Int {
        line(pattern).withUnsafeBufferPointer { Penalty.blockScore($0, size: size) }
    }

    static func rule3(_ pattern: String) -> Int {
        let line = line(pattern)
        return line.withUnsafeBufferPointer { Penalty.lineScores($0, start: 0, step: 1, count: line.count).finderLike }
    }

    static func rule4(dark: Int, of total: Int) -> Int {
        (0..<total).map { $0 < dark }.withUnsafeBufferPointer { Penalty.balanceScore($0) }
    }

    @Test func rule1AdjacentModules() {
        #expect(Self.rule1("1111") == 0)
        #expect(Self.rule1("11111") == 3)
        #expect(Self.rule1("1111111") == 5)
        #expect(Self.rule1("00000111111") == 3 + 4)
        #expect(Self.rule1("1111011110") == 0)
    }

    @Test func rule2Blocks() {
        #expect(Self.rule2("1101", size: 2) == 0)
        #expect(Self.rule2("1111", size: 2) == 3)
        #expect(Self.rule2("0000", size: 2) == 3)
        // A 3 × 3 block of one color: N2 × (3 - 1) × (3 - 1).
        #expect(Self.rule2("111111111", size: 3) == 12)
        #expect(Self.rule2("110110001", size: 3) == 3)
    }

    @Test func rule3FinderLikePatterns() {
        // Alone in a line: the quiet zone is light on both sides.
        #expect(Self.rule3("1011101") == 80)
        #expect(Self.rule3("110111010000") == 40)
        #expect(Self.rule3("000010111010001") == 40)
        #expect(Self.rule3("1000101110100011") == 0)
        #expect(Self.rule3("10110101") == 0)
    }

    @Test func rule4Balance() {
        #expect(Self.rule4(dark: 50, of: 100) == 0)
        #expect(Self.rule4(dark: 54, of: 100) == 0)
        #expect(Self.rule4(dark: 55, of: 100) == 10)
        #expect(Self.rule4(dark: 45, of: 100) == 10)
        #expect(Self.rule4(dark: 39, of: 100) == 20)
        #expect(Self.rule4(dark: 100, of: 100) == 100)
    }

    /// A column is read like a row.
    @Test func columns() {
        // 3 columns of 7: the middle one is 1011101.
        let modules = Self.line("010000010010010000010")
        let scores = modules.withUnsafeBufferPointer { Penalty.lineScores($0, start: 1, step: 3, count: 7) }
        #expect(scores.finderLike == 80 && scores.adjacent == 0)
    }

    /// The rules add up over rows and columns: a 5 × 5 dark square scores rule 1 in its 5 rows and
    /// 5 columns, rule 2 for its 16 squares of 2 × 2, and rule 4 at 100 % dark.
    @Test func rulesAddUpOverRowsAndColumns() {
        let rules = Penalty.ruleScores(Array(repeating: true, count: 25), size: 5)
        #expect(rules.adjacent == 10 * 3 && rules.blocks == 16 * 3 && rules.finderLike == 0 && rules.balance == 100)
    }
}
