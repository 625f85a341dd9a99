import Foundation
internal import GuanshanFormats
internal import GuanshanModel

/// Word-processor, presentation and spreadsheet files that Guanshan does not read itself, converted by
/// LibreOffice (`soffice --headless --convert-to`) in the converter sandbox to a format it does read:
/// texts to .docx (then `DocxFormat`), slides to PDF (then `PDFConverter`: each slide's title in large
/// type a heading, its bullets list items), sheets to HTML (then `SpreadsheetHTML`: a heading and a
/// table a sheet).
enum OfficeConverter {
    /// A file larger than this is not converted.
    static let maximumBytes = 64 << 20
    static let limits = ConverterSandbox.Limits(seconds: 180, memoryBytes: 4 << 30, outputBytes: 256 << 20)
    static let package = "libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui"

    enum Target: String {
        case docx, pdf, html
    }

    static func target(of format: DocumentFormat) -> Target? {
        switch format {
        case .doc, .wps, .rtf, .odt: .docx
        case .ppt, .pptx, .odp, .dps: .pdf
        case .xls, .xlsx, .ods, .et: .html
        default: nil
        }
    }

    static func parse(_ file: URL, format: DocumentFormat, fileName: String, sandbox: ConverterSandbox = .shared) async throws -> ParsedDocument {
        guard let target = target(of: format) else { throw ImportProblem.unsupportedFormat(format.rawValue) }
        let input = "input." + format.rawValue
        return try await sandbox.withFolder(copying: file, as: input) { folder in
            let output = try await convert(input, to: target, in: folder)
            switch target {
            case .docx:
                return try DocxFormat.parse(try folder.read(output, writtenBy: "soffice", limit: limits.outputBytes), fileName: fileName)
            case .html:
                let html = try folder.read(output, writtenBy: "soffice", limit: limits.outputBytes)
                return try SpreadsheetHTML.parse(try HTMLFormat.decode(html, byteLimit: limits.outputBytes), fileName: fileName)
            case .pdf:
                return try await PDFConverter.read(input: output, in: folder, fileName: fileName)
            }
        }
    }

    /// Converts `input` (`input.{format}`) in `folder` to `target`; the name of the file written.
    static func convert(_ input: String, to target: Target, in folder: ConverterSandbox.Folder) async throws -> String {
        do {
            _ = try await folder.run(
                "soffice", package: package,
                [
                    "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=file://\(folder.url.path)/profile",
                    "--convert-to", target.rawValue, "--outdir", "out", input,
                ],
                limits: limits)
        } catch let failure as ConverterFailure {
            throw failure.problem
        }
        let output = "out/" + (input as NSString).deletingPathExtension + "." + target.rawValue
        guard folder.contains(output) else {
            throw ImportProblem.converterFailed(tool: "soffice", reason: "LibreOffice could not read the file")
        }
        return output
    }
}
