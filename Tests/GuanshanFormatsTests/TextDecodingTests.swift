import Foundation
import GuanshanModel
import Testing
@testable import GuanshanFormats

@Suite struct TextDecodingTests {
    /// What every `notice-*.txt` fixture holds, once decoded and with `\n` line endings.
    static let notice = """
        观山文库开放时间

        　　本馆周一至周五上午八时开馆，晚上九时闭馆。
        　　周末及法定节假日上午九时开馆，下午五时闭馆。
        　　欧元符号€、韩元符号₩、生僻字𠀀与𪚥都能正确显示。

        """

    @Test(arguments: ["notice-gb18030.txt", "notice-utf16le-bom.txt", "notice-utf16be-bom.txt", "notice-utf8-bom.txt"])
    func decodesEveryEncoding(_ name: String) throws {
        let text = try TextDecoding.decode(try fixture(name))
        #expect(text == Self.notice)
        #expect(!text.contains("\r"))
        #expect(!text.unicodeScalars.contains("\u{FEFF}"))
    }

    @Test func gb18030FourByteSequences() throws {
        // € is A2 E3; ₩ is the BMP four-byte sequence 81 36 B2 39; 𠀀 and 𪚥 lie beyond the BMP.
        let bytes: [UInt8] = [0xA2, 0xE3, 0x81, 0x36, 0xB2, 0x39, 0x95, 0x32, 0x82, 0x36, 0x98, 0x35, 0xEE, 0x37]
        #expect(try TextDecoding.decode(Data(bytes)) == "€₩𠀀𪚥")
    }

    @Test func gbkTextIsNotMistakenForUTF8() throws {
        // "图书馆" in GBK.
        #expect(try TextDecoding.decode(Data([0xCD, 0xBC, 0xCA, 0xE9, 0xB9, 0xDD])) == "图书馆")
    }

    @Test func refusesBytesThatAreNeitherUTF8NorGB18030() throws {
        #expect(throws: FormatError.undecodable) { try TextDecoding.decode(try fixture("invalid.txt")) }
        // Incomplete GB18030 sequences at the very end: a lead byte, half of a four-byte sequence.
        #expect(throws: FormatError.undecodable) { try TextDecoding.decode(Data([0x41, 0xB9, 0xDD, 0x81])) }
        #expect(throws: FormatError.undecodable) { try TextDecoding.decode(Data([0x41, 0xB9, 0xDD, 0x81, 0x36])) }
    }

    @Test func refusesBrokenUTF16() {
        // An odd number of bytes after the byte order mark, and an unpaired surrogate.
        #expect(throws: FormatError.undecodable) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x2C, 0x67, 0x00])) }
        #expect(throws: FormatError.undecodable) { try TextDecoding.decode(Data([0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41])) }
    }

    @Test func refusesBinary() throws {
        #expect(throws: FormatError.binary) { try TextDecoding.decode(try fixture("binary.png")) }
        #expect(throws: FormatError.binary) { try TextDecoding.decode(Data("正文\u{0}".utf8)) }
        #expect(throws: FormatError.binary) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00])) }
        #expect(throws: FormatError.binary) { try TextDecoding.decode(Data("ab\u{1}\u{2}\u{3}\u{4}cd".utf8)) }
    }

    @Test func dropsStrayControlCharacters() throws {
        let text = String(repeating: "馆藏图书。", count: 40) + "\u{1B}[0m\n第二行\u{C}第三页\u{1A}"
        let decoded = try TextDecoding.decode(Data(text.utf8))
        #expect(decoded == String(repeating: "馆藏图书。", count: 40) + "[0m\n第二行\n第三页")
    }

    @Test func normalizesLineEndings() throws {
        #expect(try TextDecoding.decode(Data("一\r\n二\r三\n四".utf8)) == "一\n二\n三\n四")
    }

    @Test func emptyAndTooLarge() throws {
        #expect(try TextDecoding.decode(Data()) == "")
        #expect(throws: FormatError.tooLarge(line: nil, limit: 4)) { try TextDecoding.decode(Data("观山文库".utf8), byteLimit: 4) }
    }
}
