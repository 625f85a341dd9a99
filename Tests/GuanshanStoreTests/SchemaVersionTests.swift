import Foundation
import GRDB
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// What the stores do with a database another version or another node touched.
@Suite struct SchemaVersionTests {
    @Test func aPostgreSQLSchemaOfANewerVersionIsRefused() async throws {
        let url = try TestPostgres.freshDatabaseURL()
        let store = try await PostgresStore(address: try PostgresAddress(url))
        try await store.client.using { try await $0.execute("INSERT INTO guanshan_migration (name) VALUES ('v99: from the future')") }
        await #expect(throws: NewerSchemaError(unknownSteps: ["v99: from the future"])) {
            _ = try await PostgresStore(address: try PostgresAddress(url))
        }
    }

    @Test func aSQLiteSchemaOfANewerVersionIsRefused() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try await store.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')") }
        #expect(throws: NewerSchemaError(unknownSteps: ["v99: from the future"])) { try SQLiteStore(path: path) }
    }

    /// A schema that is up to date is only read on opening, so that a read-only database (a hot standby,
    /// here a session that may not write) can be opened and backed up.
    @Test func aReadOnlyDatabaseOpensAndIsBackedUp() async throws {
        let url = try TestPostgres.freshDatabaseURL()
        let writable = try await PostgresStore(address: try PostgresAddress(url))
        _ = try await writable.saveNewDocuments([StoreFixtures.newDocument(hash: "standby")])
        let readOnly = try await PostgresStore(address: try PostgresAddress(url.replacingOccurrences(
            of: "options=-c%20", with: "options=-c%20default_transaction_read_only%3Don%20-c%20")))
        await #expect(throws: (any Error).self) { try await readOnly.setSettings(["siteName": "x"]) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-\(UUID().uuidString).backup").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try await readOnly.backup(to: path, originals: OriginalsInMemory())["document"] == 1)
    }

    /// Nodes saving the same content at once (seeding the demo library on their first start, say) save it
    /// once; the others are told it is a duplicate.
    @Test func nodesSavingTheSameContentAtOnceSaveItOnce() async throws {
        let url = try TestPostgres.freshDatabaseURL()
        let nodes = try await [PostgresStore(address: try PostgresAddress(url)), PostgresStore(address: try PostgresAddress(url))]
        let outcomes = try await withThrowingTaskGroup(of: [SaveOutcome].self) { group in
            for index in 0..<8 {
                group.addTask { try await nodes[index % 2].saveNewDocuments((0..<5).map { StoreFixtures.newDocument(hash: "demo-\($0)") }) }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let inserted = outcomes.filter { if case .inserted = $0 { true } else { false } }
        #expect(inserted.count == 5)
        #expect(outcomes.count == 40)
        #expect(try await nodes[0].documentCount() == 5)
    }

    /// Tokens made before scopes and expiry become read-write tokens that expire 90 days after the
    /// migration: they keep working for what they were made for, and lose admin powers and eternity.
    @Test func aSQLiteTokenOfVersion8BecomesReadWriteFor90Days() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let old = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(old, upTo: "v8: published counts kept by triggers")
        try await old.write { db in
            try db.execute(sql: """
                INSERT INTO account (id, name, name_key, display_name, password_hash, role, created_at)
                VALUES (1, 'root', 'root', 'root', 'x', 'admin', '2026-01-01 00:00:00.000');
                INSERT INTO api_token (id, account_id, name, secret_hash, created_at) VALUES (7, 1, 'ci', 'hash', '2026-01-02 00:00:00.000');
                """)
        }
        try old.close()
        try await Self.expectReadWriteFor90Days(try SQLiteStore(path: path))
    }

    @Test func aPostgreSQLTokenOfVersion8BecomesReadWriteFor90Days() async throws {
        let url = try TestPostgres.freshDatabaseURL()
        let current = try await PostgresStore(address: try PostgresAddress(url))
        // Back to the schema of version 8, with a token of that time.
        try await current.client.using { connection in
            try await connection.execute("DELETE FROM guanshan_migration WHERE name = 'v9: token scopes and expiry'")
            try await connection.execute("ALTER TABLE api_token DROP COLUMN scope, DROP COLUMN expires_at")
            try await connection.execute("""
                INSERT INTO account (id, name, name_key, display_name, password_hash, role, created_at)
                VALUES (1, 'root', 'root', 'root', 'x', 'admin', now())
                """)
            try await connection.execute("INSERT INTO api_token (id, account_id, name, secret_hash, created_at) VALUES (7, 1, 'ci', 'hash', now())")
        }
        try await Self.expectReadWriteFor90Days(try await PostgresStore(address: try PostgresAddress(url)))
    }

    private static func expectReadWriteFor90Days(_ store: any Store) async throws {
        let token = try #require(try await store.tokens(userID: 1).first)
        #expect(token.id == 7 && token.scope == .readWrite)
        #expect(abs(token.expires.timeIntervalSinceNow - 90 * 86_400) < 600)
    }
}
