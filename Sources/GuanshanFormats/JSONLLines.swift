import Foundation

/// One non-blank line of a JSONL file; `bytes` shares the file's storage.
public struct JSONLLine: Hashable, Sendable {
    /// 1-based, counting blank lines too.
    public var number: Int
    public var bytes: Data

    public init(number: Int, bytes: Data) {
        self.number = number
        self.bytes = bytes
    }
}

/// The non-blank lines of JSONL data, split lazily without copying: `\n` or `\r\n` line ends,
/// a leading UTF-8 byte order mark ignored.
public struct JSONLLines: Sequence, Sendable {
    let data: Data

    public func makeIterator() -> Iterator {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.startIndex + 3 : data.startIndex
        return Iterator(data: data, position: start)
    }

    public struct Iterator: IteratorProtocol {
        let data: Data
        var position: Data.Index
        var number = 0

        public mutating func next() -> JSONLLine? {
            while position < data.endIndex {
                let end = data[position...].firstIndex(of: 0x0A) ?? data.endIndex
                var line = data[position..<end]
                position = end < data.endIndex ? end + 1 : end
                number += 1
                if line.last == 0x0D { line = line.dropLast() }
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                    return JSONLLine(number: number, bytes: line)
                }
            }
            return nil
        }
    }
}
