/// Character references as browsers read them in HTML documents: numeric ones with or without `;`,
/// the named ones of `HTMLEntities`, and the legacy names that may omit the `;`.
enum HTMLCharacterReference {
    /// The text `scalars` stands for. In attribute values a legacy name without `;` followed by a
    /// letter, digit or `=` stays literal (`?a=1&copy=2`).
    static func decoded(_ scalars: ArraySlice<Unicode.Scalar>, inAttribute: Bool) -> String {
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "&", let (text, end) = match(scalars, at: index, inAttribute: inAttribute) {
                result.append(contentsOf: text.unicodeScalars)
                index = end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    private static func match(_ scalars: ArraySlice<Unicode.Scalar>, at start: Int, inAttribute: Bool) -> (String, Int)? {
        var index = start + 1
        if index < scalars.endIndex, scalars[index] == "#" {
            return numeric(scalars, from: index + 1)
        }
        let nameStart = index
        while index < scalars.endIndex, index - nameStart < 32, scalars[index].isASCII,
              scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            index += 1
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
        if index < scalars.endIndex, scalars[index] == ";", let text = HTMLEntities.named[name] {
            return (text, index + 1)
        }
        guard let legacy = legacyNames.first(where: { name.hasPrefix($0) }) else { return nil }
        let end = nameStart + legacy.unicodeScalars.count
        if inAttribute, end < scalars.endIndex,
           scalars[end] == "=" || (scalars[end].isASCII && scalars[end].properties.isAlphabetic) || ("0"..."9").contains(scalars[end]) {
            return nil
        }
        return HTMLEntities.named[legacy].map { ($0, end) }
    }

    /// `&#…` or `&#x…` from `start` (after the `#`); out-of-range values become U+FFFD, a carriage
    /// return a line feed and other control characters nothing, as text elsewhere in the project has none.
    private static func numeric(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> (String, Int)? {
        var index = start
        let hex = index < scalars.endIndex && (scalars[index] == "x" || scalars[index] == "X")
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < scalars.endIndex, let digit = digitValue(scalars[index], hex: hex) {
            value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.endIndex, scalars[index] == ";" { index += 1 }
        if let replacement = windows1252[value] { return (String(replacement), index) }
        if value == 0x0D { return ("\n", index) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", index) }
        return (scalar.isStrayControl || (0x80...0x9F).contains(value) ? "" : String(scalar), index)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f" where hex: scalar.value - 0x61 + 10
        case "A"..."F" where hex: scalar.value - 0x41 + 10
        default: nil
        }
    }

    /// Names of `HTMLEntities.named` that browsers also read without `;`, longest first.
    private static let legacyNames = [
        "plusmn", "divide", "middot", "laquo", "raquo", "pound", "times", "nbsp", "quot", "copy", "cent",
        "sect", "para", "amp", "shy", "reg", "deg", "yen", "lt", "gt",
    ]

    /// What `&#128;` to `&#159;` mean: the characters of Windows-1252 at those bytes.
    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
        0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
        0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]
}
