import Foundation
internal import GuanshanStore
internal import GuanshanModel

/// Where a library keeps the bytes of its originals: `folder` (the data folder's `originals`, the
/// default on SQLite; on PostgreSQL only if every node sees the same folder), `database` (PostgreSQL
/// itself, its default) or `s3` (an S3-compatible bucket named by the `GUANSHAN_S3_*` environment).
public enum OriginalsPlace: String, Sendable, CaseIterable {
    case folder, database, s3

    /// The folder `originals` of the data folder `directory`.
    static func folder(in directory: URL) -> OriginalFolder {
        OriginalFolder(root: directory.appendingPathComponent("originals", isDirectory: true))
    }

    func storage(dataDirectory: URL, postgres: PostgresStore? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any OriginalStorage {
        switch self {
        case .folder:
            return Self.folder(in: dataDirectory)
        case .database:
            guard let postgres else { throw OriginalsPlaceError.needsPostgres(self) }
            return PostgresOriginals(store: postgres)
        case .s3:
            switch S3Originals.Configuration.from(environment: environment) {
            case .success(let configuration): return S3Originals(configuration)
            case .failure(let error): throw OriginalsPlaceError.s3NotConfigured(error.names)
            }
        }
    }
}

public enum OriginalsPlaceError: Error, Equatable, Sendable {
    /// `database` is for libraries on PostgreSQL.
    case needsPostgres(OriginalsPlace)
    /// These environment variables are missing or not usable.
    case s3NotConfigured([String])
}
