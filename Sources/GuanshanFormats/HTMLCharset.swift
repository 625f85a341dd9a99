import GuanshanModel
import Foundation

extension HTMLFormat {
    /// The text of an HTML file: as `TextDecoding` decodes it, with GB18030 tried first when the page
    /// declares GB2312, GBK or GB18030 in its first 1024 bytes (`<meta charset>` or `http-equiv`).
    public static func decode(_ data: Data, byteLimit: Int = DocumentFormat.defaultByteLimit) throws(FormatError) -> String {
        try TextDecoding.decode(data, byteLimit: byteLimit, declaresGB18030: declaresGB18030(data.prefix(1024)))
    }

    static func declaresGB18030(_ head: Data) -> Bool {
        let ascii = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = Substring(ascii)
        while let found = rest.range(of: "charset") {
            rest = rest[found.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            guard rest.first == "=" else { continue }
            let value = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            return ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936"].contains(String(value))
        }
        return false
    }
}
