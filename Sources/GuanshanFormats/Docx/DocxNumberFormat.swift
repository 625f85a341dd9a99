/// A counter value written in a `w:numFmt`: `decimal` 1, `chineseCounting` 十一, `lowerLetter` k…
enum DocxNumberFormat {
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "none": return ""
        case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView("\(value)".unicodeScalars.compactMap { Unicode.Scalar($0.value - 0x30 + 0xFF10) }))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? scalar(0x2460 + value - 1) : "\(value)"
        case "decimalEnclosedParen":
            return (1...20).contains(value) ? scalar(0x2474 + value - 1) : "(\(value))"
        case "decimalEnclosedFullstop":
            return (1...20).contains(value) ? scalar(0x2488 + value - 1) : "\(value)."
        case "lowerLetter": return letters(value, uppercase: false)
        case "upperLetter": return letters(value, uppercase: true)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
             "taiwaneseCountingThousand", "ideographLegalTraditional":
            return chinese(value, digits: Array("〇一二三四五六七八九"), units: ["", "十", "百", "千"], tenAlone: true)
        case "chineseLegalSimplified":
            return chinese(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], tenAlone: false)
        case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital":
            let digits = Array("〇一二三四五六七八九")
            return String("\(value)".compactMap { $0.wholeNumberValue.map { digits[$0] } })
        case "ideographTraditional": return cycle(value, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return cycle(value, Array("子丑寅卯辰巳午未申酉戌亥"))
        default: return "\(value)"
        }
    }

    private static func scalar(_ value: Int) -> String {
        Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? ""
    }

    /// a…z, then aa…zz, as Word counts letters.
    private static func letters(_ value: Int, uppercase: Bool) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8((uppercase ? 65 : 97) + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard (1..<4000).contains(value) else { return "\(value)" }
        let numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }

    /// 一 … 十 十一 … 一百〇五 … 九千九百九十九; 零 for a gap; beyond that, digit by digit.
    private static func chinese(_ value: Int, digits: [Character], units: [String], tenAlone: Bool) -> String {
        guard (1..<10_000).contains(value) else {
            return value == 0 ? String(digits[0]) : String("\(value)".compactMap { $0.wholeNumberValue.map { digits[$0] } })
        }
        let places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        var result = ""
        var gap = false
        for (index, digit) in places.enumerated() {
            guard digit > 0 else {
                gap = !result.isEmpty
                continue
            }
            if gap { result.append(digits[0]) }
            gap = false
            let unit = units[3 - index]
            if !(tenAlone && digit == 1 && unit == units[1] && result.isEmpty) { result.append(digits[digit]) }
            result += unit
        }
        return result
    }

    private static func cycle(_ value: Int, _ signs: [Character]) -> String {
        guard value > 0 else { return "\(value)" }
        return String(signs[(value - 1) % signs.count])
    }
}
