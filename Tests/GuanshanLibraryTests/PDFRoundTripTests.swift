import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// A document exported by Guanshan as .docx, printed to PDF by LibreOffice as a reader would print it,
/// and that PDF imported again: issue 18's round trip, on the reference page (justified Chinese text whose
/// `，` and `。` fall at lines' ends) under a title too long for one line, with a line stretched by a long
/// path that follows it, and a compound broken at its hyphen.
@Suite(.serialized) struct PDFRoundTripTests {
    let library: Library
    let folder: TemporaryFolder

    init() async throws {
        library = Library(store: try await TestStore.make())
        folder = try TemporaryFolder()
    }

    @Test func aDocumentPrintedByLibreOfficeComesBackWithEveryCharacterAndParagraph() async throws {
        let paragraphs = try Samples.seedParagraphs() + [
            "中文 man 手册页计划：https://github.com/man-pages-zh/manpages-zh/blob/master/src/man1/bzip2recover.1",
            "Guanshan reads PDFs that word processors print, and keeps each paragraph as the author wrote it, with the "
                + "compound words that a line happens to break at their hyphens intact: command-line options, plain-text files.",
        ]
        let title = "市政协党组2022年度六个带头民主生活会对照检查材料：关于加强党对政协工作全面领导的情况"
        let source = try folder.write("source.md", "# \(title)\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        let original = try await library.importOne(source)
        let docx = try await library.reading.export(id: original.summary.id, as: .docx)
        let printed = try print(folder.write("round-trip.docx", docx.data))
        let copy = try await library.importOne(printed)

        // LibreOffice prints a space between Chinese and Latin letters or digits (`党组 2022 年度`) where the
        // text has none: the PDF holds it, so the comparisons leave white space out.
        let unspaced = { (text: String) in text.filter { !$0.isWhitespace } }
        #expect(unspaced(copy.summary.title) == unspaced(title))
        #expect(copy.metrics.characterCount == original.metrics.characterCount)
        #expect(copy.blocks.map { unspaced($0.plainText) } == original.blocks.map { unspaced($0.plainText) })
    }

    /// The PDF LibreOffice prints of `docx`, as `soffice --convert-to pdf` writes it.
    private func print(_ docx: String) throws -> String {
        let soffice = Process()
        soffice.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        soffice.arguments = [
            "soffice", "--headless", "--norestore", "-env:UserInstallation=file://\(folder.url.path)/profile", "--convert-to", "pdf",
            "--outdir", folder.url.appendingPathComponent("printed").path, docx,
        ]
        soffice.standardOutput = FileHandle.nullDevice
        soffice.standardError = FileHandle.nullDevice
        try soffice.run()
        soffice.waitUntilExit()
        #expect(soffice.terminationStatus == 0)
        return folder.url.appendingPathComponent("printed/round-trip.pdf").path
    }
}
