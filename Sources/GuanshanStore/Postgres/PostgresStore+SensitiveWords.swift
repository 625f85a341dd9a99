import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func sensitiveWords() async throws -> [SensitiveWord] {
        try await client.rows(PostgresQuery(unsafeSQL: SensitiveWordLists.everyWord)).compactMap { row in
            // A policy this version does not know (written by a newer node) is left out rather than mislabeled.
            try WordPolicy(rawValue: row.get("policy")).map { try SensitiveWord(word: row.get("word"), policy: $0) }
        }
    }

    public func replaceSensitiveWords(_ words: [String], policy: WordPolicy, revision: String) async throws {
        try await transaction { connection in
            // Replacements wait for one another, so that the second's DELETE sees the words the first wrote.
            try await connection.execute("LOCK TABLE sensitive_word IN SHARE ROW EXCLUSIVE MODE")
            try await connection.execute("DELETE FROM sensitive_word WHERE policy = \(policy.rawValue)")
            try await connection.execute(
                "INSERT INTO sensitive_word (policy, word) SELECT \(policy.rawValue)::text, unnest(\(words)::text[])")
            try await Self.setSettings([SensitiveWordLists.revisionKey: revision], on: connection)
        }
    }
}
