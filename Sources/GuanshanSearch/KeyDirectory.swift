/// Where each key's posting list lies, compactly: keys in blocks of 32, each block starting with its
/// first key and list start in full, then for every key its list's length and the gap to the next
/// key, as LEB128. About 4 bytes a key instead of 12.
struct KeyDirectory: Sendable {
    static let blockSize = 32

    /// The first key of each block, ascending.
    let blockKeys: [UInt64]
    /// Where the first list of each block starts in the postings.
    let blockStarts: [UInt32]
    /// Where each block's entries start in `entries`; one more than the blocks.
    let blockOffsets: [UInt32]
    let entries: [UInt8]
    let count: Int

    /// From every key (ascending) and where its list starts; `starts` has one more, the end.
    init(keys: [UInt64], starts: [UInt32]) {
        var blockKeys: [UInt64] = []
        var blockStarts: [UInt32] = []
        var blockOffsets: [UInt32] = []
        var entries = ByteBuffer(capacity: keys.count * 4)
        for index in keys.indices {
            if index % Self.blockSize == 0 {
                blockKeys.append(keys[index])
                blockStarts.append(starts[index])
                blockOffsets.append(UInt32(entries.count))
            }
            entries.appendVarInt(starts[index + 1] - starts[index])
            let next = index + 1
            if next < keys.count && next % Self.blockSize != 0 {
                entries.appendVarInt64(keys[next] - keys[index])
            }
        }
        blockOffsets.append(UInt32(entries.count))
        self.init(blockKeys: blockKeys, blockStarts: blockStarts, blockOffsets: blockOffsets, entries: entries.array, count: keys.count)
    }

    init(blockKeys: [UInt64], blockStarts: [UInt32], blockOffsets: [UInt32], entries: [UInt8], count: Int) {
        self.blockKeys = blockKeys
        self.blockStarts = blockStarts
        self.blockOffsets = blockOffsets
        self.entries = entries
        self.count = count
    }

    /// Whether the arrays describe a directory over `postingBytes` bytes of postings.
    func isConsistent(postingBytes: Int) -> Bool {
        blockKeys.count == blockStarts.count && blockOffsets.count == blockKeys.count + 1
            && blockOffsets.last.map { Int($0) == entries.count } ?? false
            && (blockKeys.count - 1) * Self.blockSize < max(count, 1) && count <= blockKeys.count * Self.blockSize
            && blockStarts.allSatisfy { Int($0) <= postingBytes }
    }

    /// The last block whose first key is at most `key`: the only one that can hold it.
    private func block(holding key: UInt64) -> Int? {
        var low = 0
        var high = blockKeys.count
        while low < high {
            let middle = (low + high) / 2
            if blockKeys[middle] <= key { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The bytes of `key`'s list.
    func range(of key: UInt64) -> Range<Int>? {
        guard let block = block(holding: key) else { return nil }
        var found: Range<Int>?
        walk(block: block) { candidate, range in
            if candidate == key { found = range }
            return candidate < key
        }
        return found
    }

    /// Every key in `keys` with its list's bytes, ascending.
    func forEach(in keys: ClosedRange<UInt64>, _ body: (UInt64, Range<Int>) -> Void) {
        for block in (block(holding: keys.lowerBound) ?? 0)..<blockKeys.count {
            guard blockKeys[block] <= keys.upperBound else { return }
            walk(block: block) { key, range in
                if keys.contains(key) { body(key, range) }
                return key <= keys.upperBound
            }
        }
    }

    /// Every key with its list's bytes, ascending.
    func forEach(_ body: (UInt64, Range<Int>) -> Void) {
        for block in blockKeys.indices {
            walk(block: block) { key, range in
                body(key, range)
                return true
            }
        }
    }

    /// Decodes one block's keys in order while `body` returns true.
    private func walk(block: Int, _ body: (UInt64, Range<Int>) -> Bool) {
        let keysInBlock = min(Self.blockSize, count - block * Self.blockSize)
        entries.withUnsafeBufferPointer { buffer in
            guard let bytes = buffer.baseAddress else { return }
            var offset = Int(blockOffsets[block])
            var key = blockKeys[block]
            var start = Int(blockStarts[block])
            for index in 0..<keysInBlock {
                let end = start + Int(VarInt.read(bytes, &offset))
                guard body(key, start..<end) else { return }
                if index + 1 < keysInBlock { key += VarInt.read64(bytes, &offset) }
                start = end
            }
        }
    }
}
