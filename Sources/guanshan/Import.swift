import ArgumentParser
import Foundation
import GuanshanModel
import GuanshanLibrary

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import .txt, .md, .html, .docx, .pdf, .epub, office (.doc, .wps, .rtf, .odt, .ppt, .pptx, .odp, .xls, .xlsx, .ods), .jsonl and WordPress export (.wxr, or .xml with --format wxr) files and folders (folders are searched recursively).",
        discussion: """
            A document already in the library (same content) is skipped, so an import that was interrupted \
            (Ctrl+C) can simply be run again: what was saved is skipped. A file that fails does not stop the \
            others; the exit code is 1 when any failed.
            """)

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, txt, md, html, docx, pdf, epub, jsonl, wxr
    }

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(help: "The format of every file, or auto to go by each file's extension.")
    var format: FormatChoice = .auto

    @Option(help: "Put every document in this category.")
    var category: String?

    @Option(help: "Name this sharer on every document.")
    var author: String?

    func run() async throws {
        let library = try await dataOptions.openLibrary()
        let options = ImportOptions(
            format: format == .auto ? nil : DocumentFormat(fileExtension: format.rawValue),
            category: category, author: author)
        let messages = CLIMessages.current
        let progress = ImportProgressPrinter(messages: messages)
        let started = ContinuousClock.now
        let report = try await library.editorial.importFiles(paths, options: options) { progress.handle($0) }
        let elapsed = started.duration(to: .now)
        progress.finish()
        print(messages.summary(report))
        for note in report.nearDuplicates {
            print(messages.nearDuplicate(note))
        }
        let documents = report.imported.count + report.skipped.count + report.failed.count
        print(messages.rate(documents: documents, seconds: elapsed.seconds))
        for failure in report.failed {
            printError("\(failure.source): \(messages.problem(failure.problem))")
        }
        if !report.failed.isEmpty {
            throw ExitCode.failure
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
