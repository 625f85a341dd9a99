/// The counting rules of docs/text-rules.md: what the site shows as 共计N个字 and 预计阅读时长N分钟.
public enum TextRules {
    /// Characters (grapheme clusters) left after every Unicode White_Space character is removed.
    public static func characterCount(of text: String) -> Int {
        guard text.unicodeScalars.contains(where: \.isWhiteSpace) else { return text.count }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !$0.isWhiteSpace })
        return String(scalars).count
    }

    /// The sum of the blocks' counts; each block is counted on its own plain text.
    public static func characterCount(of blocks: [Block]) -> Int {
        blocks.reduce(0) { $0 + characterCount(of: $1.plainText) }
    }

    /// ceil(count / 300), or by the site's reading speed: at least one minute for a non-empty body, none
    /// for an empty one.
    public static func readingMinutes(forCount count: Int, perMinute speed: Int = charactersPerMinute) -> Int {
        guard count > 0 else { return 0 }
        let speed = max(speed, 1)
        return (count + speed - 1) / speed
    }

    public static let charactersPerMinute = 300
}
