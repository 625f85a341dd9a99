import GuanshanModel
import Foundation
#if canImport(zlib)
import zlib
#else
import CZlib
#endif

/// The parts of a zip file (.docx, .epub) read from memory, within limits that make a hostile archive
/// fail fast: the sizes in its headers are never trusted, only the bytes really inflated are counted.
///
/// The central directory is read here rather than through ZIPFoundation: its Linux inflater asks for
/// input until the stream ends and spins forever when a stream runs past the end of the file.
struct ZipArchive {
    struct Limits {
        var inputBytes: Int
        var entries: Int
        var inflatedBytes: Int
    }

    static let maxRatio = 100
    /// Parts smaller than this are not held to `maxRatio`: a few kilobytes of repeated markup
    /// deflate far beyond 100:1 and are harmless.
    static let ratioExemptBytes = 64 << 10

    private struct Entry {
        let method: UInt16
        let checksum: UInt32
        let compressedSize: Int
        let headerOffset: Int
    }

    private let bytes: [UInt8]
    private let entries: [String: Entry]
    private let limits: Limits
    /// What a damaged archive is, in the words of its format (`.notDocx`, `.notEPUB`).
    private let damaged: FormatError
    private var inflatedBytes = 0

    init(_ data: Data, limits: Limits, damaged: FormatError) throws(FormatError) {
        guard data.count <= limits.inputBytes else { throw .tooLarge(line: nil, limit: limits.inputBytes) }
        bytes = [UInt8](data)
        self.limits = limits
        self.damaged = damaged
        entries = try Self.centralDirectory(of: bytes, limits: limits, damaged: damaged)
    }

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The inflated bytes of the part at `path`, nil when the archive has none.
    mutating func read(_ path: String) throws(FormatError) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let header = entry.headerOffset
        guard Self.uint32(bytes, at: header) == 0x0403_4B50,
              let nameLength = Self.uint16(bytes, at: header + 26), let extraLength = Self.uint16(bytes, at: header + 28)
        else { throw damaged }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        guard start + entry.compressedSize <= bytes.count else { throw damaged }
        let compressed = bytes[start..<start + entry.compressedSize]
        let content: [UInt8]
        switch entry.method {
        case 0:
            try count(compressed.count)
            content = Array(compressed)
        case 8:
            content = try inflated(compressed)
        default:
            throw damaged
        }
        let checksum = content.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        guard checksum == uLong(entry.checksum) else { throw damaged }
        return content
    }

    private mutating func count(_ produced: Int) throws(FormatError) {
        inflatedBytes += produced
        if inflatedBytes > limits.inflatedBytes { throw .archiveTooLarge }
    }

    private mutating func inflated(_ compressed: ArraySlice<UInt8>) throws(FormatError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw damaged
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var input = Array(compressed)
        var status = Z_OK
        stream.avail_in = uInt(input.count)
        repeat {
            let produced = input.withUnsafeMutableBufferPointer { inputBuffer in
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_in = inputBuffer.baseAddress.map { $0 + (inputBuffer.count - Int(stream.avail_in)) }
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    let produced = chunkBuffer.count - Int(stream.avail_out)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: chunkBuffer[..<produced]))
                    return produced
                }
            }
            // Z_BUF_ERROR: the input ended before the stream did.
            guard status == Z_OK || status == Z_STREAM_END else { throw damaged }
            try count(produced)
            if output.count > Self.ratioExemptBytes, output.count > Self.maxRatio * compressed.count {
                throw .archiveTooLarge
            }
        } while status != Z_STREAM_END
        return output
    }

    private static func centralDirectory(of bytes: [UInt8], limits: Limits, damaged: FormatError) throws(FormatError) -> [String: Entry] {
        // The end record is the last 22 bytes, or sits before a comment of at most 65,535 bytes.
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { uint32(bytes, at: $0) == 0x0605_4B50 }),
              let count = uint16(bytes, at: end + 10), let offset = uint32(bytes, at: end + 16)
        else { throw damaged }
        guard Int(count) <= limits.entries else { throw .tooManyEntries(limit: limits.entries) }
        var entries: [String: Entry] = [:]
        var position = Int(offset)
        for _ in 0..<count {
            guard uint32(bytes, at: position) == 0x0201_4B50,
                  let flags = uint16(bytes, at: position + 8), let method = uint16(bytes, at: position + 10),
                  let checksum = uint32(bytes, at: position + 16), let compressedSize = uint32(bytes, at: position + 20),
                  let nameLength = uint16(bytes, at: position + 28), let extraLength = uint16(bytes, at: position + 30),
                  let commentLength = uint16(bytes, at: position + 32), let headerOffset = uint32(bytes, at: position + 42),
                  position + 46 + Int(nameLength) <= bytes.count
            else { throw damaged }
            // Bit 0: encrypted.
            guard flags & 1 == 0 else { throw damaged }
            let name = String(decoding: bytes[position + 46..<position + 46 + Int(nameLength)], as: UTF8.self)
            let path = name.replacingOccurrences(of: "\\", with: "/").drop(while: { $0 == "/" })
            if entries[String(path)] == nil {
                entries[String(path)] = Entry(
                    method: method, checksum: checksum, compressedSize: Int(compressedSize), headerOffset: Int(headerOffset))
            }
            position += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        return entries
    }

    private static func uint16(_ bytes: [UInt8], at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
