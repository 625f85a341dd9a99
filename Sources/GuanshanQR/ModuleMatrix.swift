/// The modules of a symbol while it is built: dark or light, and which are function modules
/// (finder, separator, timing and alignment patterns, format and version information) that the
/// codewords and the mask leave alone. `x` is the column, `y` the row, from the top left.
struct ModuleMatrix {
    let size: Int
    private(set) var dark: [Bool]
    private(set) var isFunction: [Bool]

    /// A matrix with the function patterns of a version drawn (§6.3) and the format and version
    /// information areas reserved.
    init(version: Int) {
        size = QRTables.size(version: version)
        dark = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
        drawFinderPatterns()
        drawTimingPatterns()
        drawAlignmentPatterns(centers: QRTables.alignmentCenters(version: version))
        // Reserved now, written once the mask is known; the dark module beside the lower format
        // information copy is always dark (§7.9.1).
        for (x, y) in Self.formatPositions(size: size).flatMap({ $0 }) { setFunction(x, y, false) }
        setFunction(8, size - 8, true)
        if version >= 7 { drawVersionInformation(version: version) }
    }

    subscript(x: Int, y: Int) -> Bool { dark[y * size + x] }

    private mutating func setFunction(_ x: Int, _ y: Int, _ value: Bool) {
        dark[y * size + x] = value
        isFunction[y * size + x] = true
    }

    /// The three 7 × 7 finder patterns (dark ring, light ring, dark 3 × 3 center) at three corners,
    /// each with its light separator where it faces the symbol (§6.3.3, §6.3.4).
    private mutating func drawFinderPatterns() {
        for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            for dy in -1...7 {
                for dx in -1...7 {
                    let x = left + dx, y = top + dy
                    guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    setFunction(x, y, ring != 2 && ring != 4)
                }
            }
        }
    }

    /// Row 6 and column 6 between the separators, alternating dark and light, dark first (§6.3.5).
    private mutating func drawTimingPatterns() {
        for i in 8..<(size - 8) {
            setFunction(i, 6, i % 2 == 0)
            setFunction(6, i, i % 2 == 0)
        }
    }

    /// 5 × 5 alignment patterns (dark ring, light ring, dark center) centered at every pair of the
    /// version's centers but the three that would overlap a finder pattern (§6.3.6).
    private mutating func drawAlignmentPatterns(centers: [Int]) {
        guard let first = centers.first, let last = centers.last else { return }
        for cx in centers {
            for cy in centers where !(cx == first && cy == first) && !(cx == first && cy == last) && !(cx == last && cy == first) {
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    /// The two copies of the version information (§7.10, Figure 27): 6 × 3 blocks above the lower
    /// left finder pattern and beside the upper right one, bit 0 (least significant) nearest the
    /// corner of the symbol's edge, bit i in row i / 3, column i % 3 of the upper right block and
    /// transposed in the lower left.
    private mutating func drawVersionInformation(version: Int) {
        let bits = FormatAndVersion.versionBits(version: version)
        for i in 0..<18 {
            let bit = bits >> i & 1 == 1
            setFunction(size - 11 + i % 3, i / 3, bit)
            setFunction(i / 3, size - 11 + i % 3, bit)
        }
    }

    /// Where bits 0 to 14 of the format information go (§7.9.1, Figure 25): one copy around the
    /// upper left finder pattern (bits 0-7 down column 8 skipping the timing row, bits 8-14 leftwards
    /// along row 8 skipping the timing column), the other split between the upper right (bits 0-7
    /// leftwards from the right edge along row 8) and the lower left (bits 8-14 down column 8 to the
    /// bottom edge).
    static func formatPositions(size: Int) -> [[(x: Int, y: Int)]] {
        var first: [(x: Int, y: Int)] = []
        for y in [0, 1, 2, 3, 4, 5, 7, 8] { first.append((8, y)) }
        for x in [7, 5, 4, 3, 2, 1, 0] { first.append((x, 8)) }
        var second: [(x: Int, y: Int)] = []
        for i in 0..<8 { second.append((size - 1 - i, 8)) }
        for i in 8..<15 { second.append((8, size - 15 + i)) }
        return [first, second]
    }

    mutating func drawFormatInformation(level: QRCode.Level, mask: QRCode.Mask) {
        let bits = FormatAndVersion.formatBits(level: level, mask: mask)
        for copy in Self.formatPositions(size: size) {
            for (i, position) in copy.enumerated() {
                dark[position.y * size + position.x] = bits >> i & 1 == 1
            }
        }
    }

    /// Places the codewords' bits, most significant first, in the modules that are not function
    /// modules (§7.7.3): in two-module columns from the right edge, upwards then downwards in turn,
    /// the right module of a row before the left, the vertical timing column stepped over. The
    /// modules left at the end are the remainder bits, light before masking.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var index = 0
        var right = size - 1
        var upward = true
        while right >= 1 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction[y * size + x] {
                    if index < bitCount {
                        dark[y * size + x] = codewords[index / 8] >> (7 - index % 8) & 1 == 1
                    }
                    index += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// Inverts the modules that are not function modules where the mask's condition holds (§7.8.2).
    mutating func applyMask(_ mask: QRCode.Mask) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && mask.inverts(x: x, y: y) {
                dark[y * size + x].toggle()
            }
        }
    }
}
