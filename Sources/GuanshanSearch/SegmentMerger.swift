/// Joins two segments into one without their text: the live documents of the first, then those of
/// the second, renumbered; each key's lists copied across, positions byte for byte.
enum SegmentMerger {
    static func merge(_ first: IndexState.Part, _ second: IndexState.Part) -> Segment {
        var documents = SegmentDocuments()
        let firstOrdinals = renumber(first, into: &documents)
        let secondOrdinals = renumber(second, into: &documents)
        let a = first.segment
        let b = second.segment
        let aLists = lists(of: a)
        let bLists = lists(of: b)
        var writer = PostingWriter(keyCapacity: max(aLists.count, bLists.count), byteCapacity: a.postings.count + b.postings.count)
        a.postings.withUnsafeBufferPointer { aBuffer in
            b.postings.withUnsafeBufferPointer { bBuffer in
                var i = 0
                var j = 0
                while i < aLists.count || j < bLists.count {
                    let key = j == bLists.count || (i < aLists.count && aLists[i].key <= bLists[j].key) ? aLists[i].key : bLists[j].key
                    writer.startList(key)
                    if i < aLists.count && aLists[i].key == key {
                        copy(aLists[i], of: a, bytes: aBuffer, ordinals: firstOrdinals, into: &writer)
                        i += 1
                    }
                    if j < bLists.count && bLists[j].key == key {
                        copy(bLists[j], of: b, bytes: bBuffer, ordinals: secondOrdinals, into: &writer)
                        j += 1
                    }
                    writer.endList()
                }
            }
        }
        return writer.finish(documents: documents)
    }

    /// New ordinals for the part's live documents, appended to `documents`; -1 for deleted ones.
    private static func renumber(_ part: IndexState.Part, into documents: inout SegmentDocuments) -> [Int32] {
        (0..<part.segment.count).map { ordinal in
            guard !part.deleted.contains(Int32(ordinal)) else { return -1 }
            documents.append(part.segment.documents, ordinal: ordinal)
            return Int32(documents.ids.count - 1)
        }
    }

    private static func lists(of segment: Segment) -> [(key: UInt64, range: Range<Int>)] {
        var lists: [(key: UInt64, range: Range<Int>)] = []
        lists.reserveCapacity(segment.directory.count)
        segment.directory.forEach { lists.append(($0, $1)) }
        return lists
    }

    private static func copy(
        _ list: (key: UInt64, range: Range<Int>), of segment: Segment, bytes: UnsafeBufferPointer<UInt8>, ordinals: [Int32],
        into writer: inout PostingWriter
    ) {
        guard let base = bytes.baseAddress else { return }
        var cursor = segment.cursor(over: list.range, key: list.key, bytes: base)
        while cursor.next() {
            let ordinal = ordinals[Int(cursor.ordinal)]
            guard ordinal >= 0 else { continue }
            if cursor.isBigram {
                writer.addDocument(UInt32(ordinal), count: cursor.count, encodedPositions: cursor.encodedPositions)
            } else {
                writer.addDocument(UInt32(ordinal), count: cursor.count, inTitle: cursor.inTitle)
            }
        }
    }
}
