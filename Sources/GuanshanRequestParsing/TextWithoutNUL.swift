/// Text from a request may not hold NUL (U+0000): no store keeps it (PostgreSQL refuses such text) and
/// no reader types it, so a form or JSON body that holds one is refused whole, at the door.
public enum TextWithoutNUL {
    public static func holdsNUL(_ text: String) -> Bool {
        text.utf8.contains(0)
    }

    /// Whether a JSON text holds a string with NUL, written `\u0000` (a raw NUL byte is no JSON at all).
    /// Escapes are followed one by one, so `\\u0000` (a backslash, then the letters) is no NUL.
    public static func jsonHoldsNUL(_ bytes: some Collection<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index != bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index = bytes.index(after: index)
                continue
            }
            let escaped = bytes.index(after: index)
            guard escaped != bytes.endIndex else { return false }
            if bytes[escaped] == UInt8(ascii: "u"), bytes[bytes.index(after: escaped)...].prefix(4).elementsEqual("0000".utf8) {
                return true
            }
            index = bytes.index(after: escaped)
        }
        return false
    }
}
