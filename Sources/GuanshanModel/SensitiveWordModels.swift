/// What the site does with text that holds a word of a list.
public enum WordPolicy: String, Sendable, CaseIterable, Codable {
    /// Refused: a search for it finds nothing, a name or text holding it is not taken.
    case block
    /// Held for an editor's review.
    case hold
    /// Shown with ＊ in place of each of its characters.
    case mask
}

/// A word of one of the sensitive-word lists (敏感词), with the list it is on.
public struct SensitiveWord: Sendable, Hashable {
    public var word: String
    public var policy: WordPolicy

    public init(word: String, policy: WordPolicy) {
        self.word = word
        self.policy = policy
    }
}
