import GuanshanModel
import Foundation

/// Turns the bytes of a text file into a String, refusing what is not text rather than guessing.
public enum TextDecoding {
    /// Decodes, in this order: UTF-8 with byte order mark, UTF-16 LE/BE with byte order mark,
    /// strict UTF-8, GB18030 (which covers GBK and GB2312); GB18030 before UTF-8 when the file
    /// declares it (`declaresGB18030`). The result has `\n` line endings, no byte order mark and
    /// no control characters other than tab and newline.
    public static func decode(
        _ data: Data, byteLimit: Int = DocumentFormat.defaultByteLimit, declaresGB18030: Bool = false
    ) throws(FormatError) -> String {
        guard data.count <= byteLimit else { throw .tooLarge(line: nil, limit: byteLimit) }
        let text: String
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let decoded = String(validating: data.dropFirst(3), as: UTF8.self) else { throw .undecodable }
            text = decoded
        } else if data.starts(with: [0xFF, 0xFE]) {
            text = try decodeUTF16(data.dropFirst(2), bigEndian: false)
        } else if data.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(data.dropFirst(2), bigEndian: true)
        } else {
            // Without a byte order mark NUL is no character of any supported encoding.
            guard !data.contains(0) else { throw .binary }
            let utf8 = { String(validating: data, as: UTF8.self) }
            let gb18030 = { GB18030.decode(data) }
            guard let decoded = declaresGB18030 ? gb18030() ?? utf8() : utf8() ?? gb18030() else { throw .undecodable }
            text = decoded
        }
        return try cleaned(text)
    }

    private static func decodeUTF16(_ bytes: Data, bigEndian: Bool) throws(FormatError) -> String {
        guard bytes.count % 2 == 0 else { throw .undecodable }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .undecodable }
        return text
    }

    /// Normalizes line endings and form feeds to `\n` and removes stray control characters;
    /// refuses text with NUL or with more than 1% control characters.
    private static func cleaned(_ text: String) throws(FormatError) -> String {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        // A final SUB (Ctrl-Z) is the end-of-file mark of old DOS text files.
        if scalars.last == "\u{1A}" { scalars = scalars.dropLast() }
        var result = String.UnicodeScalarView()
        var controls = 0
        var total = 0
        var afterCR = false
        for scalar in scalars {
            total += 1
            switch scalar.value {
            case 0:
                throw .binary
            case 0x0D:
                result.append("\n")
            case 0x0A:
                if !afterCR { result.append("\n") }
            case 0x0C:
                result.append("\n")
            case _ where scalar.isStrayControl:
                controls += 1
            default:
                result.append(scalar)
            }
            afterCR = scalar.value == 0x0D
        }
        guard controls * 100 <= total else { throw .binary }
        return String(result)
    }
}
