/// Near-duplicate detection (docs/text-rules.md): a 64-bit SimHash of a document's normalized text.
public enum Fingerprint {
    /// The largest distance at which two fingerprints are reported as near-duplicates. A bit differs
    /// with probability angle/π between the two shingle sets, so 3 bits (the web-crawl value) holds
    /// only for edits of about 1% of a text. 8 keeps every 20-character edit of a 4,000-character
    /// text and most rewrites of one paragraph in 20, while different texts in the same words lie
    /// 20 or more apart (see FingerprintTests).
    public static let nearDuplicateThreshold = 8

    /// SimHash over the distinct character 3-shingles of the normalized text with all white space
    /// removed (a text of one or two characters is its only shingle; an empty text is 0); distinct,
    /// so that a repeated phrase weighs no more than any other. Each shingle is hashed by FNV-1a over
    /// its UTF-8 bytes and the splitmix64 finalizer: stable across processes and machines, as a
    /// stored fingerprint must be.
    public static func simHash(of text: String) -> UInt64 {
        let characters = Array(TextRules.normalized(text).filter { !$0.isWhiteSpace })
        guard !characters.isEmpty else { return 0 }
        let width = min(shingleLength, characters.count)
        let shingles = Set((0...(characters.count - width)).map { start in
            mix(characters[start..<(start + width)].reduce(fnvOffsetBasis) { hash, character in
                character.utf8.reduce(hash) { ($0 ^ UInt64($1)) &* fnvPrime }
            })
        })
        var weights = [Int](repeating: 0, count: 64)
        for hash in shingles {
            for bit in 0..<64 {
                weights[bit] += hash & (1 << UInt64(bit)) == 0 ? -1 : 1
            }
        }
        return weights.indices.reduce(0) { $0 | (weights[$1] > 0 ? 1 << UInt64($1) : 0) }
    }

    /// The number of bits in which two fingerprints differ.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int {
        (a ^ b).nonzeroBitCount
    }

    public static func areNearDuplicates(_ a: UInt64, _ b: UInt64) -> Bool {
        distance(a, b) <= nearDuplicateThreshold
    }

    static let shingleLength = 3
    private static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The splitmix64 finalizer: FNV-1a's high bits depend weakly on the last bytes, SimHash needs
    /// every bit to.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
