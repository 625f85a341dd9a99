/// Arithmetic in GF(256) as ISO/IEC 18004 §7.5.2 defines it: bytes are polynomials over GF(2)
/// reduced modulo the primitive polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), whose root α = 2
/// generates every non-zero element.
enum GF256 {
    /// αⁱ for i in 0..<510, so that a product's exponents can be added without a modulo.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            table[i + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// The exponent i with αⁱ = the index (the entry for 0 is unused).
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = i }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}

/// The Reed-Solomon error correction of one block (ISO/IEC 18004 §7.5.2): the error correction
/// codewords are the remainder of the data polynomial times x^n divided by the generator
/// polynomial g(x) = (x - α⁰)(x - α¹)…(x - αⁿ⁻¹) of degree n.
struct ReedSolomon {
    /// The coefficients of g(x) from the highest power down, the leading 1 included.
    let generator: [UInt8]

    init(degree: Int) {
        var polynomial: [UInt8] = [1]
        for i in 0..<degree {
            // Multiply by (x + αⁱ): subtraction is addition (XOR) in GF(2⁸).
            var next = polynomial + [0]
            for (j, coefficient) in polynomial.enumerated() {
                next[j + 1] ^= GF256.multiply(coefficient, GF256.exp[i])
            }
            polynomial = next
        }
        generator = polynomial
    }

    var degree: Int { generator.count - 1 }

    /// The error correction codewords of a block of data codewords.
    func errorCorrection(for data: some Collection<UInt8>) -> [UInt8] {
        // Long division, keeping only the last `degree` coefficients of the running remainder.
        var remainder = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            if factor == 0 { continue }
            for i in 0..<degree {
                remainder[i] ^= GF256.multiply(generator[i + 1], factor)
            }
        }
        return remainder
    }
}
