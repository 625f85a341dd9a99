import Foundation
import GuanshanModel
import GRDB
import PostgresNIO

/// Backups of the whole library, taken while the site runs, and restores into an empty store.
public protocol BackupStore {
    /// Writes a backup of the library as it is at one moment to a new file at `path`, with the bytes of
    /// its originals from `originals`.
    func backup(to path: String, originals: any OriginalStorage) async throws -> BackupCounts
    /// Loads `file` into this store, which must be empty, all at once or not at all; the bytes of its
    /// originals are kept in `originals` first.
    func restore(from file: BackupFile, originals: any OriginalStorage) async throws -> BackupCounts
}

extension SQLiteStore: BackupStore {
    /// VACUUM INTO reads the database in one transaction of its own: writers go on meanwhile.
    public func backup(to path: String, originals: any OriginalStorage) async throws -> BackupCounts {
        try await BackupFile.create(at: path, originals: originals) { [writer] partial in
            try await writer.unsafeRead { db in try db.execute(sql: "VACUUM INTO ?", arguments: [partial]) }
        }
    }

    public func restore(from file: BackupFile, originals: any OriginalStorage) async throws -> BackupCounts {
        try await writer.read { db in try Self.checkEmpty(db) }
        try await OriginalCopy.out(of: file, into: originals)
        try await writer.writeWithoutTransaction { db in
            try Self.checkEmpty(db)
            try file.database.read { source in try source.backup(to: db) }
            // The backup's copy of the originals' bytes, kept in `originals` above.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM original_part)") == true {
                try db.execute(sql: "DELETE FROM original_part")
                try db.execute(sql: "VACUUM")
            }
        }
        return try await file.counts()
    }

    private static func checkEmpty(_ db: Database) throws {
        let filled = try BackupSchema.tables.map(\.name).filter { table in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") ?? false
        }
        guard filled.isEmpty else { throw BackupError.storeNotEmpty(filled) }
    }
}

extension PostgresStore: BackupStore {
    /// Reads every table in one REPEATABLE READ transaction, which sees the library as it was when it
    /// began however much is written meanwhile.
    public func backup(to path: String, originals: any OriginalStorage) async throws -> BackupCounts {
        try await BackupFile.create(at: path, originals: originals) { partial in
            let target = try DatabaseQueue(path: partial)
            try SQLiteMigrations.migrator.migrate(target)
            try await transaction { connection in
                try await connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                _ = try await TableCopy.copy(from: PostgresTableReader(connection: connection), to: SQLiteTableWriter(database: target))
            }
            try target.close()
        }
    }

    public func restore(from file: BackupFile, originals: any OriginalStorage) async throws -> BackupCounts {
        try await transaction { connection in try await Self.checkEmpty(connection) }
        try await OriginalCopy.out(of: file, into: originals)
        return try await transaction { connection in
            try await Self.checkEmpty(connection)
            let writer = PostgresTableWriter(connection: connection)
            let counts = try await TableCopy.copy(from: SQLiteTableReader(database: file.database), to: writer)
            try await writer.advanceIdentities()
            return counts
        }
    }

    private static func checkEmpty(_ connection: PostgresConnection) async throws {
        var filled: [String] = []
        for table in BackupSchema.tables {
            let query = PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(table.name))")
            if try await connection.value(query, as: Bool.self) == true { filled.append(table.name) }
        }
        guard filled.isEmpty else { throw BackupError.storeNotEmpty(filled) }
    }
}

extension PostgresStore {
    /// Moves the SQLite library at `database`, its originals in `folder`, into this store, which must be
    /// empty, its originals into `originals`: a backup of it taken while its site may still run, restored
    /// here. The SQLite file and the folder are left as they were.
    public func moveIn(sqliteDatabase database: String, originalsFrom folder: OriginalFolder, to originals: any OriginalStorage) async throws -> BackupCounts {
        guard FileManager.default.fileExists(atPath: database) else { throw BackupError.fileNotFound(database) }
        let snapshot = "\(database)-move-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: snapshot) }
        _ = try await SQLiteStore(path: database).backup(to: snapshot, originals: folder)
        return try await restore(from: try BackupFile(path: snapshot), originals: originals)
    }
}
