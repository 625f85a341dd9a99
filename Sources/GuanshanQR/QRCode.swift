/// A QR code (ISO/IEC 18004, Model 2) holding text in byte mode: the UTF-8 bytes of the text,
/// without an ECI header, as phone cameras and WeChat expect for URLs and Chinese text.
///
/// The encoder picks the smallest version (1 to 40) that holds the text at the requested error
/// correction level, and the mask (0 to 7) whose symbol scores lowest under the standard's four
/// penalty rules. Draw it with `svg(label:)`, or read the modules with `isDark(x:y:)` or `modules`.
///
///     let code = try QRCode(text: "https://example.com/d/42")
///     let svg = code.svg(label: "微信扫码分享")
public struct QRCode: Sendable, Hashable {
    /// Error correction level: the share of the codewords that can be restored when damaged.
    public enum Level: Sendable, Hashable, CaseIterable {
        /// L, about 7 %.
        case low
        /// M, about 15 %: the default.
        case medium
        /// Q, about 25 %.
        case quartile
        /// H, about 30 %.
        case high

        var tableIndex: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .quartile: 2
            case .high: 3
            }
        }
    }

    /// One of the eight data mask patterns (§7.8.2), numbered 0 to 7 as in the format information.
    public struct Mask: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: Int

        /// The mask numbered `rawValue`, or nil outside 0...7.
        public init?(_ rawValue: Int) {
            guard (0...7).contains(rawValue) else { return nil }
            self.rawValue = rawValue
        }

        private init(unchecked rawValue: Int) { self.rawValue = rawValue }

        public static let all: [Mask] = (0...7).map { Mask(unchecked: $0) }

        public var description: String { "mask \(rawValue)" }
    }

    public enum EncodingError: Error, Equatable, CustomStringConvertible {
        /// The text takes `byteCount` bytes; version 40 holds at most `capacity` at that level.
        case tooLong(byteCount: Int, capacity: Int, level: Level)

        public var description: String {
            switch self {
            case let .tooLong(byteCount, capacity, level):
                "The text takes \(byteCount) bytes in UTF-8; a QR code holds at most \(capacity) at level \(level)."
            }
        }
    }

    /// 1 to 40; the symbol is 17 + 4 × version modules on a side.
    public let version: Int
    public let level: Level
    /// The mask applied: the penalty rules' choice, unless one was given.
    public let mask: Mask
    /// Modules on a side, without the quiet zone.
    public let size: Int
    /// Row by row from the top left, `true` for dark.
    private let dark: [Bool]

    /// Encodes the text's UTF-8 bytes.
    /// - Parameter mask: nil (the default) to choose by the penalty rules, as readers expect;
    ///   a mask to force it (for tests and comparisons).
    /// - Throws: `EncodingError.tooLong` when the text does not fit in version 40 at `level`.
    public init(text: String, level: Level = .medium, mask: Mask? = nil) throws(EncodingError) {
        try self.init(bytes: Array(text.utf8), level: level, mask: mask)
    }

    /// Encodes bytes as they are (byte mode).
    public init(bytes: [UInt8], level: Level = .medium, mask: Mask? = nil) throws(EncodingError) {
        guard let version = QRTables.versions.first(where: {
            Codewords.bitLength(byteCount: bytes.count, version: $0) <= 8 * QRTables.dataCodewords(version: $0, level: level)
        }) else {
            throw .tooLong(byteCount: bytes.count, capacity: Self.byteCapacity(version: 40, level: level), level: level)
        }
        let data = Codewords.data(bytes, version: version, level: level)
        var matrix = ModuleMatrix(version: version)
        matrix.placeCodewords(Codewords.interleaved(data: data, version: version, level: level))
        let masks = mask.map { [$0] } ?? Mask.all
        var chosen = (mask: masks[0], matrix: Self.masked(matrix, masks[0], level: level))
        if masks.count > 1 {
            var lowest = Penalty.score(chosen.matrix.dark, size: matrix.size)
            for candidate in masks.dropFirst() {
                let masked = Self.masked(matrix, candidate, level: level)
                let score = Penalty.score(masked.dark, size: matrix.size)
                if score < lowest { (chosen, lowest) = ((candidate, masked), score) }
            }
        }
        self.version = version
        self.level = level
        self.mask = chosen.mask
        self.size = matrix.size
        self.dark = chosen.matrix.dark
    }

    /// The symbol with the codewords placed, `mask` applied and the format information written.
    private static func masked(_ matrix: ModuleMatrix, _ mask: Mask, level: Level) -> ModuleMatrix {
        var masked = matrix
        masked.applyMask(mask)
        masked.drawFormatInformation(level: level, mask: mask)
        return masked
    }

    /// The most bytes a version holds at a level in byte mode (Table 7).
    public static func byteCapacity(version: Int, level: Level) -> Int {
        precondition(QRTables.versions.contains(version), "versions are 1 to 40")
        return (8 * QRTables.dataCodewords(version: version, level: level) - Codewords.bitLength(byteCount: 0, version: version)) / 8
    }

    /// Whether the module in column `x`, row `y` (from the top left, 0-based) is dark; modules
    /// outside the symbol (the quiet zone) are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return dark[y * size + x]
    }

    /// The modules row by row: `modules[y][x]`, `true` for dark, without the quiet zone.
    public var modules: [[Bool]] {
        (0..<size).map { y in Array(dark[y * size..<(y + 1) * size]) }
    }
}
