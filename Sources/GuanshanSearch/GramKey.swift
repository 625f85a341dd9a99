/// The index keys: every character of the normalized text (unigram) and every pair of neighbours
/// starting at a position (bigram). A unigram also has a word-start variant, for where a word (a
/// letter or digit after a non-word character) starts; a bigram whose first character is a letter or
/// digit instead stores each position shifted left by one with the word-start bit below it.
/// Bits 0-20: second scalar; 21-41: first scalar; 42: bigram; 43: word start.
enum GramKey {
    static let bigramFlag: UInt64 = 1 << 42
    static let wordStartFlag: UInt64 = 1 << 43

    @inline(__always)
    static func unigram(_ scalar: UInt32, wordStart: Bool = false) -> UInt64 {
        UInt64(scalar) << 21 | (wordStart ? wordStartFlag : 0)
    }

    @inline(__always)
    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        bigramFlag | UInt64(first) << 21 | UInt64(second)
    }

    /// Whether the key's positions carry the word-start bit.
    @inline(__always)
    static func marksWordStarts(_ key: UInt64) -> Bool {
        isBigram(key) && SearchText.isWord(UInt32(truncatingIfNeeded: key >> 21) & 0x1F_FFFF)
    }

    @inline(__always)
    static func isBigram(_ key: UInt64) -> Bool { key & bigramFlag != 0 }
}
