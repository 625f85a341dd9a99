/// The text formats this module parses, chosen by file extension.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case txt
    case md
    case jsonl
    case html
    /// A WordPress export. Its usual extension is `.xml`, which only `--format wxr` reads as one.
    case wxr
    case docx
    /// Read through poppler's `pdftotext` (`PDFConverter`), in a sandbox of its own.
    case pdf
    case epub
    /// Converted by LibreOffice (`OfficeConverter`): word-processor files to .docx, presentations to PDF,
    /// spreadsheets to HTML. `wps`, `dps` and `et` are WPS Office's own.
    case doc, wps, rtf, odt, ppt, pptx, odp, dps, xls, xlsx, ods, et

    /// The largest input (one file, or one JSONL line) the parsers accept by default: 16 MiB.
    public static let defaultByteLimit = 16 * 1024 * 1024

    /// `txt`/`text`, `md`/`markdown`, `jsonl`/`ndjson`, `html`/`htm`, `wxr`, `docx`, `pdf`, `epub` and the office formats LibreOffice converts, in any case, with or without the leading dot.
    public init?(fileExtension: String) {
        let ext = fileExtension.hasPrefix(".") ? fileExtension.dropFirst() : Substring(fileExtension)
        switch ext.lowercased() {
        case "txt", "text": self = .txt
        case "md", "markdown": self = .md
        case "jsonl", "ndjson": self = .jsonl
        case "html", "htm": self = .html
        case "wxr": self = .wxr
        case "docx": self = .docx
        case "pdf": self = .pdf
        case "epub": self = .epub
        case "doc": self = .doc
        case "wps": self = .wps
        case "rtf": self = .rtf
        case "odt": self = .odt
        case "ppt": self = .ppt
        case "pptx": self = .pptx
        case "odp": self = .odp
        case "dps": self = .dps
        case "xls": self = .xls
        case "xlsx": self = .xlsx
        case "ods": self = .ods
        case "et": self = .et
        default: return nil
        }
    }
}

extension DocumentFormat {
    /// The media type an original of this format is served as.
    public var mediaType: String {
        switch self {
        case .txt: "text/plain; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .jsonl: "application/jsonl"
        case .html: "text/html; charset=utf-8"
        case .wxr: "application/xml"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        case .epub: "application/epub+zip"
        case .doc, .wps: "application/msword"
        case .rtf: "application/rtf"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ppt, .dps: "application/vnd.ms-powerpoint"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odp: "application/vnd.oasis.opendocument.presentation"
        case .xls, .et: "application/vnd.ms-excel"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        }
    }
}
