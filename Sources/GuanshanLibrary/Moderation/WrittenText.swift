import Foundation

/// What people write into the site's forms (a comment, a reason, a report's details, a notice), checked
/// one way: line breaks as `\n` whatever the browser sent (a textarea sends `\r\n`), trimmed, at most
/// `limit` Unicode scalars (so that marks piled on one character count), no control character but line
/// breaks and tabs, and no bidirectional control, which would make the text read other than it is.
enum WrittenText {
    enum Problem: Error, Equatable {
        case empty
        /// Too long, or holding a character that may not stand in it.
        case refused
    }

    static func checked(_ text: String, limit: Int, required: Bool = true) throws(Problem) -> String {
        let text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if required, text.isEmpty { throw .empty }
        guard text.unicodeScalars.count <= limit, !text.unicodeScalars.contains(where: isRefused) else { throw .refused }
        return text
    }

    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t")
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
