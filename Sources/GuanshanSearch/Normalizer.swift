/// searchref's normalize() as a stream: NFKC (UAX #15, with Python's Unicode 14 data), then full case
/// folding, then each run of white space made one space, trimmed at both ends; then each traditional
/// character made simplified.
///
/// NFKC works on segments: a segment ends before every scalar whose decomposition starts with a
/// starter that nothing composes with from behind, and segments normalize independently. Most
/// scalars of Chinese text are inert (see `UnicodeTables.isInert`) and form a segment of their own.
struct Normalizer {
    private let tables = UnicodeTables.shared
    var output: [UInt32] = []
    /// When not nil, gets for each output scalar the index (among the input's scalars) of the start of
    /// the segment it came from; a space gets the index of the white space it stands for.
    var origins: [Int]?
    /// The decomposed scalars of the current segment.
    private var segment: [UInt32] = []
    private var segmentStart = 0
    private var hasOutput = false
    private var pendingSpace = false
    private var pendingSpaceOrigin = 0
    /// Whether traditional characters are made simplified (`ScriptFolding`), as search has them.
    private let simplifies: Bool

    init(simplifying: Bool = true) {
        simplifies = simplifying
        segment.reserveCapacity(32)
    }

    mutating func append(_ text: String) {
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value < 0x80 || tables.isInert(value) {
                endSegment()
                segmentStart = index
                segment.append(value)
            } else {
                appendDecomposition(of: value, at: index)
            }
        }
        endSegment()
    }

    private mutating func appendDecomposition(of scalar: UInt32, at index: Int) {
        if Hangul.syllables.contains(scalar) {
            let (leading, vowel, trailing) = Hangul.decomposition(scalar)
            endSegment()
            segmentStart = index
            segment.append(leading)
            segment.append(vowel)
            if let trailing { segment.append(trailing) }
        } else if let mapping = tables.decompositions[scalar] {
            if !tables.joinsPrevious(mapping[0]) || segment.isEmpty {
                endSegment()
                segmentStart = index
            }
            segment.append(contentsOf: mapping)
        } else {
            if !tables.joinsPrevious(scalar) || segment.isEmpty {
                endSegment()
                segmentStart = index
            }
            segment.append(scalar)
        }
    }

    private mutating func endSegment() {
        switch segment.count {
        case 0:
            return
        case 1:
            emit(segment[0])
        default:
            reorder()
            compose()
            for scalar in segment { emit(scalar) }
        }
        segment.removeAll(keepingCapacity: true)
    }

    /// Canonical ordering: each run of non-starters sorted stably by combining class.
    private mutating func reorder() {
        var start = 0
        while start < segment.count {
            guard tables.combiningClass(segment[start]) != 0 else {
                start += 1
                continue
            }
            var end = start + 1
            while end < segment.count, tables.combiningClass(segment[end]) != 0 { end += 1 }
            if end - start > 1 {
                let run = segment[start..<end].enumerated()
                    .map { (class: tables.combiningClass($0.element), offset: $0.offset, scalar: $0.element) }
                    .sorted { ($0.class, $0.offset) < ($1.class, $1.offset) }
                segment.replaceSubrange(start..<end, with: run.map(\.scalar))
            }
            start = end
        }
    }

    /// Canonical composition (UAX #15): each scalar joins the last starter unless something between blocks it.
    private mutating func compose() {
        var starterIndex = 0
        var lastClass = tables.combiningClass(segment[0]) == 0 ? 0 : 256
        var count = 1
        for index in 1..<segment.count {
            let scalar = segment[index]
            let combiningClass = Int(tables.combiningClass(scalar))
            if lastClass < combiningClass || lastClass == 0,
               let composite = tables.composition(segment[starterIndex], scalar) {
                segment[starterIndex] = composite
                continue
            }
            if combiningClass == 0 { starterIndex = count }
            lastClass = combiningClass
            segment[count] = scalar
            count += 1
        }
        segment.removeLast(segment.count - count)
    }

    @inline(__always)
    private mutating func emit(_ scalar: UInt32) {
        if scalar < 0x80 {
            switch scalar {
            case 0x09...0x0D, 0x1C...0x20: startSpace()
            case 0x41...0x5A: appendVisible(scalar + 0x20)
            default: appendVisible(scalar)
            }
        } else if tables.isInert(scalar) {
            appendVisible(scalar)
        } else if let folded = tables.caseFoldings[scalar] {
            for scalar in folded { appendVisible(scalar) }
        } else if tables.isWhiteSpace(scalar) {
            startSpace()
        } else {
            appendVisible(scalar)
        }
    }

    @inline(__always)
    private mutating func startSpace() {
        if !pendingSpace { pendingSpaceOrigin = segmentStart }
        pendingSpace = hasOutput
    }

    @inline(__always)
    private mutating func appendVisible(_ scalar: UInt32) {
        if pendingSpace {
            output.append(0x20)
            origins?.append(pendingSpaceOrigin)
            pendingSpace = false
        }
        output.append(simplifies ? ScriptFolding.simplified(scalar) : scalar)
        origins?.append(segmentStart)
        hasOutput = true
    }
}
