import GuanshanModel
/// The longest line a .txt or .md file may have. No real paragraph comes near it, and a line of
/// megabytes (a file that lost its line breaks, or one made to stall the server) would be slow to
/// paginate and index; it is refused at once instead.
enum LineLimit {
    static let bytes = 1 << 20

    static func check(_ text: String) throws(FormatError) {
        var length = 0
        var line = 1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\n") { line += 1 }
                length = 0
            } else {
                length += 1
                if length > bytes { throw .tooLarge(line: line, limit: bytes) }
            }
        }
    }
}
