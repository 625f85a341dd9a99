/// An immutable part of the index: its documents, numbered 0..<count (ordinals), and a posting list
/// for every key that occurs in them.
///
/// Every list starts with the number of its documents. Then a unigram's list holds, for each document,
/// `ordinal delta << 2 | in title << 1 | once` and, unless once, the count; a bigram's list holds
/// `ordinal delta << 1 | once`, unless once the count, then the positions (the first absolute, then
/// deltas). All are LEB128; the first delta is from -1.
final class Segment: Sendable {
    let documents: SegmentDocuments
    let keys: [UInt64]
    /// Where each key's list starts in `postings`; one more than `keys`, the last being the end.
    let starts: [UInt32]
    let postings: [UInt8]
    private let ordinalsByID: [Int64: Int32]

    init(documents: SegmentDocuments, keys: [UInt64], starts: [UInt32], postings: [UInt8]) {
        self.documents = documents
        self.keys = keys
        self.starts = starts
        self.postings = postings
        var ordinals: [Int64: Int32] = [:]
        ordinals.reserveCapacity(documents.ids.count)
        for (ordinal, id) in documents.ids.enumerated() {
            ordinals[id] = Int32(ordinal)
        }
        ordinalsByID = ordinals
    }

    var count: Int { documents.ids.count }

    func ordinal(of id: Int64) -> Int32? { ordinalsByID[id] }

    /// The index of `key` in `keys`, by binary search.
    func find(_ key: UInt64) -> Int? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    /// The documents in list `index`.
    func frequency(ofList index: Int) -> Int {
        postings.withUnsafeBufferPointer { buffer in
            var offset = Int(starts[index])
            return buffer.baseAddress.map { Int(VarInt.read($0, &offset)) } ?? 0
        }
    }

    func frequency(of key: UInt64) -> Int {
        find(key).map(frequency(ofList:)) ?? 0
    }

    /// A cursor over list `index`; `bytes` are the pinned postings.
    func cursor(list index: Int, bytes: UnsafePointer<UInt8>) -> PostingCursor {
        var offset = Int(starts[index])
        _ = VarInt.read(bytes, &offset)
        return PostingCursor(bytes: bytes, start: offset, end: Int(starts[index + 1]), key: keys[index])
    }
}

/// The documents of a segment, one entry per ordinal in each array.
struct SegmentDocuments: Sendable {
    var ids: [Int64] = []
    /// Length of the normalized text, in scalars.
    var lengths: [UInt32] = []
    var titleLengths: [UInt32] = []
    /// Seconds since 1970.
    var published: [Int64] = []
    /// 0 when the document has no category.
    var categories: [Int64] = []

    mutating func append(id: Int64, length: UInt32, titleLength: UInt32, published: Int64, category: Int64) {
        ids.append(id)
        lengths.append(length)
        titleLengths.append(titleLength)
        self.published.append(published)
        categories.append(category)
    }

    mutating func append(_ other: SegmentDocuments, ordinal: Int) {
        append(id: other.ids[ordinal], length: other.lengths[ordinal], titleLength: other.titleLengths[ordinal],
               published: other.published[ordinal], category: other.categories[ordinal])
    }

    var totalLength: Int { lengths.reduce(0) { $0 + Int($1) } }
}
