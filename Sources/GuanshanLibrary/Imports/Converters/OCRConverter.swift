import Foundation
internal import GuanshanFormats
internal import GuanshanModel

/// A scanned PDF (images of pages, no text) read by OCR, in the converter sandbox: each page drawn at
/// 300 dpi by poppler's `pdftoppm`, recognized by Tesseract with its simplified-Chinese model into its
/// TSV (each line and word with its box), read by `PDFFormat.parse(ocrPages:)` into the same paragraphs,
/// headings and running lines as a PDF's text layer.
enum OCRConverter {
    /// The most pages one scan may have: Tesseract takes seconds a page.
    static let maximumPages = 500
    static let language = "chi_sim"
    static let renderLimits = ConverterSandbox.Limits(seconds: 60, memoryBytes: 1 << 30, outputBytes: 256 << 20)
    static let recognizeLimits = ConverterSandbox.Limits(seconds: 180, memoryBytes: 2 << 30, outputBytes: 64 << 20)
    static let dpi = 300

    /// Whether Tesseract and its simplified-Chinese model are installed, asked once.
    static let installed: Installed = {
        guard let tesseract = ConverterSandbox.locate("tesseract") else { return .none }
        let process = Process()
        process.executableURL = tesseract
        process.arguments = ["--list-langs"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return .none }
        let listed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return listed.split(whereSeparator: \.isNewline).contains { $0 == Substring(language) } ? .withChinese : .withoutChinese
    }()

    enum Installed {
        case none, withoutChinese, withChinese
    }

    /// The text of the `pages`-page scan `input` in `folder`, marked as recognized by OCR.
    static func recognize(input: String, pages: Int, in folder: ConverterSandbox.Folder, fileName: String) async throws -> ParsedDocument {
        switch installed {
        case .none: throw FormatError.needsOCR
        case .withoutChinese: throw ImportProblem.converterMissing(tool: "tesseract (\(language))", package: "tesseract-ocr-chi-sim")
        case .withChinese: break
        }
        guard pages <= maximumPages else { throw FormatError.tooManyPages(pages: pages, limit: maximumPages) }
        // As many pages at once as the sandbox runs converters; each page's image is removed once read.
        let atOnce = max(folder.sandbox.slots.count, 1)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for page in 1...max(pages, 1) {
                if page > atOnce { try await group.next() }
                group.addTask { try await recognize(page: page, of: input, in: folder) }
            }
            try await group.waitForAll()
        }
        let recognized = try (1...max(pages, 1)).map { page in
            [UInt8](try folder.read("page-\(page).tsv", writtenBy: "tesseract", limit: recognizeLimits.outputBytes))
        }
        return try PDFFormat.parse(ocrPages: recognized, dpi: Double(dpi), fileName: fileName)
    }

    private static func recognize(page: Int, of input: String, in folder: ConverterSandbox.Folder) async throws {
        do {
            try await draw(page: page, of: input, in: folder)
        } catch let failure as ConverterFailure {
            throw failure.problem
        }
    }

    private static func draw(page: Int, of input: String, in folder: ConverterSandbox.Folder) async throws {
        let image = "page-\(page)"
        _ = try await folder.run(
            "pdftoppm", package: "poppler-utils", ["-r", "\(dpi)", "-gray", "-png", "-f", "\(page)", "-l", "\(page)", "-singlefile", input, image],
            limits: renderLimits)
        // A line that starts with 一 looks to Tesseract's page layout like a rule to drop unless lines may be this thin.
        _ = try await folder.run(
            "tesseract", package: "tesseract-ocr",
            ["\(image).png", image, "-l", language, "--psm", "3", "-c", "textord_min_linesize=1.0", "tsv"],
            limits: recognizeLimits)
        folder.remove("\(image).png")
    }
}
