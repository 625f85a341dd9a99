import Foundation
internal import GuanshanFormats
internal import GuanshanModel

/// A PDF into a document, through poppler in the converter sandbox: `pdfinfo` for the page count
/// and encryption, `pdftotext -bbox-layout` for the text layer with where each line stands, read by
/// `PDFFormat`. A PDF without text (a scan) is read by OCR (`OCRConverter`) where Tesseract is
/// installed, and refused, saying what to install, where it is not.
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
            try await read(input: "input.pdf", in: folder, fileName: fileName)
        }
    }

    /// The PDF at `input` in `folder`: a copy of an imported file, or what another converter wrote there;
    /// a scan recognized by OCR.
    static func read(input: String, in folder: ConverterSandbox.Folder, fileName: String) async throws -> ParsedDocument {
        let pages = try pageCount(try await run("pdfinfo", [input], in: folder, limits: infoLimits))
        guard pages <= maximumPages else { throw FormatError.tooManyPages(pages: pages, limit: maximumPages) }
        _ = try await run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", input, "layout.html"], in: folder, limits: textLimits)
        let layout = [UInt8](try folder.read("layout.html", writtenBy: "pdftotext", limit: textLimits.outputBytes))
        do {
            return try PDFFormat.parse(layout: layout, fileName: fileName, scanBelow: scanCharactersPerPage)
        } catch FormatError.needsOCR {
            return try await OCRConverter.recognize(input: input, pages: pages, in: folder, fileName: fileName)
        }
    }

    /// A poppler tool in `folder`, a file it cannot open refused in the importer's words.
    private static func run(_ tool: String, _ arguments: [String], in folder: ConverterSandbox.Folder, limits: ConverterSandbox.Limits) async throws -> Data {
        do {
            return try await folder.run(tool, package: "poppler-utils", arguments, limits: limits)
        } catch let failure as ConverterFailure {
            throw problem(failure)
        }
    }

    /// `Pages:` of pdfinfo's report; an encrypted or damaged file was refused before, by pdfinfo itself.
    static func pageCount(_ info: Data) throws -> Int {
        var pages: Int?
        for line in String(decoding: info, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "Pages" { pages = Int(parts[1]) }
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
