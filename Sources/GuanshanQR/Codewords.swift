/// Bits appended most significant first into bytes, as the data stream of §7.4 is written.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, bits: Int) {
        for shift in stride(from: bits - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 != 0 { bytes[count / 8] |= 0x80 >> UInt8(count % 8) }
            count += 1
        }
    }
}

/// The codeword sequence of a symbol: the data encoded in byte mode (§7.4), cut into the blocks of
/// Table 9, each block given its Reed-Solomon error correction (§7.5), all interleaved (§7.6).
enum Codewords {
    /// The bits that `byteCount` bytes take in byte mode at a version: mode indicator, character
    /// count indicator, 8 bits a byte.
    static func bitLength(byteCount: Int, version: Int) -> Int {
        4 + QRTables.characterCountBits(version: version) + 8 * byteCount
    }

    /// The data codewords (§7.4.2 to §7.4.10): mode indicator 0100, the character count, the bytes,
    /// a terminator of up to four 0 bits, 0 bits to the byte boundary, then the pad codewords
    /// 11101100 and 00010001 in turn until the symbol's data capacity is full.
    static func data(_ bytes: [UInt8], version: Int, level: QRCode.Level) -> [UInt8] {
        let capacity = QRTables.dataCodewords(version: version, level: level)
        var writer = BitWriter()
        writer.append(0b0100, bits: 4)
        writer.append(bytes.count, bits: QRTables.characterCountBits(version: version))
        for byte in bytes { writer.append(Int(byte), bits: 8) }
        precondition(writer.count <= capacity * 8, "the data does not fit the version")
        writer.append(0, bits: min(4, capacity * 8 - writer.count))
        writer.append(0, bits: (8 - writer.count % 8) % 8)
        var codewords = writer.bytes
        var pad: UInt8 = 0b1110_1100
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0b1110_1100 ? 0b0001_0001 : 0b1110_1100
        }
        return codewords
    }

    /// The final message (§7.6): the data codewords split into blocks in order, then the first data
    /// codeword of every block, the second of every block, … (the longer blocks' last codeword
    /// after all others), then the error correction codewords interleaved the same way.
    static func interleaved(data: [UInt8], version: Int, level: QRCode.Level) -> [UInt8] {
        let groups = QRTables.blockGroups(version: version, level: level)
        let reedSolomon = ReedSolomon(degree: QRTables.errorCorrectionCodewordsPerBlock(version: version, level: level))
        var blocks: [ArraySlice<UInt8>] = []
        var corrections: [[UInt8]] = []
        var start = data.startIndex
        for group in groups {
            for _ in 0..<group.count {
                let block = data[start..<start + group.data]
                blocks.append(block)
                corrections.append(reedSolomon.errorCorrection(for: block))
                start += group.data
            }
        }
        precondition(start == data.endIndex, "the data codewords do not fill the blocks")
        var message: [UInt8] = []
        message.reserveCapacity(QRTables.totalCodewords(version: version))
        for i in 0..<(groups.map(\.data).max() ?? 0) {
            for block in blocks where i < block.count {
                message.append(block[block.startIndex + i])
            }
        }
        for i in 0..<reedSolomon.degree {
            for correction in corrections {
                message.append(correction[i])
            }
        }
        return message
    }
}
