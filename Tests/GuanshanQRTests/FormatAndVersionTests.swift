import Testing
@testable import GuanshanQR

@Suite struct FormatAndVersionTests {
    func mask(_ number: Int) -> QRCode.Mask { QRCode.Mask.all[number] }

    /// §7.9.1's example (M, mask 101) and the mask 0 words of Table C.1.
    @Test func formatInformation() {
        #expect(FormatAndVersion.formatBits(level: .medium, mask: mask(5)) == 0b100_0000_1100_1110)
        #expect(FormatAndVersion.formatBits(level: .low, mask: mask(0)) == 0b111_0111_1100_0100)
        #expect(FormatAndVersion.formatBits(level: .medium, mask: mask(0)) == 0b101_0100_0001_0010)
        #expect(FormatAndVersion.formatBits(level: .quartile, mask: mask(0)) == 0b011_0101_0101_1111)
        #expect(FormatAndVersion.formatBits(level: .high, mask: mask(0)) == 0b001_0110_1000_1001)
    }

    /// The 32 format words are distinct and pairwise at least 7 bits apart (BCH(15,5), distance 7).
    @Test func formatWordsAreFarApart() {
        let words = QRCode.Level.allCases.flatMap { level in QRCode.Mask.all.map { FormatAndVersion.formatBits(level: level, mask: $0) } }
        for (i, a) in words.enumerated() {
            for b in words[(i + 1)...] {
                #expect((a ^ b).nonzeroBitCount >= 7)
            }
        }
    }

    /// Table D.1: version 7 is 000111110010010100, version 40 is 101000110001101001.
    @Test func versionInformation() {
        #expect(FormatAndVersion.versionBits(version: 7) == 0x07C94)
        #expect(FormatAndVersion.versionBits(version: 8) == 0x085BC)
        #expect(FormatAndVersion.versionBits(version: 40) == 0x28C69)
    }

    /// The format information is written to both copies, read back bit for bit.
    @Test(arguments: [1, 7, 40])
    func formatInformationInTheMatrix(version: Int) throws {
        var matrix = ModuleMatrix(version: version)
        matrix.drawFormatInformation(level: .quartile, mask: mask(3))
        let bits = FormatAndVersion.formatBits(level: .quartile, mask: mask(3))
        let copies = ModuleMatrix.formatPositions(size: matrix.size)
        #expect(Set(copies.flatMap { $0 }.map { "\($0.x),\($0.y)" }).count == 30)
        for copy in copies {
            let read = copy.enumerated().reduce(0) { $0 | (matrix[$1.element.x, $1.element.y] ? 1 << $1.offset : 0) }
            #expect(read == bits)
        }
        #expect(matrix[8, matrix.size - 8], "the dark module")
    }
}
