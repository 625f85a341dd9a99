import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore: AccountStore {
    private static let userColumns = "a.id, a.name, a.display_name, a.role, a.disabled, a.created_at, a.contributor"

    private static func user(_ row: PostgresRandomAccessRow) throws -> User {
        User(
            id: try row.get("id"), name: try row.get("name"), displayName: try row.get("display_name"),
            role: Role(rawValue: try row.get("role")) ?? .reader, disabled: try row.get("disabled"), created: try row.get("created_at"),
            contributor: try row.get("contributor"))
    }

    public func createUser(_ new: NewUser) async throws -> User {
        // The unique name key, not a check before the insert, keeps two nodes from taking one name.
        do {
            guard let id = try await client.value("""
                INSERT INTO account (name, name_key, display_name, password_hash, role, created_at)
                VALUES (\(new.name), \(new.nameKey), \(new.name), \(new.passwordHash), \(new.role.rawValue), \(new.created))
                RETURNING id
                """, as: Int64.self)
            else { throw PostgresStoreError.noRowReturned }
            return User(id: id, name: new.name, displayName: new.name, role: new.role, disabled: false, created: new.created)
        } catch let error where error.isUniqueViolation {
            throw StoreError.nameTaken
        }
    }

    public func user(id: Int64) async throws -> User? {
        try await client.row("SELECT \(unescaped: Self.userColumns) FROM account a WHERE a.id = \(id)").map(Self.user)
    }

    public func credentials(nameKey: String) async throws -> Credentials? {
        try await client.row(
            "SELECT \(unescaped: Self.userColumns), a.password_hash FROM account a WHERE a.name_key = \(nameKey)"
        ).map(Self.credentials)
    }

    public func credentials(userID: Int64) async throws -> Credentials? {
        try await client.row(
            "SELECT \(unescaped: Self.userColumns), a.password_hash FROM account a WHERE a.id = \(userID)"
        ).map(Self.credentials)
    }

    private static func credentials(_ row: PostgresRandomAccessRow) throws -> Credentials {
        Credentials(user: try user(row), passwordHash: try row.get("password_hash"))
    }

    public func users(offset: Int, limit: Int) async throws -> UserList {
        let rows = try await client.rows("""
            SELECT \(unescaped: Self.userColumns), count(*) OVER () AS total
            FROM account a ORDER BY a.id LIMIT \(limit) OFFSET \(offset)
            """)
        let total: Int = if let first = rows.first {
            try first.get("total")
        } else {
            try await client.value("SELECT count(*) FROM account") ?? 0
        }
        return UserList(users: try rows.map(Self.user), total: total)
    }

    public func hasAdmin() async throws -> Bool {
        try await client.value("SELECT 1 FROM account WHERE role = 'admin' AND NOT disabled LIMIT 1", as: Int.self) != nil
    }

    public func setDisplayName(userID: Int64, _ name: String) async throws {
        try await client.execute("UPDATE account SET display_name = \(name) WHERE id = \(userID)")
    }

    public func setPasswordHash(userID: Int64, _ hash: String) async throws {
        try await client.execute("UPDATE account SET password_hash = \(hash) WHERE id = \(userID)")
    }

    public func setRole(userID: Int64, _ role: Role) async throws {
        try await client.execute("UPDATE account SET role = \(role.rawValue) WHERE id = \(userID)")
    }

    public func setDisabled(userID: Int64, _ disabled: Bool) async throws {
        try await transaction { connection in
            try await connection.execute("UPDATE account SET disabled = \(disabled) WHERE id = \(userID)")
            if disabled {
                try await connection.execute("DELETE FROM account_session WHERE account_id = \(userID)")
            }
        }
    }

    public func setContributor(userID: Int64, _ contributor: Bool) async throws {
        try await client.execute("UPDATE account SET contributor = \(contributor) WHERE id = \(userID)")
    }

    public func deleteUser(id: Int64) async throws {
        try await client.execute("DELETE FROM account WHERE id = \(id)")
    }

    public func createSession(secretHash: String, userID: Int64, at: Date) async throws {
        try await client.execute("""
            INSERT INTO account_session (secret_hash, account_id, created_at, last_seen_at) VALUES (\(secretHash), \(userID), \(at), \(at))
            """)
    }

    public func session(secretHash: String) async throws -> SessionRecord? {
        try await client.row("""
            SELECT \(unescaped: Self.userColumns), s.created_at AS session_created, s.last_seen_at
            FROM account_session s JOIN account a ON a.id = s.account_id WHERE s.secret_hash = \(secretHash)
            """).map {
            SessionRecord(user: try Self.user($0), created: try $0.get("session_created"), lastSeen: try $0.get("last_seen_at"))
        }
    }

    public func touchSession(secretHash: String, at: Date) async throws {
        try await client.execute("UPDATE account_session SET last_seen_at = \(at) WHERE secret_hash = \(secretHash)")
    }

    public func deleteSession(secretHash: String) async throws {
        try await client.execute("DELETE FROM account_session WHERE secret_hash = \(secretHash)")
    }

    public func deleteSessions(userID: Int64, except secretHash: String?) async throws {
        try await client.execute(
            "DELETE FROM account_session WHERE account_id = \(userID) AND secret_hash IS DISTINCT FROM \(secretHash)::text")
    }

    public func deleteExpiredSessions(idleBefore: Date, createdBefore: Date) async throws {
        try await client.execute("DELETE FROM account_session WHERE last_seen_at < \(idleBefore) OR created_at < \(createdBefore)")
    }

    public func createToken(_ new: NewToken) async throws -> APIToken {
        guard let id = try await client.value("""
            INSERT INTO api_token (account_id, name, secret_hash, scope, created_at, expires_at)
            VALUES (\(new.userID), \(new.name), \(new.secretHash), \(new.scope.rawValue), \(new.created), \(new.expires))
            RETURNING id
            """, as: Int64.self)
        else { throw PostgresStoreError.noRowReturned }
        return APIToken(id: id, name: new.name, scope: new.scope, created: new.created, expires: new.expires, lastUsed: nil)
    }

    private static let tokenColumns = "t.id AS token_id, t.name AS token_name, t.scope, t.created_at AS token_created, t.expires_at, t.last_used_at"

    private static func token(_ row: PostgresRandomAccessRow) throws -> APIToken {
        APIToken(
            id: try row.get("token_id"), name: try row.get("token_name"), scope: TokenScope(rawValue: try row.get("scope")) ?? .read,
            created: try row.get("token_created"), expires: try row.get("expires_at"), lastUsed: try row.get("last_used_at"))
    }

    public func tokens(userID: Int64) async throws -> [APIToken] {
        try await client.rows(
            "SELECT \(unescaped: Self.tokenColumns) FROM api_token t WHERE t.account_id = \(userID) ORDER BY t.id DESC"
        ).map(Self.token)
    }

    public func deleteToken(userID: Int64, tokenID: Int64) async throws -> Bool {
        try await client.value(
            "DELETE FROM api_token WHERE id = \(tokenID) AND account_id = \(userID) RETURNING 1", as: Int.self) != nil
    }

    public func token(secretHash: String) async throws -> TokenHolder? {
        try await client.row("""
            SELECT \(unescaped: Self.userColumns), \(unescaped: Self.tokenColumns)
            FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.secret_hash = \(secretHash)
            """).map { TokenHolder(token: try Self.token($0), user: try Self.user($0)) }
    }

    public func touchToken(id: Int64, at: Date) async throws {
        try await client.execute("UPDATE api_token SET last_used_at = \(at) WHERE id = \(id)")
    }

    public func deleteExpiredTokens(before date: Date) async throws {
        try await client.execute("DELETE FROM api_token WHERE expires_at < \(date)")
    }

    public func recordLoginFailure(keys: [String], at: Date) async throws {
        try await client.execute("INSERT INTO login_failure (key, at) SELECT unnest(\(keys)::text[]), \(at)")
    }

    public func loginFailures(keys: [String], since: Date) async throws -> [String: FailureTally] {
        let rows = try await client.rows("""
            SELECT key, count(*) AS failures, min(at) AS first, max(at) AS last FROM login_failure
            WHERE key = ANY(\(keys)::text[]) AND at >= \(since) GROUP BY key
            """)
        return Dictionary(uniqueKeysWithValues: try rows.map {
            (try $0.get("key", as: String.self),
             FailureTally(count: try $0.get("failures"), first: try $0.get("first"), last: try $0.get("last")))
        })
    }

    public func clearLoginFailures(key: String) async throws {
        try await client.execute("DELETE FROM login_failure WHERE key = \(key)")
    }

    public func forgetLoginFailure(keys: [String], at: Date) async throws {
        let (from, to) = (at - FailureTally.timeTolerance, at + FailureTally.timeTolerance)
        for key in keys {
            try await client.execute("""
                DELETE FROM login_failure WHERE ctid =
                    (SELECT ctid FROM login_failure WHERE key = \(key) AND at BETWEEN \(from) AND \(to) LIMIT 1)
                """)
        }
    }

    public func deleteLoginFailures(before: Date) async throws {
        try await client.execute("DELETE FROM login_failure WHERE at < \(before)")
    }

    public func setFavorite(userID: Int64, documentID: Int64, _ on: Bool, at: Date) async throws {
        if on {
            try await client.execute("""
                INSERT INTO favorite (account_id, document_id, created_at) VALUES (\(userID), \(documentID), \(at)) ON CONFLICT DO NOTHING
                """)
        } else {
            try await client.execute("DELETE FROM favorite WHERE account_id = \(userID) AND document_id = \(documentID)")
        }
    }

    public func isFavorite(userID: Int64, documentID: Int64) async throws -> Bool {
        try await client.value(
            "SELECT 1 FROM favorite WHERE account_id = \(userID) AND document_id = \(documentID)", as: Int.self) != nil
    }

    public func favorites(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        try await personalList(.favorites, userID: userID, offset: offset, limit: limit)
    }

    public func recordReadings(_ marks: [ReadingMark]) async throws {
        guard !marks.isEmpty else { return }
        try await transaction { connection in
            for mark in marks {
                // A mark for a document or account deleted meanwhile has nothing to point to. The key share
                // locks keep them from going between the check and the insert.
                try await connection.execute("""
                    INSERT INTO reading_history (account_id, document_id, page, block, read_at)
                    SELECT \(mark.userID), \(mark.documentID), \(mark.page), \(mark.block), \(mark.at)
                    WHERE EXISTS (SELECT 1 FROM document WHERE id = \(mark.documentID) FOR KEY SHARE)
                      AND EXISTS (SELECT 1 FROM account WHERE id = \(mark.userID) FOR KEY SHARE)
                    ON CONFLICT (account_id, document_id) DO UPDATE SET page = excluded.page, block = excluded.block, read_at = excluded.read_at
                    WHERE excluded.read_at >= reading_history.read_at
                    """)
            }
        }
    }

    public func readingMark(userID: Int64, documentID: Int64) async throws -> ReadingMark? {
        try await client.row(
            "SELECT page, block, read_at FROM reading_history WHERE account_id = \(userID) AND document_id = \(documentID)"
        ).map {
            ReadingMark(
                userID: userID, documentID: documentID, page: try $0.get("page"), block: try $0.get("block"), at: try $0.get("read_at"))
        }
    }

    public func history(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        try await personalList(.history, userID: userID, offset: offset, limit: limit)
    }

    public func deleteHistory(userID: Int64, documentID: Int64?) async throws {
        if let documentID {
            try await client.execute("DELETE FROM reading_history WHERE account_id = \(userID) AND document_id = \(documentID)")
        } else {
            try await client.execute("DELETE FROM reading_history WHERE account_id = \(userID)")
        }
    }

    /// Favorites or history: the table's rows of one reader whose documents are published, newest first.
    private func personalList(_ source: PersonalListSource, userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        let (table, time, page, join) = (source.table, source.time, source.page, source.join)
        let rows = try await client.rows("""
            SELECT \(unescaped: SummaryRow.columns), x.\(unescaped: time) AS at, \(unescaped: page) AS reached,
                \(unescaped: source.block) AS block, count(*) OVER () AS total
            FROM \(unescaped: table) x JOIN document d ON d.id = x.document_id LEFT JOIN category c ON c.id = d.category_id \(unescaped: join)
            WHERE x.account_id = \(userID) AND d.status = 'published'
            ORDER BY x.\(unescaped: time) DESC, d.id DESC LIMIT \(limit) OFFSET \(offset)
            """)
        let total: Int = if let first = rows.first {
            try first.get("total")
        } else {
            try await client.value("""
                SELECT count(*) FROM \(unescaped: table) x JOIN document d ON d.id = x.document_id
                WHERE x.account_id = \(userID) AND d.status = 'published'
                """) ?? 0
        }
        let entries = try rows.map {
            PersonalEntry(
                document: try PostgresSummaryRow.decode($0), at: try $0.get("at"), page: try $0.get("reached"), block: try $0.get("block"))
        }
        return PersonalList(entries: entries, total: total)
    }
}
