import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    private static let userColumns = "a.id, a.name, a.display_name, a.role, a.disabled, a.created_at, a.contributor"

    private static func user(_ row: Row) -> User {
        User(
            id: row["id"], name: row["name"], displayName: row["display_name"], role: Role(rawValue: row["role"]) ?? .reader,
            disabled: row["disabled"], created: row["created_at"], contributor: row["contributor"])
    }

    public func createUser(_ new: NewUser) async throws -> User {
        try await writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name_key = ?", arguments: [new.nameKey]) == true {
                throw StoreError.nameTaken
            }
            try db.execute(
                sql: "INSERT INTO account (name, name_key, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [new.name, new.nameKey, new.name, new.passwordHash, new.role.rawValue, new.created])
            return User(id: db.lastInsertedRowID, name: new.name, displayName: new.name, role: new.role, disabled: false, created: new.created)
        }
    }

    public func user(id: Int64) async throws -> User? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.userColumns) FROM account a WHERE a.id = ?", arguments: [id]).map(Self.user)
        }
    }

    public func credentials(nameKey: String) async throws -> Credentials? {
        try await credentials(where: "a.name_key = ?", nameKey)
    }

    public func credentials(userID: Int64) async throws -> Credentials? {
        try await credentials(where: "a.id = ?", userID)
    }

    private func credentials(where condition: String, _ value: some DatabaseValueConvertible & Sendable) async throws -> Credentials? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.userColumns), a.password_hash FROM account a WHERE \(condition)", arguments: [value])
                .map { Credentials(user: Self.user($0), passwordHash: $0["password_hash"]) }
        }
    }

    public func users(offset: Int, limit: Int) async throws -> UserList {
        try await writer.read { db in
            let users = try Row.fetchAll(
                db, sql: "SELECT \(Self.userColumns) FROM account a ORDER BY a.id LIMIT ? OFFSET ?", arguments: [limit, offset]
            ).map(Self.user)
            return UserList(users: users, total: try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0)
        }
    }

    public func hasAdmin() async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE role = 'admin' AND NOT disabled LIMIT 1") == true
        }
    }

    public func setDisplayName(userID: Int64, _ name: String) async throws {
        try await write("UPDATE account SET display_name = ? WHERE id = ?", [name, userID])
    }

    public func setPasswordHash(userID: Int64, _ hash: String) async throws {
        try await write("UPDATE account SET password_hash = ? WHERE id = ?", [hash, userID])
    }

    public func setRole(userID: Int64, _ role: Role) async throws {
        try await write("UPDATE account SET role = ? WHERE id = ?", [role.rawValue, userID])
    }

    public func setDisabled(userID: Int64, _ disabled: Bool) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, userID])
            if disabled {
                try db.execute(sql: "DELETE FROM account_session WHERE account_id = ?", arguments: [userID])
            }
        }
    }

    public func setContributor(userID: Int64, _ contributor: Bool) async throws {
        try await write("UPDATE account SET contributor = ? WHERE id = ?", [contributor, userID])
    }

    public func deleteUser(id: Int64) async throws {
        try await write("DELETE FROM account WHERE id = ?", [id])
    }

    public func createSession(secretHash: String, userID: Int64, at: Date) async throws {
        try await write(
            "INSERT INTO account_session (secret_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
            [secretHash, userID, at, at])
    }

    public func session(secretHash: String) async throws -> SessionRecord? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.userColumns), s.created_at AS session_created, s.last_seen_at
                FROM account_session s JOIN account a ON a.id = s.account_id WHERE s.secret_hash = ?
                """, arguments: [secretHash]).map {
                SessionRecord(user: Self.user($0), created: $0["session_created"], lastSeen: $0["last_seen_at"])
            }
        }
    }

    public func touchSession(secretHash: String, at: Date) async throws {
        try await write("UPDATE account_session SET last_seen_at = ? WHERE secret_hash = ?", [at, secretHash])
    }

    public func deleteSession(secretHash: String) async throws {
        try await write("DELETE FROM account_session WHERE secret_hash = ?", [secretHash])
    }

    public func deleteSessions(userID: Int64, except secretHash: String?) async throws {
        try await write("DELETE FROM account_session WHERE account_id = ? AND secret_hash IS NOT ?", [userID, secretHash])
    }

    public func deleteExpiredSessions(idleBefore: Date, createdBefore: Date) async throws {
        try await write("DELETE FROM account_session WHERE last_seen_at < ? OR created_at < ?", [idleBefore, createdBefore])
    }

    public func createToken(_ new: NewToken) async throws -> APIToken {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO api_token (account_id, name, secret_hash, scope, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [new.userID, new.name, new.secretHash, new.scope.rawValue, new.created, new.expires])
            return APIToken(id: db.lastInsertedRowID, name: new.name, scope: new.scope, created: new.created, expires: new.expires, lastUsed: nil)
        }
    }

    private static let tokenColumns = "t.id AS token_id, t.name AS token_name, t.scope, t.created_at AS token_created, t.expires_at, t.last_used_at"

    private static func token(_ row: Row) -> APIToken {
        APIToken(
            id: row["token_id"], name: row["token_name"], scope: TokenScope(rawValue: row["scope"]) ?? .read, created: row["token_created"],
            expires: row["expires_at"], lastUsed: row["last_used_at"])
    }

    public func tokens(userID: Int64) async throws -> [APIToken] {
        try await writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.tokenColumns) FROM api_token t WHERE t.account_id = ? ORDER BY t.id DESC", arguments: [userID]
            ).map(Self.token)
        }
    }

    public func deleteToken(userID: Int64, tokenID: Int64) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM api_token WHERE id = ? AND account_id = ?", arguments: [tokenID, userID])
            return db.changesCount > 0
        }
    }

    public func token(secretHash: String) async throws -> TokenHolder? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.userColumns), \(Self.tokenColumns)
                FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.secret_hash = ?
                """, arguments: [secretHash]
            ).map { TokenHolder(token: Self.token($0), user: Self.user($0)) }
        }
    }

    public func touchToken(id: Int64, at: Date) async throws {
        try await write("UPDATE api_token SET last_used_at = ? WHERE id = ?", [at, id])
    }

    public func deleteExpiredTokens(before date: Date) async throws {
        try await write("DELETE FROM api_token WHERE expires_at < ?", [date])
    }

    public func recordLoginFailure(keys: [String], at: Date) async throws {
        try await writer.write { db in
            for key in keys {
                try db.execute(sql: "INSERT INTO login_failure (key, at) VALUES (?, ?)", arguments: [key, at])
            }
        }
    }

    public func loginFailures(keys: [String], since: Date) async throws -> [String: FailureTally] {
        guard !keys.isEmpty else { return [:] }
        return try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT key, count(*) AS failures, min(at) AS first, max(at) AS last FROM login_failure
                WHERE key IN (\(Array(repeating: "?", count: keys.count).joined(separator: ", "))) AND at >= ? GROUP BY key
                """, arguments: StatementArguments(keys + [since.databaseValue]))
            return Dictionary(uniqueKeysWithValues: rows.map {
                ($0["key"], FailureTally(count: $0["failures"], first: $0["first"], last: $0["last"]))
            })
        }
    }

    public func clearLoginFailures(key: String) async throws {
        try await write("DELETE FROM login_failure WHERE key = ?", [key])
    }

    public func forgetLoginFailure(keys: [String], at: Date) async throws {
        try await writer.write { db in
            for key in keys {
                try db.execute(sql: """
                    DELETE FROM login_failure WHERE rowid =
                        (SELECT rowid FROM login_failure WHERE key = ? AND at BETWEEN ? AND ? LIMIT 1)
                    """, arguments: [key, at - FailureTally.timeTolerance, at + FailureTally.timeTolerance])
            }
        }
    }

    public func deleteLoginFailures(before: Date) async throws {
        try await write("DELETE FROM login_failure WHERE at < ?", [before])
    }

    public func setFavorite(userID: Int64, documentID: Int64, _ on: Bool, at: Date) async throws {
        if on {
            try await write(
                "INSERT INTO favorite (account_id, document_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [userID, documentID, at])
        } else {
            try await write("DELETE FROM favorite WHERE account_id = ? AND document_id = ?", [userID, documentID])
        }
    }

    public func isFavorite(userID: Int64, documentID: Int64) async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM favorite WHERE account_id = ? AND document_id = ?", arguments: [userID, documentID]) == true
        }
    }

    public func favorites(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        try await personalList(.favorites, userID: userID, offset: offset, limit: limit)
    }

    public func recordReadings(_ marks: [ReadingMark]) async throws {
        guard !marks.isEmpty else { return }
        try await writer.write { db in
            for mark in marks {
                // A mark for a document deleted meanwhile has nothing to point to.
                try db.execute(sql: """
                    INSERT INTO reading_history (account_id, document_id, page, block, read_at)
                    SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM document WHERE id = ?) AND EXISTS (SELECT 1 FROM account WHERE id = ?)
                    ON CONFLICT (account_id, document_id) DO UPDATE SET page = excluded.page, block = excluded.block, read_at = excluded.read_at
                    WHERE excluded.read_at >= reading_history.read_at
                    """, arguments: [mark.userID, mark.documentID, mark.page, mark.block, mark.at, mark.documentID, mark.userID])
            }
        }
    }

    public func readingMark(userID: Int64, documentID: Int64) async throws -> ReadingMark? {
        try await writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT page, block, read_at FROM reading_history WHERE account_id = ? AND document_id = ?",
                arguments: [userID, documentID]
            ).map { ReadingMark(userID: userID, documentID: documentID, page: $0["page"], block: $0["block"], at: $0["read_at"]) }
        }
    }

    public func history(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        try await personalList(.history, userID: userID, offset: offset, limit: limit)
    }

    public func deleteHistory(userID: Int64, documentID: Int64?) async throws {
        if let documentID {
            try await write("DELETE FROM reading_history WHERE account_id = ? AND document_id = ?", [userID, documentID])
        } else {
            try await write("DELETE FROM reading_history WHERE account_id = ?", [userID])
        }
    }

    /// Favorites or history: the table's rows of one reader whose documents are published, newest first.
    private func personalList(_ source: PersonalListSource, userID: Int64, offset: Int, limit: Int) async throws -> PersonalList {
        let (table, time, page, join) = (source.table, source.time, source.page, source.join)
        return try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(SummaryRow.columns), x.\(time) AS at, \(page) AS reached, \(source.block) AS block
                FROM \(table) x JOIN document d ON d.id = x.document_id LEFT JOIN category c ON c.id = d.category_id \(join)
                WHERE x.account_id = ? AND d.status = 'published'
                ORDER BY x.\(time) DESC, d.id DESC LIMIT ? OFFSET ?
                """, arguments: [userID, limit, offset])
            let total = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM \(table) x JOIN document d ON d.id = x.document_id
                WHERE x.account_id = ? AND d.status = 'published'
                """, arguments: [userID]) ?? 0
            return PersonalList(
                entries: rows.map { PersonalEntry(document: SummaryRow.decode($0), at: $0["at"], page: $0["reached"], block: $0["block"]) }, total: total)
        }
    }

    func write(_ sql: String, _ arguments: StatementArguments) async throws {
        try await writer.write { db in try db.execute(sql: sql, arguments: arguments) }
    }
}
