/// The sensitive-word lists (敏感词), one a policy, kept in the store so that every node applies the same.
public protocol SensitiveWordStore: Sendable {
    /// Every word of every list, ordered by policy (block, hold, mask) and then by word (byte order).
    func sensitiveWords() async throws -> [SensitiveWord]
    /// Replaces the whole list of `policy` with `words` (already checked and distinct; may be empty), and in
    /// the same transaction sets the setting `words.revision` to `revision`, so that every node sees the
    /// change in the change log (settings writes are logged by the existing triggers) and reloads the lists.
    func replaceSensitiveWords(_ words: [String], policy: WordPolicy, revision: String) async throws
}
