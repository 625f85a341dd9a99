/// Reading LEB128 variable-length integers (written by `ByteBuffer.appendVarInt`): seven bits a
/// byte, low bits first, high bit set on all but the last.
enum VarInt {
    @inline(__always)
    static func read(_ bytes: UnsafePointer<UInt8>, _ offset: inout Int) -> UInt32 {
        var byte = bytes[offset]
        offset += 1
        if byte < 0x80 { return UInt32(byte) }
        var value = UInt32(byte & 0x7F)
        var shift: UInt32 = 7
        repeat {
            byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
        } while byte >= 0x80
        return value
    }

    static func read64(_ bytes: UnsafePointer<UInt8>, _ offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Moves `offset` past `count` integers without decoding them.
    @inline(__always)
    static func skip(_ count: Int, in bytes: UnsafePointer<UInt8>, _ offset: inout Int) {
        var left = count
        while left > 0 {
            if bytes[offset] < 0x80 { left -= 1 }
            offset += 1
        }
    }
}
