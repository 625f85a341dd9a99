extension Sequence where Element == UInt8 {
    /// The bytes as lower-case hex digits, two a byte: how SHA-256 hashes are written (originals' names,
    /// content hashes, S3's signatures).
    public var hex: String {
        var digits = String.UnicodeScalarView()
        for byte in self {
            digits.append(hexDigits[Int(byte >> 4)])
            digits.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(digits)
    }
}

private let hexDigits = Array("0123456789abcdef".unicodeScalars)
