import Foundation
import GuanshanModel
import GRDB

/// A backup: a SQLite database of the library's schema, as the SQLite store keeps it, whichever store
/// it was made from. A backup of an older version is brought up to date in a copy, never in place.
public final class BackupFile: Sendable {
    public let path: String
    let database: DatabaseQueue
    private let upgradedCopy: String?

    /// Opens the backup at `path` to read.
    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw BackupError.fileNotFound(path) }
        var configuration = Configuration()
        configuration.readonly = true
        let migrator = SQLiteMigrations.migrator
        let applied: Set<String>
        let original: DatabaseQueue
        do {
            original = try DatabaseQueue(path: path, configuration: configuration)
            applied = try original.read { try migrator.appliedIdentifiers($0) }
        } catch {
            throw BackupError.notABackup(path)
        }
        guard applied.contains(migrator.migrations[0]) else { throw BackupError.notABackup(path) }
        guard applied.isSubset(of: migrator.migrations) else { throw BackupError.newerVersion(path) }
        guard try original.read(Self.isSound) else { throw BackupError.damaged(path) }
        guard applied.count < migrator.migrations.count else {
            database = original
            upgradedCopy = nil
            return
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-restore-\(UUID().uuidString).sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        do {
            let upgraded = try DatabaseQueue(path: copy)
            try migrator.migrate(upgraded)
            database = upgraded
        } catch {
            try? FileManager.default.removeItem(atPath: copy)
            throw error
        }
        upgradedCopy = copy
    }

    private static func isSound(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" && Row.fetchOne(db, sql: "PRAGMA foreign_key_check") == nil
    }

    deinit {
        if let upgradedCopy { try? FileManager.default.removeItem(atPath: upgradedCopy) }
    }

    /// The rows of each table the backup holds.
    public func counts() async throws -> BackupCounts {
        try await database.read { db in try BackupCounts.of(db) }
    }

    /// Makes a backup at `path` by `write`, which fills the new database at the path it is given, then
    /// adds the bytes of its originals from `originals`. The backup appears at `path` whole or not at all.
    static func create(at path: String, originals: any OriginalStorage, _ write: (String) async throws -> Void) async throws -> BackupCounts {
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupError.fileExists(path) }
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            try await write(partial)
            let missing = try await OriginalCopy.into(backupAt: partial, from: originals)
            let made = try DatabaseQueue(path: partial)
            // One file, readable without its -wal or -shm, and on disk before it takes its name.
            let counts = try await made.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                var counts = try BackupCounts.of(db)
                if missing > 0 { counts.rows.append((BackupCounts.originalsMissing, missing)) }
                return counts
            }
            try made.close()
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: partial))
            try handle.synchronize()
            try handle.close()
            guard !FileManager.default.fileExists(atPath: path) else { throw BackupError.fileExists(path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            return counts
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}

extension BackupCounts {
    static func of(_ db: Database) throws -> BackupCounts {
        BackupCounts(rows: try BackupSchema.tables.map { table in
            (table.name, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.name)") ?? 0)
        })
    }
}
