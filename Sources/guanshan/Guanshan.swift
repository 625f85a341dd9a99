import ArgumentParser
import Foundation

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
    @Option(name: .long, help: "The data folder (SQLite database and index).")
    var data: String = "./guanshan-data"

    var url: URL { URL(fileURLWithPath: data, isDirectory: true) }
}
