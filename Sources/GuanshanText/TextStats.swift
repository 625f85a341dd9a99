/// Everything the text rules derive from a body, computed once when it is saved.
public struct TextStats: Hashable, Sendable, Codable {
    public var characterCount: Int
    public var readingMinutes: Int
    public var pages: [PageStart]
    public var outline: [OutlineEntry]
    /// `Fingerprint.simHash` of the blocks' plain text, one block a line.
    public var fingerprint: UInt64

    public init(characterCount: Int, readingMinutes: Int, pages: [PageStart], outline: [OutlineEntry],
                fingerprint: UInt64) {
        self.characterCount = characterCount
        self.readingMinutes = readingMinutes
        self.pages = pages
        self.outline = outline
        self.fingerprint = fingerprint
    }

    public init(blocks: [Block], budget: Int = Pagination.defaultBudget, readingSpeed: Int = TextRules.charactersPerMinute) {
        let count = TextRules.characterCount(of: blocks)
        self.init(
            characterCount: count,
            readingMinutes: TextRules.readingMinutes(forCount: count, perMinute: readingSpeed),
            pages: Pagination.paginate(blocks, budget: budget),
            outline: Outline.entries(of: blocks),
            fingerprint: Fingerprint.simHash(of: blocks.map(\.plainText).joined(separator: "\n")))
    }
}
