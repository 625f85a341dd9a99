import Testing
@testable import GuanshanQR

@Suite struct EncoderTests {
    static let share = "https://example.com/d/42 观山文库 微信扫码分享"

    /// Byte mode data codewords of a short text: mode 0100, count 00000101, the bytes, terminator,
    /// then the pad codewords 11101100 00010001 in turn.
    @Test func dataCodewords() {
        let data = Codewords.data(Array("hello".utf8), version: 1, level: .medium)
        #expect(data == [0x40, 0x56, 0x86, 0x56, 0xC6, 0xC6, 0xF0, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
        // From version 10 the count takes 16 bits.
        #expect(Codewords.data([0xAB], version: 10, level: .high).prefix(4) == [0x40, 0x00, 0x1A, 0xB0])
    }

    /// The final sequence of a two-group version: data codewords column by column across the blocks,
    /// the longer blocks' last ones after the rest, then the error correction codewords likewise.
    @Test func interleaving() {
        // 5-Q: blocks of 15, 15, 16 and 16 data codewords, 18 error correction codewords each.
        let data = (0..<62).map { UInt8($0) }
        let message = Codewords.interleaved(data: data, version: 5, level: .quartile)
        #expect(message.count == 134)
        #expect(Array(message.prefix(8)) == [0, 15, 30, 46, 1, 16, 31, 47])
        #expect(Array(message[56..<62]) == [14, 29, 44, 60, 45, 61])
        let firstBlockCorrection = ReedSolomon(degree: 18).errorCorrection(for: data[0..<15])
        #expect(message[62] == firstBlockCorrection[0] && message[66] == firstBlockCorrection[1])
    }

    /// The smallest version that holds the text: a version's capacity fits in it, one byte more
    /// needs the next.
    @Test(arguments: QRCode.Level.allCases)
    func smallestVersionThatFits(level: QRCode.Level) throws {
        let mask = QRCode.Mask.all[0]  // forced: the mask does not change the version
        for version in QRTables.versions {
            let capacity = QRCode.byteCapacity(version: version, level: level)
            #expect(try QRCode(bytes: Array(repeating: 0x61, count: capacity), level: level, mask: mask).version == version)
            if version < 40 {
                #expect(try QRCode(bytes: Array(repeating: 0x61, count: capacity + 1), level: level, mask: mask).version == version + 1)
            }
        }
    }

    @Test func textTooLongForVersion40() throws {
        let text = String(repeating: "观", count: 425)  // 1,275 bytes; version 40-H holds 1,273
        #expect(throws: QRCode.EncodingError.tooLong(byteCount: 1275, capacity: 1273, level: .high)) {
            try QRCode(text: text, level: .high)
        }
        do {
            _ = try QRCode(text: text, level: .high)
        } catch {
            #expect(error.description == "The text takes 1275 bytes in UTF-8; a QR code holds at most 1273 at level high.")
        }
        #expect(try QRCode(text: String(repeating: "a", count: 2953), level: .low).version == 40)
        #expect(throws: QRCode.EncodingError.self) { try QRCode(text: String(repeating: "a", count: 2954), level: .low) }
    }

    @Test func emptyText() throws {
        let code = try QRCode(text: "")
        #expect(code.version == 1 && code.size == 21 && code.level == .medium)
    }

    @Test func textIsItsUTF8Bytes() throws {
        #expect(try QRCode(text: Self.share, level: .quartile) == QRCode(bytes: Array(Self.share.utf8), level: .quartile))
    }

    @Test func modulesAndIsDarkAgree() throws {
        let code = try QRCode(text: Self.share)
        let modules = code.modules
        #expect(modules.count == code.size && modules.allSatisfy { $0.count == code.size })
        for y in 0..<code.size {
            for x in 0..<code.size { #expect(modules[y][x] == code.isDark(x: x, y: y)) }
        }
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: code.size) && code.isDark(x: 0, y: 0))
    }

    /// Unforced, the mask is the forced one that scores lowest, the first of equals.
    @Test(arguments: [("", QRCode.Level.high), (share, .medium), (String(repeating: "观山", count: 30), .quartile)])
    func chosenMaskScoresLowest(text: String, level: QRCode.Level) throws {
        let chosen = try QRCode(text: text, level: level)
        let forced = try QRCode.Mask.all.map { try QRCode(text: text, level: level, mask: $0) }
        let scores = forced.map { code in Penalty.score(code.modules.flatMap { $0 }, size: code.size) }
        let lowest = try #require(scores.min())
        #expect(chosen.mask.rawValue == scores.firstIndex(of: lowest))
        #expect(chosen == forced[chosen.mask.rawValue])
        #expect(Set(forced.map(\.modules)).count == 8)
    }

    @Test func masks() {
        #expect(QRCode.Mask(8) == nil && QRCode.Mask(-1) == nil && QRCode.Mask(7)?.rawValue == 7)
        #expect(QRCode.Mask.all.map(\.rawValue) == Array(0...7))
    }
}
