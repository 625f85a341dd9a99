internal import GuanshanText

/// The Unicode data of `UnicodeData.swift` (Python 3.11's, Unicode 14.0.0) in lookup form.
struct UnicodeTables: Sendable {
    static let shared = UnicodeTables()

    let decompositions: [UInt32: [UInt32]]
    let caseFoldings: [UInt32: [UInt32]]
    private let combiningClasses: [UInt32: UInt8]
    private let compositions: [UInt64: UInt32]
    private let whiteSpace: Set<UInt32>
    /// Scalars that may join the one before them: non-starters and the second halves of compositions.
    private let joiners: Set<UInt32>
    /// One bit per code point, set where NFKC, case folding and white-space collapsing leave the scalar
    /// alone and nothing before it can change that: it may be copied as it is.
    private let inertBits: [UInt64]

    private init() {
        func mappings(_ records: String) -> [UInt32: [UInt32]] {
            Dictionary(uniqueKeysWithValues: HexRecords.parse(records).map { ($0[0], Array($0.dropFirst())) })
        }
        decompositions = mappings(Self.decompositionRecords)
        caseFoldings = mappings(Self.caseFoldingRecords)
        combiningClasses = Dictionary(uniqueKeysWithValues: HexRecords.parse(Self.combiningClassRecords).flatMap { r in
            (r[0]...r[1]).map { ($0, UInt8(r[2])) }
        })
        let compositionRecords = HexRecords.parse(Self.compositionRecords)
        compositions = Dictionary(uniqueKeysWithValues: compositionRecords.map { (Self.pair($0[0], $0[1]), $0[2]) })
        whiteSpace = Set(HexRecords.parse(Self.whiteSpaceRecords).flatMap { $0[0]...$0[1] })
        joiners = Set(combiningClasses.keys).union(compositionRecords.map { $0[1] })
            .union(Hangul.vowels).union(Hangul.trailingConsonants)

        var bits = [UInt64](repeating: ~0, count: 0x110000 / 64)
        func clear(_ scalars: some Sequence<UInt32>) {
            for scalar in scalars { bits[Int(scalar >> 6)] &= ~(1 << (scalar & 63)) }
        }
        clear(decompositions.keys)
        clear(Hangul.syllables)
        clear(caseFoldings.keys)
        clear(whiteSpace)
        clear(joiners)
        inertBits = bits
    }

    @inline(__always)
    func isInert(_ scalar: UInt32) -> Bool {
        scalar < 0x110000 && inertBits[Int(scalar >> 6)] & (1 << (scalar & 63)) != 0
    }

    func combiningClass(_ scalar: UInt32) -> UInt8 {
        combiningClasses[scalar] ?? 0
    }

    func isWhiteSpace(_ scalar: UInt32) -> Bool {
        whiteSpace.contains(scalar)
    }

    /// Whether NFKC may join `scalar`, as the first scalar of a decomposition, to what comes before it.
    func joinsPrevious(_ scalar: UInt32) -> Bool {
        joiners.contains(scalar)
    }

    /// The primary composite of two scalars, Hangul included.
    func composition(_ first: UInt32, _ second: UInt32) -> UInt32? {
        Hangul.composition(first, second) ?? compositions[Self.pair(first, second)]
    }

    private static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }
}

/// Hangul syllables decompose into, and compose from, conjoining jamo by arithmetic (Unicode §3.12).
enum Hangul {
    static let syllables: ClosedRange<UInt32> = 0xAC00...0xD7A3
    static let leadingConsonants: ClosedRange<UInt32> = 0x1100...0x1112
    static let vowels: ClosedRange<UInt32> = 0x1161...0x1175
    static let trailingConsonants: ClosedRange<UInt32> = 0x11A8...0x11C2
    private static let vowelCount: UInt32 = 21, trailingCount: UInt32 = 28

    /// The jamo of a syllable: leading consonant, vowel and, when there is one, trailing consonant.
    static func decomposition(_ syllable: UInt32) -> (UInt32, UInt32, UInt32?) {
        let index = syllable - syllables.lowerBound
        let trailing = index % trailingCount
        return (leadingConsonants.lowerBound + index / (vowelCount * trailingCount),
                vowels.lowerBound + index % (vowelCount * trailingCount) / trailingCount,
                trailing == 0 ? nil : trailingConsonants.lowerBound - 1 + trailing)
    }

    static func composition(_ first: UInt32, _ second: UInt32) -> UInt32? {
        if leadingConsonants.contains(first), vowels.contains(second) {
            let index = (first - leadingConsonants.lowerBound) * vowelCount + second - vowels.lowerBound
            return syllables.lowerBound + index * trailingCount
        }
        if syllables.contains(first), (first - syllables.lowerBound) % trailingCount == 0,
           trailingConsonants.contains(second) {
            return first + second - (trailingConsonants.lowerBound - 1)
        }
        return nil
    }
}
