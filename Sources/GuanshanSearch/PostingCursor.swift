/// Walks one posting list document by document. Valid only while the segment's postings are pinned
/// (inside `withUnsafeBufferPointer`).
struct PostingCursor {
    let bytes: UnsafePointer<UInt8>
    private var offset: Int
    private let end: Int
    let isBigram: Bool
    /// The documents in the list.
    let documentCount: Int
    /// Positions are stored as `position << 1 | starts a word`.
    let marksWordStarts: Bool
    /// The current document; `Int32.max` once the list is done, -1 before the first `next()`.
    private(set) var ordinal: Int32 = -1
    private(set) var count: UInt32 = 0
    /// For a unigram: whether the character occurs in the title.
    private(set) var inTitle = false
    /// For a bigram: where the current document's positions start.
    private(set) var positionsOffset = 0
    private var positionsSkipped = true

    /// A cursor over the list at `start..<end` (its document count first) of `key`.
    init(bytes: UnsafePointer<UInt8>, start: Int, end: Int, key: UInt64) {
        self.bytes = bytes
        offset = start
        documentCount = Int(VarInt.read(bytes, &offset))
        self.end = end
        isBigram = GramKey.isBigram(key)
        marksWordStarts = GramKey.marksWordStarts(key)
    }

    @inline(__always)
    mutating func next() -> Bool {
        if !positionsSkipped {
            VarInt.skip(Int(count), in: bytes, &offset)
        }
        guard offset < end else {
            ordinal = Int32.max
            return false
        }
        let value = VarInt.read(bytes, &offset)
        if isBigram {
            ordinal += Int32(value >> 1)
            count = value & 1 == 1 ? 1 : VarInt.read(bytes, &offset)
            positionsOffset = offset
            positionsSkipped = false
        } else {
            ordinal += Int32(value >> 2)
            inTitle = value & 2 != 0
            count = value & 1 == 1 ? 1 : VarInt.read(bytes, &offset)
        }
        return true
    }

    /// Moves to the first document at or after `target`; false when there is none.
    @inline(__always)
    mutating func advance(to target: Int32) -> Bool {
        while ordinal < target {
            if !next() { return false }
        }
        return true
    }

    /// The first position in the current document (bigrams only).
    var firstPosition: UInt32 {
        var at = positionsOffset
        let stored = VarInt.read(bytes, &at)
        return marksWordStarts ? stored >> 1 : stored
    }

    /// The one position of a document that has exactly one, minus `shift`; nil when it is before
    /// `shift` or, with `wordStarts`, not where a word starts (bigrams only).
    func onlyPosition(minus shift: UInt32, wordStarts: Bool = false) -> UInt32? {
        var at = positionsOffset
        let stored = VarInt.read(bytes, &at)
        let position = marksWordStarts ? stored >> 1 : stored
        guard position >= shift, !wordStarts || !marksWordStarts || stored & 1 == 1 else { return nil }
        return position - shift
    }

    /// The positions in the current document, minus `shift`, only those where a word starts when
    /// `wordStarts` (bigrams only).
    func positions(minus shift: UInt32, wordStarts: Bool = false, into buffer: inout [UInt32]) {
        buffer.removeAll(keepingCapacity: true)
        var at = positionsOffset
        var stored: UInt32 = 0
        for _ in 0..<count {
            stored &+= VarInt.read(bytes, &at)
            guard marksWordStarts else {
                if stored >= shift { buffer.append(stored - shift) }
                continue
            }
            let position = stored >> 1
            if position >= shift && (!wordStarts || stored & 1 == 1) { buffer.append(position - shift) }
        }
    }

    /// The current document's positions as encoded, for copying into another list.
    var encodedPositions: UnsafeBufferPointer<UInt8> {
        var at = positionsOffset
        VarInt.skip(Int(count), in: bytes, &at)
        return UnsafeBufferPointer(start: bytes + positionsOffset, count: at - positionsOffset)
    }
}
