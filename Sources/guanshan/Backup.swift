import ArgumentParser
import Foundation
import GuanshanLibrary
import GuanshanModel

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a backup of the whole library (documents, accounts, favorites, history, settings, views) to a new file.",
        discussion: """
            The backup is one SQLite file, whichever store the library is on; it is taken while the site \
            runs and holds the library as it was at one moment. An existing file is never replaced.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "The backup file to create.")
    var file: String

    func run() async throws {
        let messages = CLIMessages.current
        let library = try await dataOptions.openLibrary()
        let counts = try await reportingBackupErrors(messages) { try await library.operations.backup(to: file) }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print(messages.backedUp(file, bytes: bytes, counts))
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a backup into an empty library: a new data folder, or an empty PostgreSQL database.",
        discussion: """
            Everything is loaded in one go or nothing is. This node's search index is rebuilt after; on \
            PostgreSQL, run `guanshan reindex` on every other node before starting it.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "The backup file to load.")
    var file: String

    func run() async throws {
        let messages = CLIMessages.current
        let library = try await dataOptions.openLibrary()
        let counts = try await reportingBackupErrors(messages) { try await library.operations.restore(from: file) }
        print(messages.restored(file, into: dataOptions.libraryPlace, counts))
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move the SQLite library of a data folder into an empty PostgreSQL database.",
        discussion: """
            Everything moves: documents, accounts, sessions, favorites, history, settings, views and the \
            originals of imported files (into PostgreSQL, or with --originals s3 into the bucket the \
            GUANSHAN_S3_* variables name). The SQLite file and its originals folder are left as they were. \
            Then start every node with --database-url (and the same --originals).
            """)

    @Option(name: .long, help: "The data folder holding the SQLite library.")
    var data: String = "./guanshan-data"

    @Option(name: .long, help: "The empty PostgreSQL database to move the library to (postgres://user:password@host/database).")
    var to: String

    @Option(name: .long, help: ArgumentHelp("Where the originals go: database (the default) or s3.", valueName: "place"))
    var originals: OriginalsPlace?

    func run() async throws {
        let messages = CLIMessages.current
        let counts = try await reportingBackupErrors(messages) {
            try await reportingConnectProblems {
                do {
                    return try await OperationsService.moveToPostgres(
                        dataDirectory: URL(fileURLWithPath: data, isDirectory: true), databaseURL: to, originals: originals)
                } catch let error as OriginalsPlaceError {
                    printError(messages.originalsProblem(error))
                    throw ExitCode.failure
                }
            }
        }
        print(messages.moved(counts))
    }
}

/// Runs `body`, telling the operator in plain words why a backup or restore was refused.
private func reportingBackupErrors<T>(_ messages: CLIMessages, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as BackupError {
        printError(messages.backupProblem(error))
        throw ExitCode.failure
    }
}
