import Testing
@testable import GuanshanQR

@Suite struct ReedSolomonTests {
    /// The exponents n of αⁿ in g(x), highest power first (Annex A).
    static func exponents(_ generator: ReedSolomon) -> [Int] {
        generator.generator.map { GF256.log[Int($0)] }
    }

    @Test func fieldIsGeneratedByAlpha() {
        #expect(GF256.exp[0] == 1 && GF256.exp[1] == 2 && GF256.exp[8] == 0x1D && GF256.exp[255] == 1)
        #expect(Set(GF256.exp[0..<255]).count == 255)
        for a in 1...255 {
            let inverse = GF256.exp[255 - GF256.log[a]]
            #expect(GF256.multiply(UInt8(a), inverse) == 1)
        }
    }

    @Test func generatorPolynomialsOfAnnexA() {
        #expect(Self.exponents(ReedSolomon(degree: 7)) == [0, 87, 229, 146, 149, 238, 102, 21])
        #expect(Self.exponents(ReedSolomon(degree: 10)) == [0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
        #expect(Self.exponents(ReedSolomon(degree: 13)) == [0, 74, 152, 176, 100, 86, 100, 106, 104, 130, 218, 206, 140, 78])
    }

    /// The worked example of Annex I: "01234567" at 1-M (numeric mode; its 16 data codewords are
    /// given there), and its 10 error correction codewords.
    @Test func errorCorrectionOfTheAnnexExample() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(ReedSolomon(degree: 10).errorCorrection(for: data) == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    /// A codeword with its error correction appended is a multiple of g(x): it vanishes at α⁰…αⁿ⁻¹.
    @Test func codewordsVanishAtTheGeneratorRoots() {
        let data = Array("https://example.com/d/42 观山文库".utf8)
        for degree in [7, 18, 30] {
            let codeword = data + ReedSolomon(degree: degree).errorCorrection(for: data)
            for i in 0..<degree {
                var value: UInt8 = 0
                for byte in codeword { value = GF256.multiply(value, GF256.exp[i]) ^ byte }
                #expect(value == 0, "degree \(degree), root α^\(i)")
            }
        }
    }
}
