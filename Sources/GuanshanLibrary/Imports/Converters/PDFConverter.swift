import Foundation
internal import GuanshanFormats
public import GuanshanModel

/// A PDF into a document, through poppler in the converter sandbox: `pdfinfo` for the page count
/// and encryption, `pdftotext -bbox-layout` for the text layer with where each line stands, read by
/// `PDFFormat`. A PDF without text (a scan) is refused, saying what to install for OCR.
enum PDFConverter {
    /// The most pages one PDF may have.
    static let maximumPages = 2_000
    /// A PDF larger than this is not read.
    static let maximumBytes = 256 << 20
    /// Fewer characters than this a page, on average: the text layer is empty or noise, a scan.
    static let scanCharactersPerPage = 10.0
    static let infoLimits = ConverterSandbox.Limits(seconds: 20, memoryBytes: 1 << 30, outputBytes: 1 << 20)
    static let textLimits = ConverterSandbox.Limits(seconds: 120, memoryBytes: 2 << 30, outputBytes: 512 << 20)

    static func parse(_ file: URL, fileName: String, sandbox: ConverterSandbox = .shared) async throws -> ParsedDocument {
        let head = try FileHandle(forReadingFrom: file).read(upToCount: 1_024) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw FormatError.notPDF }
        return try await sandbox.withFolder(copying: file, as: "input.pdf") { folder in
            let pages = try await pageCount(folder)
            guard pages <= maximumPages else { throw FormatError.tooManyPages(pages: pages, limit: maximumPages) }
            do {
                _ = try await folder.run("pdftotext", package: "poppler-utils", ["-bbox-layout", "-enc", "UTF-8", "input.pdf", "layout.html"], limits: textLimits)
            } catch let failure as ConverterFailure {
                throw problem(failure)
            }
            let layout = [UInt8](try folder.read("layout.html", limit: textLimits.outputBytes))
            guard try PDFFormat.charactersPerPage(layout: layout) >= scanCharactersPerPage else { throw FormatError.needsOCR }
            return try PDFFormat.parse(layout: layout, fileName: fileName)
        }
    }

    /// `Pages:` of pdfinfo; an encrypted or damaged file is refused here, before its text is read.
    private static func pageCount(_ folder: ConverterSandbox.Folder) async throws -> Int {
        let info: Data
        do {
            info = try await folder.run("pdfinfo", package: "poppler-utils", ["input.pdf"], limits: infoLimits)
        } catch let failure as ConverterFailure {
            throw problem(failure)
        }
        var pages: Int?
        for line in String(decoding: info, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Pages" { pages = Int(parts[1]) }
            if parts[0] == "Encrypted", parts[1].hasPrefix("yes"), parts[1].contains("copy:no") || parts[1].contains("print:no") {
                // Permissions alone (no copying) do not stop poppler reading the text; a password does, below.
                continue
            }
        }
        guard let pages else { throw FormatError.notPDF }
        return pages
    }

    /// Poppler's words for a file it cannot open, as the importer's.
    private static func problem(_ failure: ConverterFailure) -> any Error {
        if failure.said.contains("Incorrect password") { return FormatError.pdfEncrypted }
        let unreadable = ["Syntax Error", "May not be a PDF file", "Couldn't read xref", "Couldn't find trailer"]
        if failure.signal == 0, unreadable.contains(where: failure.said.contains) {
            return FormatError.notPDF
        }
        return failure.problem
    }
}
