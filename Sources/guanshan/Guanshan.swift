import ArgumentParser
import Foundation
import GuanshanLibrary
import GuanshanModel

@main
struct Guanshan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guanshan",
        abstract: "观山文库 (Guanshan): a self-hosted library for long Chinese documents.",
        subcommands: [Serve.self, Import.self, Export.self, Search.self, Reindex.self, Jobs.self, UserCommand.self, Backup.self, Restore.self, Migrate.self],
        defaultSubcommand: nil)
}

/// Where the library lives; every command takes it.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "The data folder (the SQLite database, unless --database-url is given, and this node's search index).")
    var data: String = "./guanshan-data"

    @Option(
        name: .customLong("database-url"),
        help: "A PostgreSQL database (postgres://user:password@host/database) instead of the SQLite file in the data folder; also GUANSHAN_DATABASE_URL.")
    var databaseURL: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where imported files are kept as originals: folder (the data folder's originals/, the default on SQLite), database (PostgreSQL itself, its default) or s3 (a bucket named by the GUANSHAN_S3_* environment variables); also GUANSHAN_ORIGINALS.",
            valueName: "place"))
    var originals: OriginalsPlace?

    var url: URL { URL(fileURLWithPath: data, isDirectory: true) }

    /// The place given by option or environment; nil for the store's default.
    var effectiveOriginals: OriginalsPlace? {
        get throws {
            if let originals { return originals }
            guard let text = ProcessInfo.processInfo.environment["GUANSHAN_ORIGINALS"], !text.isEmpty else { return nil }
            guard let place = OriginalsPlace(rawValue: text) else {
                throw ValidationError("GUANSHAN_ORIGINALS must be folder, database or s3, not \(text)")
            }
            return place
        }
    }

    /// The PostgreSQL URL given by option or environment; nil for the SQLite file.
    var effectiveDatabaseURL: String? {
        databaseURL ?? ProcessInfo.processInfo.environment["GUANSHAN_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where the library is, to tell the operator: the data folder, or the database's URL without its password.
    var libraryPlace: String {
        guard let effectiveDatabaseURL else { return url.path }
        guard var components = URLComponents(string: effectiveDatabaseURL) else { return "PostgreSQL" }
        components.password = nil
        return components.string ?? "PostgreSQL"
    }

    func openLibrary(previewCacheBytes: Int = Library.defaultPreviewCacheBytes) async throws -> Library {
        do {
            return try await reportingConnectProblems {
                try await Library.open(
                    dataDirectory: url, databaseURL: effectiveDatabaseURL, originals: try effectiveOriginals, previewCacheBytes: previewCacheBytes)
            }
        } catch let error as NewerSchemaError {
            printError(CLIMessages.current.newerSchema(error, place: libraryPlace))
            throw ExitCode.failure
        } catch let error as OriginalsPlaceError {
            printError(CLIMessages.current.originalsProblem(error))
            throw ExitCode.failure
        }
    }
}

/// Runs `body`, telling the operator why PostgreSQL could not be reached (what was tried, and the server's
/// own words) rather than a bare error.
func reportingConnectProblems<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as PostgresConnectError {
        printError(CLIMessages.current.cannotConnect(error))
        throw ExitCode.failure
    }
}

extension OriginalsPlace: ExpressibleByArgument {}
