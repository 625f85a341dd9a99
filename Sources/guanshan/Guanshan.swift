import ArgumentParser
import Foundation
import GuanshanLibrary

@main
struct Guanshan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guanshan",
        abstract: "观山文库 (Guanshan): a self-hosted library for long Chinese documents.",
        subcommands: [Serve.self, Import.self, Export.self, Search.self, Reindex.self, UserCommand.self],
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

    func openLibrary() async throws -> Library {
        let databaseURL = databaseURL ?? ProcessInfo.processInfo.environment["GUANSHAN_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        return try await Library.open(dataDirectory: url, databaseURL: databaseURL)
    }
}
