import GuanshanModel
import GuanshanText

/// The plain text of a body as the store keeps it beside the blocks, for search: block texts joined by
/// U+001E. A U+001E inside a block becomes a space, which search treats the same (it is white space).
public enum BlockTexts {
    static let separator: Character = "\u{1E}"

    public static func join(_ blocks: [Block]) -> String {
        blocks.map { block in
            let text = block.plainText
            return text.utf8.contains(0x1E) ? text.replacingOccurrences(of: String(separator), with: " ") : text
        }.joined(separator: String(separator))
    }

    /// The block texts, sharing `text`'s storage.
    public static func split(_ text: String) -> [Substring] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
