/// The BCH-protected words that tell a reader how to read the symbol.
enum FormatAndVersion {
    /// The 15 bits of format information (§7.9.1): the level's 2 bits and the mask's 3, then the
    /// 10-bit remainder of the BCH(15,5) code with generator x¹⁰+x⁸+x⁵+x⁴+x²+x+1, all XORed with
    /// 101010000010010 so that no format word is all zeros. Bit 14 is the first (most significant).
    static func formatBits(level: QRCode.Level, mask: QRCode.Mask) -> Int {
        let data = level.formatBits << 3 | mask.rawValue
        return (data << 10 | bchRemainder(data, generator: 0b101_0011_0111, degree: 10)) ^ 0b101_0100_0001_0010
    }

    /// The 18 bits of version information (§7.10), for versions 7 and up: the 6-bit version, then
    /// the 12-bit remainder of the BCH(18,6) code with generator x¹²+x¹¹+x¹⁰+x⁹+x⁸+x⁵+x²+1.
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version, generator: 0b1_1111_0010_0101, degree: 12)
    }

    /// The remainder of `data` × x^degree divided by `generator`, polynomials over GF(2).
    static func bchRemainder(_ data: Int, generator: Int, degree: Int) -> Int {
        var value = data << degree
        for bit in stride(from: bitWidth(value) - 1, through: degree, by: -1) where value >> bit & 1 == 1 {
            value ^= generator << (bit - degree)
        }
        return value
    }

    private static func bitWidth(_ value: Int) -> Int { Int.bitWidth - value.leadingZeroBitCount }
}

extension QRCode.Level {
    /// The level's two bits in the format information (Table 12): L 01, M 00, Q 11, H 10.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
