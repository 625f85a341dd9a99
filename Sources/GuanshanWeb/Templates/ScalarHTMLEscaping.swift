import Mustache

/// How templates escape what `{{name}}` writes: `&`, `<`, `>`, `"` and `'` as entities, looked at byte by
/// byte. swift-mustache's own HTML escaping compares whole characters, so a quote followed by a combining
/// mark (`"\u{301}`) is one character it does not know, written as it is: and the quote ends the
/// attribute it stands in (`value="{{query}}"`), letting a visitor's query add attributes to the page.
struct ScalarHTMLEscaping: MustacheContentType {
    /// The name templates give it: `Templates.library` starts every template with its pragma.
    static let name = "HTML_SCALARS"

    func escapeText(_ text: String) -> String {
        Self.escaped(text)
    }

    static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
