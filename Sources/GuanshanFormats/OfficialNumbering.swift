/// The numbering that opens a paragraph of a Chinese official document: `一、` `（一）` `1.` `1、`
/// `（1）` `第一章` `第一条` `①`.
enum OfficialNumbering {
    static func starts(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(12))
        guard let first = scalars.first else { return false }
        if ("①"..."⑳").contains(first) { return true }
        let bracketed = first == "（" || first == "("
        let start = bracketed || first == "第" ? 1 : 0
        var end = start
        let chinese = end < scalars.count && numerals.contains(scalars[end])
        while end < scalars.count, chinese ? numerals.contains(scalars[end]) : isDigit(scalars[end]) { end += 1 }
        guard end > start, end < scalars.count else { return false }
        let next = scalars[end]
        if bracketed { return next == "）" || next == ")" }
        if first == "第" { return sectionWords.contains(next) }
        if chinese { return next == "、" || next == "．" || next == "." }
        // `1.5` is a number, and `(x=0).` or `FAT32）。` a number closing a sentence.
        guard numberEnds.contains(next), end + 1 < scalars.count else { return false }
        let after = scalars[end + 1]
        return !isDigit(after) && !closingPunctuation.contains(after)
    }

    private static let closingPunctuation: Set<Unicode.Scalar> = [
        ".", ",", ";", ":", "!", "?", ")", "。", "，", "；", "：", "！", "？", "）", "、",
    ]

    private static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "零", "〇", "两"]
    private static let numberEnds: Set<Unicode.Scalar> = ["、", "．", ".", ")", "）"]
    private static let sectionWords: Set<Unicode.Scalar> = ["章", "节", "条", "编", "部", "篇", "卷", "回", "款"]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
