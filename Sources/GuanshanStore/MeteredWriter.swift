import GRDB
import GuanshanModel

/// The SQLite database, each access counted by `StoreActivity`.
struct MeteredWriter: Sendable {
    let base: any DatabaseWriter
    let activity: StoreActivity

    init(_ base: any DatabaseWriter) {
        self.base = base
        // A pool's readers and its one writer; a queue (the in-memory test database) is one connection.
        let connections = base is DatabasePool ? base.configuration.maximumReaderCount + 1 : 1
        activity = StoreActivity(kind: "sqlite", connectionLimit: connections)
    }

    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        try await activity.measure { try await base.read(value) }
    }

    func unsafeRead<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        try await activity.measure { try await base.unsafeRead(value) }
    }

    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        try await activity.measure { try await base.write(updates) }
    }

    func writeWithoutTransaction<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        try await activity.measure { try await base.writeWithoutTransaction(updates) }
    }
}
