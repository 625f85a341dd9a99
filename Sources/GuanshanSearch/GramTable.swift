/// Numbers distinct keys 0, 1, 2… in order of first sight: open addressing with linear probing,
/// much faster than `Dictionary` for the tens of millions of lookups of an index build.
struct GramTable {
    private(set) var keys: [UInt64] = []
    private var slotKeys: [UInt64]
    private var slotIDs: [UInt32]
    private var shift: UInt64

    init(capacity: Int = 1 << 16) {
        var size = 1 << 10
        while size < capacity * 2 { size <<= 1 }
        slotKeys = Array(repeating: 0, count: size)
        slotIDs = Array(repeating: UInt32.max, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    var count: Int { keys.count }

    @inline(__always)
    mutating func id(of key: UInt64) -> UInt32 {
        let mask = slotIDs.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let id = slotIDs[slot]
            if id == UInt32.max { break }
            if slotKeys[slot] == key { return id }
            slot = (slot + 1) & mask
        }
        let id = UInt32(keys.count)
        keys.append(key)
        slotKeys[slot] = key
        slotIDs[slot] = id
        if keys.count * 2 > slotIDs.count { grow() }
        return id
    }

    private mutating func grow() {
        var bigger = GramTable(capacity: slotIDs.count)
        for key in keys { _ = bigger.id(of: key) }
        self = bigger
    }
}
