import CZlib
import NIOCore

/// gzip (RFC 1952) through the system's zlib, which ZIPFoundation links already.
enum Gzip {
    /// `bytes` compressed in one pass; nil if zlib fails.
    static func compress(_ bytes: ByteBuffer, level: Int32 = 6) -> ByteBuffer? {
        var stream = z_stream()
        // 15 + 16: a window of 32 KB with the gzip header and trailer.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.readableBytes)))
        var output = ByteBuffer()
        var status = Z_STREAM_ERROR
        bytes.withUnsafeReadableBytes { input in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                status = deflate(&stream, Z_FINISH)
                return out.count - Int(stream.avail_out)
            }
        }
        return status == Z_STREAM_END ? output : nil
    }
}
