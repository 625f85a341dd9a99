/// Text as search sees it, exactly as `searchref` (Python 3.11, Unicode 14) has it: see docs/search.md.
public enum SearchText {
    /// searchref's normalize: NFKC, then full case folding, then each run of white space becomes one
    /// space, trimmed; then, when `simplifying`, each traditional character made simplified.
    public static func normalize(_ text: String, simplifying: Bool = true) -> String {
        var normalizer = Normalizer(simplifying: simplifying)
        normalizer.append(text)
        return String(String.UnicodeScalarView(normalizer.output.compactMap(Unicode.Scalar.init)))
    }

    /// `normalize(text)` appended to `scalars` as Unicode scalar values. Trimming and collapsing
    /// white space stay within `text`: a caller joining pieces puts one space (0x20) between them.
    public static func appendNormalized(_ text: String, to scalars: inout [UInt32]) {
        var normalizer = Normalizer()
        swap(&normalizer.output, &scalars)
        normalizer.append(text)
        swap(&normalizer.output, &scalars)
    }

    /// `normalize(text)` as scalars, and for each the index among `text.unicodeScalars` where the
    /// stretch it came from starts: what maps a match back to the text it was found in.
    public static func normalizedWithOrigins(_ text: String) -> (scalars: [UInt32], origins: [Int]) {
        var normalizer = Normalizer()
        normalizer.origins = []
        normalizer.append(text)
        return (normalizer.output, normalizer.origins ?? [])
    }

    /// searchref's is_cjk: Han (with compatibility ideographs), kana and Hangul syllables.
    public static func isCJK(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0x30000...0x3134F, 0xF900...0xFAFF,
             0x3040...0x30FF, 0xAC00...0xD7AF:
            true
        default:
            false
        }
    }

    /// searchref's is_word: a letter or digit (`str.isalnum()`) that is not CJK.
    @inline(__always)
    public static func isWord(_ scalar: UInt32) -> Bool {
        if scalar < 0x10000 { return basicPlaneWords[Int(scalar >> 6)] & (1 << (scalar & 63)) != 0 }
        return !isCJK(scalar) && isAlphanumeric(scalar)
    }

    /// `isWord` for U+0000…U+FFFF, one bit each: the indexer asks for every character.
    private static let basicPlaneWords: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in UInt32(0)..<0x10000 {
            let isWord = scalar < 0x80 ? isASCIIAlphanumeric(scalar) : !isCJK(scalar) && isAlphanumeric(scalar)
            if isWord { bits[Int(scalar >> 6)] |= 1 << (scalar & 63) }
        }
        return bits
    }()

    /// What makes a query term count: a letter, a digit or a CJK character.
    public static func isSearchable(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIIAlphanumeric(scalar) }
        return isCJK(scalar) || isAlphanumeric(scalar)
    }

    private static func isASCIIAlphanumeric(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Python's `str.isalnum()`: a letter (Lu Ll Lt Lm Lo) or a character with a numeric value, in
    /// Unicode 14: characters assigned later are unassigned to Python.
    private static func isAlphanumeric(_ scalar: UInt32) -> Bool {
        guard let properties = Unicode.Scalar(scalar)?.properties, let age = properties.age, age.major <= 14 else {
            return false
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return properties.numericType != nil
        }
    }
}
