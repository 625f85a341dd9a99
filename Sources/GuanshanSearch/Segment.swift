/// An immutable part of the index: its documents, numbered 0..<count (ordinals), and a posting list
/// for every key that occurs in them.
///
/// Every list starts with the number of its documents. Then a unigram's list holds, for each document,
/// `ordinal delta << 2 | in title << 1 | once` and, unless once, the count; a bigram's list holds
/// `ordinal delta << 1 | once`, unless once the count, then the positions (the first absolute, then
/// deltas). All are LEB128; the first delta is from -1.
final class Segment: Sendable {
    let documents: SegmentDocuments
    let directory: KeyDirectory
    let postings: PostingBytes
    private let ordinalsByID: [Int64: Int32]

    init(documents: SegmentDocuments, directory: KeyDirectory, postings: PostingBytes) {
        self.documents = documents
        self.directory = directory
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

    /// The bytes of `key`'s list in `postings`.
    func list(_ key: UInt64) -> Range<Int>? {
        directory.range(of: key).flatMap { $0.upperBound <= postings.count ? $0 : nil }
    }

    /// The documents in `key`'s list.
    func frequency(of key: UInt64) -> Int {
        guard let range = list(key) else { return 0 }
        return postings.withUnsafeBufferPointer { buffer in
            var offset = range.lowerBound
            return buffer.baseAddress.map { Int(VarInt.read($0, &offset)) } ?? 0
        }
    }

    /// A cursor over `key`'s list at `range`; `bytes` are the pinned postings.
    func cursor(over range: Range<Int>, key: UInt64, bytes: UnsafePointer<UInt8>) -> PostingCursor {
        PostingCursor(bytes: bytes, start: range.lowerBound, end: range.upperBound, key: key)
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
    var pages: [UInt32] = []

    mutating func append(id: Int64, length: UInt32, titleLength: UInt32, published: Int64, category: Int64, pages: UInt32) {
        ids.append(id)
        lengths.append(length)
        titleLengths.append(titleLength)
        self.published.append(published)
        categories.append(category)
        self.pages.append(pages)
    }

    mutating func append(_ other: SegmentDocuments, ordinal: Int) {
        append(id: other.ids[ordinal], length: other.lengths[ordinal], titleLength: other.titleLengths[ordinal],
               published: other.published[ordinal], category: other.categories[ordinal], pages: other.pages[ordinal])
    }

    var totalLength: Int { lengths.reduce(0) { $0 + Int($1) } }
}
