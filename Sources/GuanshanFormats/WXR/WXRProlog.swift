import GuanshanModel
import Foundation

/// What comes before the root element of an export. A document type declaration is refused there:
/// it is the only place entities can be declared, so without it there is no external entity (XXE)
/// and no entity expansion (billion laughs), whatever the XML parser would do with them.
enum WXRProlog {
    /// Encodings whose bytes for `<`, `!` and ASCII letters are ASCII, so that the check below sees what the parser will.
    private static let encodings: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "gb2312", "gbk", "gb18030", "big5",
        "iso-8859-1", "iso-8859-15", "latin1", "windows-1252", "cp1252",
    ]

    static func check(_ data: Data) throws(FormatError) {
        let bytes = [UInt8](data.prefix(64 * 1024))
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                line += 1
                index += 1
            case 0x20, 0x09, 0x0D:
                index += 1
            case UInt8(ascii: "<"):
                let rest = bytes[(index + 1)...]
                if rest.starts(with: Array("?".utf8)) {
                    guard let end = bytes.firstIndex(of: Array("?>".utf8), from: index) else { throw .notWXR }
                    try checkDeclaration(bytes[index..<end])
                    line += bytes[index..<end].count(where: { $0 == 0x0A })
                    index = end + 2
                } else if rest.starts(with: Array("!--".utf8)) {
                    guard let end = bytes.firstIndex(of: Array("-->".utf8), from: index + 4) else { throw .notWXR }
                    line += bytes[index..<end].count(where: { $0 == 0x0A })
                    index = end + 3
                } else if rest.starts(with: Array("!".utf8)) {
                    throw .doctypeRefused(line: line)
                } else {
                    return
                }
            default:
                throw .notWXR
            }
        }
        throw .notWXR
    }

    /// An `<?xml … encoding="…"?>` declaration must name an encoding the check can read.
    private static func checkDeclaration(_ declaration: ArraySlice<UInt8>) throws(FormatError) {
        let text = String(decoding: declaration, as: UTF8.self).lowercased()
        guard text.hasPrefix("<?xml"), let key = text.range(of: "encoding") else { return }
        let value = text[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            .prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" }
        guard encodings.contains(String(value)) else { throw .undecodable }
    }
}
