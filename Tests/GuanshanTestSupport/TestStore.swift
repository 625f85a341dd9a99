import Foundation
import GuanshanStore
import GuanshanModel

/// The store the library and web tests run on: SQLite in memory, or with `GUANSHAN_TEST_STORE=postgres`
/// a fresh schema on the test PostgreSQL (see `TestPostgres`). `Scripts/test` runs them on both.
public enum TestStore {
    public static var isPostgres: Bool { ProcessInfo.processInfo.environment["GUANSHAN_TEST_STORE"] == "postgres" }

    public static func make() async throws -> any Store {
        guard isPostgres else { return try SQLiteStore.inMemory() }
        return try await PostgresStore(address: try PostgresAddress(try TestPostgres.freshDatabaseURL()), maximumConnections: 4)
    }
}
