import ArgumentParser
import Foundation
import GuanshanLibrary

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a document (drafts included) as a file, the same as its download on the site.",
        discussion: "Without -o the file is named after the document's title, in the current folder; -o - writes to standard output.")

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "The document's id (the number in /d/{id}).")
    var id: Int64

    @Option(help: "The file format.")
    var format: ExportFormat = ExportFormat.allCases[0]

    @Option(name: .short, help: "The file to write.")
    var output: String?

    func run() async throws {
        let messages = CLIMessages.current
        let library = try await dataOptions.openLibrary()
        let file: ExportedFile
        do {
            file = try await library.editorial.export(id: id, as: format)
        } catch LibraryError.documentNotFound {
            printError(messages.noDocument(id))
            throw ExitCode.failure
        }
        if output == "-" {
            FileHandle.standardOutput.write(file.data)
            return
        }
        let path = output ?? file.fileName
        try file.data.write(to: URL(fileURLWithPath: path), options: .atomic)
        print(messages.exported(path, bytes: file.data.count))
    }
}

extension ExportFormat: ExpressibleByArgument {}
