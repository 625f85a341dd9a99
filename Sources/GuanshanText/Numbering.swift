/// The numbering of a Chinese official document at the start of a paragraph, and what follows it:
/// `一、` level 1, `（一）` level 2, `1.` `1．` `1、` level 3, `（1）` level 4, `第一章` level 1,
/// `第一节` level 2, `第一条` level 3. ASCII and full-width brackets are alike; numbers of `第…` may be
/// Chinese or Arabic.
struct Numbering {
    var level: Int
    /// The number as written: `（四）`, `1.`, `第一章`.
    var number: String
    /// The text after the number, without the white space around it; never empty.
    var rest: Substring

    /// The longest numbered paragraph, in Characters after the number, that can be a heading by itself.
    static let maxHeadingLength = 80

    init?(parsing text: String) {
        let text = text.drop(while: \.isWhiteSpace)
        guard let first = text.first else { return nil }
        let parsed: (level: Int, end: Substring.Index)?
        if first == "第" {
            parsed = Self.chapter(in: text)
        } else if Self.openingBrackets.contains(first) {
            parsed = Self.bracketed(in: text)
        } else if Self.chineseDigits.contains(first) {
            parsed = Self.chineseListNumber(in: text)
        } else {
            parsed = Self.arabicListNumber(in: text)
        }
        guard let (level, end) = parsed else { return nil }
        let tail = text[end...]
        var rest = tail.drop(while: \.isWhiteSpace)
        if first == "第", let separator = rest.first, Self.chapterSeparators.contains(separator) {
            rest = rest.dropFirst().drop(while: \.isWhiteSpace)
        }
        while let last = rest.last, last.isWhiteSpace { rest = rest.dropLast() }
        guard !rest.isEmpty else { return nil }
        self.level = level
        self.number = String(text[..<end])
        self.rest = rest
        if first == "第", !Self.standsApart(tail), !isHeadingOnly { return nil }
    }

    /// A short numbered line with no sentence in it: a heading and nothing else.
    var isHeadingOnly: Bool {
        rest.dropFirst(Self.maxHeadingLength).isEmpty && Sentences.firstTerminator(in: rest) == nil
    }

    private static let chineseDigits: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                                        "百", "千", "零", "〇"]
    private static let arabicDigits: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                                                       "０", "１", "２", "３", "４", "５", "６", "７", "８", "９"]
    private static let openingBrackets: Set<Character> = ["(", "（"]
    private static let closingBrackets: Set<Character> = [")", "）"]
    private static let listSeparators: Set<Character> = [".", "．", "、"]
    private static let chapterLevels: [Character: Int] = ["章": 1, "节": 2, "条": 3]
    private static let chapterSeparators: Set<Character> = ["、", "：", ":", ".", "．", "，", ","]

    /// `第一章` `第1条`.
    private static func chapter(in text: Substring) -> (level: Int, end: Substring.Index)? {
        guard let afterNumber = numberEnd(in: text.dropFirst(), maxArabicDigits: 4), afterNumber < text.endIndex,
              let level = chapterLevels[text[afterNumber]] else { return nil }
        return (level, text.index(after: afterNumber))
    }

    /// `（一）` level 2, `（1）` level 4.
    private static func bracketed(in text: Substring) -> (level: Int, end: Substring.Index)? {
        let inner = text.dropFirst()
        guard let first = inner.first, let afterNumber = numberEnd(in: inner), afterNumber < text.endIndex,
              closingBrackets.contains(text[afterNumber]) else { return nil }
        return (chineseDigits.contains(first) ? 2 : 4, text.index(after: afterNumber))
    }

    /// `一、`.
    private static func chineseListNumber(in text: Substring) -> (level: Int, end: Substring.Index)? {
        guard let afterNumber = numberEnd(in: text), afterNumber < text.endIndex, text[afterNumber] == "、"
        else { return nil }
        return (1, text.index(after: afterNumber))
    }

    /// `1.` `1．` `1、`, but not `1.5倍`.
    private static func arabicListNumber(in text: Substring) -> (level: Int, end: Substring.Index)? {
        guard let first = text.first, arabicDigits.contains(first),
              let afterNumber = numberEnd(in: text), afterNumber < text.endIndex,
              listSeparators.contains(text[afterNumber]) else { return nil }
        let end = text.index(after: afterNumber)
        if end < text.endIndex, arabicDigits.contains(text[end]) { return nil }
        return (3, end)
    }

    /// Where a number that starts `text` ends: up to `maxArabicDigits` Arabic digits (so `2022.` is
    /// a year, not a number) or up to seven Chinese numerals (`一千二百六十`).
    private static func numberEnd(in text: Substring, maxArabicDigits: Int = 3) -> Substring.Index? {
        guard let first = text.first else { return nil }
        let isArabic = arabicDigits.contains(first)
        let number = text.prefix(while: (isArabic ? arabicDigits : chineseDigits).contains)
        guard !number.isEmpty, number.count <= (isArabic ? maxArabicDigits : 7) else { return nil }
        return number.endIndex
    }

    /// Whether `第一章` stands apart from what follows (`第一章　总则`, `第一条：`), unlike `第一条路`.
    private static func standsApart(_ tail: Substring) -> Bool {
        guard let next = tail.first else { return true }
        return next.isWhiteSpace || chapterSeparators.contains(next)
    }
}
