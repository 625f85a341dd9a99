import GuanshanModel
import GRDB

extension SQLiteStore {
    public func sensitiveWords() async throws -> [SensitiveWord] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: SensitiveWordLists.everyWord).compactMap { row in
                // A policy this version does not know (written by a newer node) is left out rather than mislabeled.
                WordPolicy(rawValue: row["policy"]).map { SensitiveWord(word: row["word"], policy: $0) }
            }
        }
    }

    public func replaceSensitiveWords(_ words: [String], policy: WordPolicy, revision: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM sensitive_word WHERE policy = ?", arguments: [policy.rawValue])
            let insert = try db.makeStatement(sql: "INSERT INTO sensitive_word (policy, word) VALUES (?, ?)")
            for word in words {
                try insert.execute(arguments: [policy.rawValue, word])
            }
            try Self.setSettings([SensitiveWordLists.revisionKey: revision], in: db)
        }
    }
}

/// What both stores share about the sensitive-word lists.
enum SensitiveWordLists {
    /// The setting written with every change of a list: its write is logged, and every node reloads the lists.
    static let revisionKey = "words.revision"
    /// Every word, by policy (the names sort as the lists are ordered: block, hold, mask) and then by the
    /// word's bytes (the column's collation on both stores).
    static let everyWord = "SELECT policy, word FROM sensitive_word ORDER BY policy, word"
}
