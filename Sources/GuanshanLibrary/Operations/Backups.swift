import Foundation
internal import GuanshanStore
public import GuanshanModel

extension OperationsService {
    /// Writes a backup of the whole library to a new file at `path`, while the site goes on serving.
    public func backup(to path: String) async throws -> BackupCounts {
        try await store.backup(to: path, originals: editorial.originals)
    }

    /// Loads the backup at `path` into this library's store, which must be empty, then rebuilds this
    /// node's search index from it.
    public func restore(from path: String) async throws -> BackupCounts {
        let counts = try await store.restore(from: try BackupFile(path: path), originals: editorial.originals)
        _ = try await changes.search.rebuild()
        return counts
    }

    /// Moves the SQLite library in `directory`, with the originals in its folder, into the empty
    /// PostgreSQL database at `databaseURL`, its originals to where `originals` says (the database by default).
    public static func moveToPostgres(dataDirectory directory: URL, databaseURL: String, originals: OriginalsPlace? = nil) async throws -> BackupCounts {
        let target = try await PostgresStore(address: try PostgresAddress(databaseURL))
        return try await target.moveIn(
            sqliteDatabase: directory.appendingPathComponent("guanshan.sqlite").path,
            originalsFrom: OriginalsPlace.folder(in: directory),
            to: try (originals ?? .database).storage(dataDirectory: directory, postgres: target))
    }
}
