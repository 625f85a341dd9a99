/// How sensitive words and the texts they are looked for in are compared (docs/sensitive-words.md): each
/// scalar folds to the letters and digits of its compatibility decomposition, case-folded, traditional
/// characters made simplified; one with none (a space, punctuation, a symbol, a mark) is skipped. The
/// data is `WordFoldingData.swift`, generated with the oracle that checks the matcher.
public struct WordFolding: Sendable {
    public static let shared = WordFolding()

    /// What a scalar folds to, in one number: the scalar, `skipped`, or `expanded` with the index of its
    /// scalars in `expansions`.
    typealias Code = UInt32
    static let skipped: Code = 0xFFFF_FFFF
    static let expanded: Code = 0x8000_0000

    /// The code of every scalar below U+10000, where nearly all text is.
    private let basic: [Code]
    private let wide: [UInt32: Code]
    private let wideSkipped: [ClosedRange<UInt32>]
    private let expansions: [[UInt32]]

    private init() {
        var basic = (0..<UInt32(0x10000)).map { $0 }
        var wide: [UInt32: Code] = [:]
        var expansions: [[UInt32]] = []
        for record in HexRecords.parse(Self.mappingRecords) {
            let folded = Array(record.dropFirst())
            var code = folded[0]
            if folded.count > 1 {
                code = Self.expanded | UInt32(expansions.count)
                expansions.append(folded)
            }
            if record[0] < 0x10000 { basic[Int(record[0])] = code } else { wide[record[0]] = code }
        }
        var wideSkipped: [ClosedRange<UInt32>] = []
        for record in HexRecords.parse(Self.skippedRecords) {
            if record[0] < 0x10000 {
                for scalar in record[0]...min(record[1], 0xFFFF) { basic[Int(scalar)] = Self.skipped }
            }
            if record[1] >= 0x10000 { wideSkipped.append(max(record[0], 0x10000)...record[1]) }
        }
        self.basic = basic
        self.wide = wide
        self.wideSkipped = wideSkipped
        self.expansions = expansions
    }

    @inline(__always)
    func code(_ scalar: UInt32) -> Code {
        scalar < 0x10000 ? basic[Int(scalar)] : wideCode(scalar)
    }

    private func wideCode(_ scalar: UInt32) -> Code {
        if let code = wide[scalar] { return code }
        return isWideSkipped(scalar) ? Self.skipped : scalar
    }

    func expansion(_ code: Code) -> [UInt32] {
        expansions[Int(code & ~Self.expanded)]
    }

    private func isWideSkipped(_ scalar: UInt32) -> Bool {
        var low = 0, high = wideSkipped.count
        while low < high {
            let middle = (low + high) / 2
            if wideSkipped[middle].upperBound < scalar { low = middle + 1 } else { high = middle }
        }
        return low < wideSkipped.count && wideSkipped[low].contains(scalar)
    }

    /// The scalars `text` folds to, skipped ones left out.
    public func folded(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        for scalar in text.unicodeScalars { append(scalar.value, to: &out) }
        return out
    }

    /// Whether `scalar` folds to nothing.
    public func isSkipped(_ scalar: Unicode.Scalar) -> Bool {
        code(scalar.value) == Self.skipped
    }

    private func append(_ scalar: UInt32, to out: inout [UInt32]) {
        let code = code(scalar)
        if code == Self.skipped { return }
        if code & Self.expanded != 0 { out.append(contentsOf: expansion(code)) } else { out.append(code) }
    }
}
