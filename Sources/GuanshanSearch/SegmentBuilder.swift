/// Builds a segment from documents in two passes over their text: the first numbers the keys of every
/// position and counts them, the second places each position in its key's run, in document and
/// position order, from which each list is written.
enum SegmentBuilder {
    static func build(_ texts: [IndexedText]) -> Segment {
        var table = GramTable()
        var counts: [UInt32] = []
        var occurrences: [UInt32] = []
        occurrences.reserveCapacity(texts.reduce(0) { $0 + $1.scalars.count } * 2 + 16)
        for text in texts {
            forEachKey(of: text.scalars) { key, _ in
                let id = table.id(of: key)
                if id == counts.count { counts.append(0) }
                counts[Int(id)] += 1
                occurrences.append(id)
            }
        }

        var next = [Int](repeating: 0, count: counts.count)
        var total = 0
        for id in counts.indices {
            next[id] = total
            total += Int(counts[id])
        }
        let runStarts = next
        var documentOf = [UInt32](repeating: 0, count: total)
        var positionOf = [UInt32](repeating: 0, count: total)
        var cursor = 0
        for (ordinal, text) in texts.enumerated() {
            forEachKey(of: text.scalars) { _, position in
                let id = Int(occurrences[cursor])
                cursor += 1
                documentOf[next[id]] = UInt32(ordinal)
                positionOf[next[id]] = UInt32(position)
                next[id] += 1
            }
        }
        occurrences = []

        var documents = SegmentDocuments()
        for text in texts {
            documents.append(
                id: text.id, length: UInt32(text.scalars.count), titleLength: UInt32(text.titleLength),
                published: text.published, category: text.categoryID ?? 0, pages: UInt32(clamping: text.pages))
        }
        let order = table.keys.indices.sorted { table.keys[$0] < table.keys[$1] }
        var writer = PostingWriter(keyCapacity: order.count, byteCapacity: total * 2)
        for id in order {
            let key = table.keys[id]
            writer.startList(key)
            var index = runStarts[id]
            let end = index + Int(counts[id])
            while index < end {
                let ordinal = documentOf[index]
                var last = index + 1
                while last < end && documentOf[last] == ordinal { last += 1 }
                if GramKey.isBigram(key) {
                    positionOf.withUnsafeBufferPointer { positions in
                        writer.addDocument(ordinal, positions: UnsafeBufferPointer(rebasing: positions[index..<last]))
                    }
                } else {
                    let inTitle = positionOf[index] < documents.titleLengths[Int(ordinal)]
                    writer.addDocument(ordinal, count: UInt32(last - index), inTitle: inTitle)
                }
                index = last
            }
            writer.endList()
        }
        return writer.finish(documents: documents)
    }

    /// Calls `body` with every key of the text and the position to store for it, in position order.
    @inline(__always)
    static func forEachKey(of scalars: [UInt32], _ body: (UInt64, Int) -> Void) {
        scalars.withUnsafeBufferPointer { text in
            var previousIsWord = false
            for position in text.indices {
                let scalar = text[position]
                let isWord = SearchText.isWord(scalar)
                let startsWord = isWord && !previousIsWord
                previousIsWord = isWord
                if position + 1 < text.count {
                    body(GramKey.bigram(scalar, text[position + 1]), isWord ? position << 1 | (startsWord ? 1 : 0) : position)
                }
                body(GramKey.unigram(scalar), position)
                if startsWord { body(GramKey.unigram(scalar, wordStart: true), position) }
            }
        }
    }
}

/// Writes posting lists in key order, as `Segment` lays them out.
struct PostingWriter: ~Copyable {
    private var keys: [UInt64] = []
    private var starts: [UInt32] = []
    private var bytes: ByteBuffer
    private var list = ByteBuffer(capacity: 1 << 16)
    private var key: UInt64 = 0
    private var documentCount: UInt32 = 0
    private var previous: Int64 = -1

    init(keyCapacity: Int, byteCapacity: Int) {
        keys.reserveCapacity(keyCapacity)
        starts.reserveCapacity(keyCapacity + 1)
        bytes = ByteBuffer(capacity: byteCapacity)
    }

    mutating func startList(_ key: UInt64) {
        self.key = key
        list.removeAll()
        documentCount = 0
        previous = -1
    }

    /// Writes the list started last, unless it got no document.
    mutating func endList() {
        guard documentCount > 0 else { return }
        keys.append(key)
        starts.append(UInt32(bytes.count))
        bytes.appendVarInt(documentCount)
        bytes.append(list)
    }

    @inline(__always)
    private mutating func addOrdinal(_ ordinal: UInt32, flags: UInt32, flagBits: UInt32) {
        list.appendVarInt(UInt32(Int64(ordinal) - previous) << flagBits | flags)
        previous = Int64(ordinal)
        documentCount += 1
    }

    mutating func addDocument(_ ordinal: UInt32, count: UInt32, inTitle: Bool) {
        addOrdinal(ordinal, flags: (inTitle ? 2 : 0) | (count == 1 ? 1 : 0), flagBits: 2)
        if count != 1 { list.appendVarInt(count) }
    }

    mutating func addDocument(_ ordinal: UInt32, positions: UnsafeBufferPointer<UInt32>) {
        addOrdinal(ordinal, flags: positions.count == 1 ? 1 : 0, flagBits: 1)
        if positions.count != 1 { list.appendVarInt(UInt32(positions.count)) }
        var last: UInt32 = 0
        for position in positions {
            list.appendVarInt(position - last)
            last = position
        }
    }

    /// Copies one document's positions as they are encoded elsewhere.
    mutating func addDocument(_ ordinal: UInt32, count: UInt32, encodedPositions: UnsafeBufferPointer<UInt8>) {
        addOrdinal(ordinal, flags: count == 1 ? 1 : 0, flagBits: 1)
        if count != 1 { list.appendVarInt(count) }
        list.append(encodedPositions)
    }

    /// Whether a segment's postings of `byteCount` bytes keep every offset within 32 bits.
    static func fits(_ byteCount: Int) -> Bool { byteCount < Int(UInt32.max) }

    consuming func finish(documents: SegmentDocuments) -> Segment {
        starts.append(UInt32(bytes.count))
        return Segment(documents: documents, directory: KeyDirectory(keys: keys, starts: starts), postings: PostingBytes(bytes.array))
    }
}
