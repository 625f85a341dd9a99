/// HTML character references: `&amp;`, `&#20320;`, `&#x4F60;` and the common named ones.
enum HTMLEntities {
    /// The character a reference starting at `start` (an `&`) stands for, and the index after its `;`.
    static func match(_ scalars: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
        guard start < scalars.count, scalars[start] == "&" else { return nil }
        var index = start + 1
        let limit = min(scalars.count, start + 34)
        if index < limit, scalars[index] == "#" {
            index += 1
            let hex = index < limit && (scalars[index] == "x" || scalars[index] == "X")
            if hex { index += 1 }
            let digitsStart = index
            while index < limit, index - digitsStart < 7, scalars[index].properties.isASCIIHexDigit,
                  hex || ("0"..."9").contains(scalars[index]) {
                index += 1
            }
            // NUL, control characters, surrogates and values past U+10FFFF stay literal text.
            guard index > digitsStart, index < limit, scalars[index] == ";",
                  let value = UInt32(String(String.UnicodeScalarView(scalars[digitsStart..<index])), radix: hex ? 16 : 10),
                  let scalar = Unicode.Scalar(value), value != 0, !scalar.isStrayControl
            else { return nil }
            return (String(scalar), index + 1)
        }
        let nameStart = index
        while index < limit, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]),
              scalars[index].isASCII {
            index += 1
        }
        guard index > nameStart, index < limit, scalars[index] == ";",
              let text = named[String(String.UnicodeScalarView(scalars[nameStart..<index]))]
        else { return nil }
        return (text, index + 1)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "middot": "·", "bull": "•", "hellip": "…", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "sect": "§", "para": "¶", "yen": "¥", "euro": "€", "pound": "£", "cent": "¢",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "hArr": "⇔", "rArr": "⇒",
    ]
}
