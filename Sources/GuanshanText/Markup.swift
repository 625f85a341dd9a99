/// Text made safe in HTML and in XML 1.0, in element content and in quoted attribute values alike: the
/// one escaping of every page (templates included), feed, sitemap, SVG and Word file the site writes.
public enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as references (`&#39;`, which HTML and XML both read), and the
    /// characters XML 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF) left out, which HTML
    /// forbids too. Looked at byte by byte: a quote followed by a combining mark is one Character, and
    /// an escaping that compared Characters would write it as it came, ending the attribute it is in.
    /// Text with nothing to change is returned as it is.
    public static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: mayChange) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            case 0x9, 0xA, 0xD: bytes.append(byte)
            case 0..<0x20: continue
            default:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF: their first two bytes are written already.
                if byte >= 0xBE && byte <= 0xBF && bytes.count >= 2 && bytes[bytes.count - 2] == 0xEF && bytes[bytes.count - 1] == 0xBF {
                    bytes.removeLast(2)
                } else {
                    bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `escaped` may change a text holding this byte: one it escapes, a control character, or
    /// the lead byte of U+FFFE and U+FFFF (and of every other character from U+F000).
    @inline(__always)
    private static func mayChange(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0..<0x20, 0xEF: true
        default: false
        }
    }

    /// A character XML 1.0 may hold.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: true
        default: false
        }
    }
}
