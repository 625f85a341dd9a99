import Foundation

/// A segment on disk: a header (magic, then the number of documents, keys, key blocks, key directory
/// bytes and posting bytes) and the segment's arrays one after another, in the machine's byte order
/// (little-endian on every target).
enum SegmentFile {
    private static let magic: UInt64 = 0x3430_4753_5347_4E47 // "GNGSSG04"

    static func write(_ segment: Segment, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SearchIndexError.unwritable(url.path)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let documents = segment.documents
        let directory = segment.directory
        try write([
            magic, UInt64(documents.ids.count), UInt64(directory.count), UInt64(directory.blockKeys.count),
            UInt64(directory.entries.count), UInt64(segment.postings.count),
        ], to: handle)
        try write(documents.ids, to: handle)
        try write(documents.lengths, to: handle)
        try write(documents.titleLengths, to: handle)
        try write(documents.published, to: handle)
        try write(documents.categories, to: handle)
        try write(documents.pages, to: handle)
        try write(directory.blockKeys, to: handle)
        try write(directory.blockStarts, to: handle)
        try write(directory.blockOffsets, to: handle)
        try write(directory.entries, to: handle)
        try segment.postings.withUnsafeBufferPointer { try write(UnsafeRawBufferPointer($0), to: handle) }
        try handle.synchronize()
    }

    private static func write<T>(_ array: [T], to handle: FileHandle) throws {
        try array.withUnsafeBytes { try write($0, to: handle) }
    }

    private static func write(_ raw: UnsafeRawBufferPointer, to handle: FileHandle) throws {
        var offset = 0
        while offset < raw.count {
            let end = min(offset + (1 << 23), raw.count)
            try handle.write(contentsOf: Data(UnsafeRawBufferPointer(rebasing: raw[offset..<end])))
            offset = end
        }
    }

    /// Reads the segment in `url`, its postings left in the mapped file.
    static func read(_ url: URL) throws -> Segment {
        guard let file = FileMapping(path: url.path) else { throw SearchIndexError.damaged(url.path) }
        var reader = Reader(raw: UnsafeRawBufferPointer(start: file.bytes, count: file.length))
        guard let header: [UInt64] = reader.array(6), header[0] == magic, header[1...].allSatisfy({ $0 < 1 << 40 }) else {
            throw SearchIndexError.damaged(url.path)
        }
        let documentCount = Int(header[1])
        let keyCount = Int(header[2])
        let blockCount = Int(header[3])
        let directoryBytes = Int(header[4])
        let postingBytes = Int(header[5])
        guard
            let ids: [Int64] = reader.array(documentCount),
            let lengths: [UInt32] = reader.array(documentCount),
            let titleLengths: [UInt32] = reader.array(documentCount),
            let published: [Int64] = reader.array(documentCount),
            let categories: [Int64] = reader.array(documentCount),
            let pages: [UInt32] = reader.array(documentCount),
            let blockKeys: [UInt64] = reader.array(blockCount),
            let blockStarts: [UInt32] = reader.array(blockCount),
            let blockOffsets: [UInt32] = reader.array(blockCount + 1),
            let entries: [UInt8] = reader.array(directoryBytes),
            let postingsStart = reader.skip(postingBytes),
            reader.isAtEnd
        else { throw SearchIndexError.damaged(url.path) }
        let directory = KeyDirectory(
            blockKeys: blockKeys, blockStarts: blockStarts, blockOffsets: blockOffsets, entries: entries, count: keyCount)
        guard directory.isConsistent(postingBytes: postingBytes) else { throw SearchIndexError.damaged(url.path) }
        return Segment(
            documents: SegmentDocuments(
                ids: ids, lengths: lengths, titleLengths: titleLengths, published: published, categories: categories,
                pages: pages),
            directory: directory, postings: PostingBytes(file, offset: postingsStart, count: postingBytes))
    }

    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == raw.count }

        mutating func array<T>(_ count: Int) -> [T]? {
            let size = count * MemoryLayout<T>.stride
            guard count >= 0, size <= raw.count - offset, let base = raw.baseAddress else { return nil }
            let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: base + offset, count: size))
                initialized = count
            }
            offset += size
            return values
        }

        /// Passes over `count` bytes; returns where they start.
        mutating func skip(_ count: Int) -> Int? {
            guard count >= 0, count <= raw.count - offset else { return nil }
            defer { offset += count }
            return offset
        }
    }
}

public enum SearchIndexError: Error, CustomStringConvertible {
    case unwritable(String)
    case damaged(String)

    public var description: String {
        switch self {
        case .unwritable(let path): "cannot write the search index file \(path)"
        case .damaged(let path): "the search index file \(path) is damaged"
        }
    }
}
