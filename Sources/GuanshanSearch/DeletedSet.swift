/// The ordinals of a segment whose documents were deleted or replaced since it was built.
struct DeletedSet: Sendable, Hashable {
    private var words: [UInt64]
    private(set) var count = 0

    init(capacity: Int) {
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    init(ordinals: [Int32], capacity: Int) {
        self.init(capacity: capacity)
        for ordinal in ordinals { insert(ordinal) }
    }

    @inline(__always)
    func contains(_ ordinal: Int32) -> Bool {
        words[Int(ordinal) >> 6] & (1 << UInt64(ordinal & 63)) != 0
    }

    mutating func insert(_ ordinal: Int32) {
        guard !contains(ordinal) else { return }
        words[Int(ordinal) >> 6] |= 1 << UInt64(ordinal & 63)
        count += 1
    }

    var ordinals: [Int32] {
        (0..<Int32(words.count * 64)).filter(contains)
    }
}
