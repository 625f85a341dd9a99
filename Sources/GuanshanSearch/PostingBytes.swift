import Foundation

/// A segment's posting bytes: built in memory, or part of the segment's file mapped read-only. Mapped
/// bytes cost no copy when an index opens and live in the page cache, shared and reclaimable, not in
/// the process's own memory.
struct PostingBytes: Sendable {
    private let array: [UInt8]
    private let mapping: FileMapping?
    private let offset: Int
    let count: Int

    init(_ bytes: [UInt8]) {
        array = bytes
        mapping = nil
        offset = 0
        count = bytes.count
    }

    /// `count` bytes of `mapping` from `offset`, which must lie within it.
    init(_ mapping: FileMapping, offset: Int, count: Int) {
        precondition(offset >= 0 && count >= 0 && offset + count <= mapping.length)
        array = []
        self.mapping = mapping
        self.offset = offset
        self.count = count
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let mapping else { return try array.withUnsafeBufferPointer(body) }
        return try body(UnsafeBufferPointer(start: mapping.bytes + offset, count: count))
    }
}

/// A whole file mapped read-only, unmapped when the last user lets go. Segment files are never changed
/// in place (a new one is written beside and renamed; an old one is only deleted, which leaves the
/// mapping valid), so what was mapped stays what was read.
final class FileMapping: @unchecked Sendable {
    let bytes: UnsafePointer<UInt8>
    let length: Int

    /// Maps the file at `path`; nil when it cannot be opened or is empty.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let length = Int(status.st_size)
        guard let base = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafePointer(base.assumingMemoryBound(to: UInt8.self))
        self.length = length
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes), length)
    }
}
