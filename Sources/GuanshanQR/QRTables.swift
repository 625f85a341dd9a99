/// The per-version facts of ISO/IEC 18004 (Model 2 symbols, versions 1 to 40) that the encoder reads.
enum QRTables {
    static let versions = 1...40

    /// The side of a symbol in modules (§6.3.1): 21 for version 1, four more for each version.
    static func size(version: Int) -> Int { 17 + 4 * version }

    /// Bits of the character count indicator in byte mode (Table 3).
    static func characterCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// Centers of the alignment patterns on either axis (Annex E, Table E.1); the patterns stand at
    /// every pair of these, except the three pairs that fall on the finder patterns.
    static func alignmentCenters(version: Int) -> [Int] {
        alignmentTable[version - 1]
    }

    private static let alignmentTable: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
        [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
        [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82], [6, 30, 58, 86],
        [6, 34, 62, 90],
        [6, 28, 50, 72, 94], [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106],
        [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130],
        [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142],
        [6, 34, 62, 90, 118, 146],
        [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
        [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ]

    /// Modules left for codewords once the function patterns are drawn (Table 1, "data modules except
    /// function patterns" plus the format and version information areas taken out).
    static func dataModules(version: Int) -> Int {
        let size = size(version: version)
        // Three finder patterns with their separators (8 × 8 each), the two copies of the format
        // information (15 each) and the dark module beside the lower one.
        var modules = size * size - 3 * 64 - 2 * 15 - 1
        // The two timing patterns, between the separators.
        modules -= 2 * (size - 16)
        let centers = alignmentCenters(version: version).count
        if centers > 0 {
            // 25 modules each; those centred on row or column 6 share 5 modules with a timing pattern.
            modules -= 25 * (centers * centers - 3) - 5 * 2 * (centers - 2)
        }
        if version >= 7 { modules -= 2 * 18 }  // the two copies of the version information
        return modules
    }

    /// All codewords of a symbol, data and error correction (Table 1); the modules left over are
    /// remainder bits.
    static func totalCodewords(version: Int) -> Int { dataModules(version: version) / 8 }

    /// One group of Table 9: `count` blocks of `total` codewords, `data` of them data codewords.
    struct BlockGroup: Equatable, CustomStringConvertible {
        var count: Int
        var total: Int
        var data: Int
        var description: String { "\(count)×(\(total),\(data))" }
    }

    /// The error correction blocks of a version and level (Table 9). Every block has the same
    /// number of error correction codewords; where the codewords do not divide evenly, the blocks of
    /// the second group hold one data codeword more than those of the first.
    static func blockGroups(version: Int, level: QRCode.Level) -> [BlockGroup] {
        let blocks = blockCount[level.tableIndex][version - 1]
        let ecPerBlock = ecCodewordsPerBlock[level.tableIndex][version - 1]
        let total = totalCodewords(version: version)
        let shortTotal = total / blocks
        let longBlocks = total % blocks
        var groups = [BlockGroup(count: blocks - longBlocks, total: shortTotal, data: shortTotal - ecPerBlock)]
        if longBlocks > 0 {
            groups.append(BlockGroup(count: longBlocks, total: shortTotal + 1, data: shortTotal + 1 - ecPerBlock))
        }
        return groups
    }

    static func errorCorrectionCodewordsPerBlock(version: Int, level: QRCode.Level) -> Int {
        ecCodewordsPerBlock[level.tableIndex][version - 1]
    }

    static func dataCodewords(version: Int, level: QRCode.Level) -> Int {
        totalCodewords(version: version)
            - blockCount[level.tableIndex][version - 1] * ecCodewordsPerBlock[level.tableIndex][version - 1]
    }

    /// Table 9, error correction codewords per block, by level (L, M, Q, H) and version.
    private static let ecCodewordsPerBlock: [[Int]] = [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    /// Table 9, number of error correction blocks, by level (L, M, Q, H) and version.
    private static let blockCount: [[Int]] = [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]
}
