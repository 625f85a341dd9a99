import Foundation
import GuanshanModel
import GRDB
import PostgresNIO

/// Backups of the whole library, taken while the site runs, and restores into an empty store.
public protocol BackupStore {
    /// Writes a backup of the library as it is at one moment to a new file at `path`.
    func backup(to path: String) async throws -> BackupCounts
    /// Loads `file` into this store, which must be empty, all at once or not at all.
    func restore(from file: BackupFile) async throws -> BackupCounts
}

extension SQLiteStore: BackupStore {
    /// VACUUM INTO reads the database in one transaction of its own: writers go on meanwhile.
    public func backup(to path: String) async throws -> BackupCounts {
        try await BackupFile.create(at: path) { [writer] partial in
            try await writer.unsafeRead { db in try db.execute(sql: "VACUUM INTO ?", arguments: [partial]) }
        }
    }

    public func restore(from file: BackupFile) async throws -> BackupCounts {
        try await writer.writeWithoutTransaction { db in
            let filled = try BackupSchema.tables.map(\.name).filter { table in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") ?? false
            }
            guard filled.isEmpty else { throw BackupError.storeNotEmpty(filled) }
            try file.database.read { source in try source.backup(to: db) }
        }
        return try await file.counts()
    }
}

extension PostgresStore: BackupStore {
    /// Reads every table in one REPEATABLE READ transaction, which sees the library as it was when it
    /// began however much is written meanwhile.
    public func backup(to path: String) async throws -> BackupCounts {
        try await BackupFile.create(at: path) { partial in
            let target = try DatabaseQueue(path: partial)
            try SQLiteMigrations.migrator.migrate(target)
            try await transaction { connection in
                try await connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                _ = try await TableCopy.copy(from: PostgresTableReader(connection: connection), to: SQLiteTableWriter(database: target))
            }
            try target.close()
        }
    }

    public func restore(from file: BackupFile) async throws -> BackupCounts {
        try await transaction { connection in
            var filled: [String] = []
            for table in BackupSchema.tables {
                let query = PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(table.name))")
                if try await connection.value(query, as: Bool.self) == true { filled.append(table.name) }
            }
            guard filled.isEmpty else { throw BackupError.storeNotEmpty(filled) }
            let writer = PostgresTableWriter(connection: connection)
            let counts = try await TableCopy.copy(from: SQLiteTableReader(database: file.database), to: writer)
            try await writer.advanceIdentities()
            return counts
        }
    }
}

extension PostgresStore {
    /// Moves the SQLite library at `database` into this store, which must be empty: a backup of it taken
    /// while its site may still run, restored here. The SQLite file is left as it was.
    public func moveIn(sqliteDatabase database: String) async throws -> BackupCounts {
        guard FileManager.default.fileExists(atPath: database) else { throw BackupError.fileNotFound(database) }
        let snapshot = "\(database)-move-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: snapshot) }
        _ = try await SQLiteStore(path: database).backup(to: snapshot)
        return try await restore(from: try BackupFile(path: snapshot))
    }
}
