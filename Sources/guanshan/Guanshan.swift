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

    var url: URL { URL(fileURLWithPath: data, isDirectory: true) }

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

    func openLibrary() async throws -> Library {
        do {
            return try await reportingConnectProblems {
                try await Library.open(dataDirectory: url, databaseURL: effectiveDatabaseURL)
            }
        } catch let error as NewerSchemaError {
            printError(CLIMessages.current.newerSchema(error, place: libraryPlace))
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
