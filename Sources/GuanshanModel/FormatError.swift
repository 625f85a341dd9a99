/// Why an input could not be parsed. `code` is stable, for callers that show their own messages.
public enum FormatError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The bytes are not UTF-8, UTF-16 with a byte order mark, or GB18030.
    case undecodable
    /// The bytes contain NUL or many other control characters: not a text file.
    case binary
    /// No text is left after parsing.
    case empty
    /// The input (or one JSONL line) is larger than `limit` bytes.
    case tooLarge(line: Int?, limit: Int)
    /// A JSONL line is not a JSON object.
    case invalidJSON(line: Int, reason: String)
    /// A required field (`title`, or the body: `paragraphs` or `text`) is absent or empty.
    case missingField(line: Int, field: String)
    /// A field has the wrong type or an unusable value (JSONL fields, Markdown front matter).
    case invalidField(line: Int, field: String, reason: String)
    /// An XML file declares a document type, where entities could be declared.
    case doctypeRefused(line: Int)
    /// An XML file is not a WordPress export: its root is not `rss` with the WordPress export namespace.
    case notWXR
    /// An XML file is not well-formed; `endsEarly` when it breaks off, as a truncated download does.
    case invalidXML(line: Int, endsEarly: Bool)
    /// The file is not a readable .docx: not a zip, damaged, encrypted, or without `word/document.xml`.
    case notDocx
    /// The archive (.docx, .epub) holds more than `limit` entries.
    case tooManyEntries(limit: Int)
    /// The archive inflates to too much, or one part inflates too far beyond its compressed size: a zip bomb.
    case archiveTooLarge
    /// An XML part of the archive declares a document type or an encoding other than UTF-8.
    case unsafeXML
    /// The file is not a PDF the converter can read: damaged, truncated, or not a PDF at all.
    case notPDF
    /// The PDF is encrypted with a password.
    case pdfEncrypted
    /// The PDF has more than `limit` pages.
    case tooManyPages(pages: Int, limit: Int)
    /// The PDF has no text layer (a scan), and no OCR engine is installed to read its images.
    case needsOCR
    /// The file is not a readable EPUB: not a zip, damaged, or without its container and package.
    case notEPUB
    /// The EPUB's chapters are encrypted (DRM).
    case drmProtected

    public var code: String {
        switch self {
        case .undecodable: "undecodable"
        case .binary: "binary"
        case .empty: "empty"
        case .tooLarge: "too-large"
        case .invalidJSON: "invalid-json"
        case .missingField: "missing-field"
        case .invalidField: "invalid-field"
        case .doctypeRefused: "doctype-refused"
        case .notWXR: "not-wxr"
        case .invalidXML: "invalid-xml"
        case .notDocx: "not-docx"
        case .tooManyEntries: "too-many-entries"
        case .archiveTooLarge: "archive-too-large"
        case .unsafeXML: "unsafe-xml"
        case .notPDF: "not-pdf"
        case .pdfEncrypted: "pdf-encrypted"
        case .tooManyPages: "too-many-pages"
        case .needsOCR: "needs-ocr"
        case .notEPUB: "not-epub"
        case .drmProtected: "drm-protected"
        }
    }

    /// The line of the input the error is about, when there is one.
    public var line: Int? {
        switch self {
        case .undecodable, .binary, .empty, .notWXR, .notDocx, .tooManyEntries, .archiveTooLarge, .unsafeXML, .notPDF, .pdfEncrypted,
             .tooManyPages, .needsOCR, .notEPUB, .drmProtected:
            nil
        case .tooLarge(let line, _): line
        case .invalidJSON(let line, _), .missingField(let line, _), .invalidField(let line, _, _): line
        case .doctypeRefused(let line), .invalidXML(let line, _): line
        }
    }

    public var description: String {
        switch self {
        case .undecodable:
            "The file is not text in a supported encoding (UTF-8, UTF-16 with byte order mark, GB18030/GBK)."
        case .binary:
            "The file looks binary (it contains NUL or control characters), not text."
        case .empty:
            "The document has no text."
        case .tooLarge(let line, let limit):
            (line.map { "Line \($0) is" } ?? "The file is") + " larger than \(limit) bytes."
        case .invalidJSON(let line, let reason):
            "Line \(line) is not a JSON object: \(reason)."
        case .missingField(let line, let field):
            "Line \(line) has no \(field)."
        case .invalidField(let line, let field, let reason):
            "Line \(line): \(field) \(reason)."
        case .doctypeRefused(let line):
            "Line \(line) declares a DOCTYPE; XML files with one are refused, as their entities could read local files or expand without end."
        case .notWXR:
            "The XML file is not a WordPress export (WXR): its root is not rss with the WordPress export namespace."
        case .invalidXML(let line, let endsEarly):
            endsEarly ? "The XML breaks off at line \(line): the file is incomplete." : "Line \(line) is not well-formed XML."
        case .notDocx:
            "The file is not a valid Word document (.docx), or it is damaged."
        case .tooManyEntries(let limit):
            "The file's archive holds more than \(limit) files."
        case .archiveTooLarge:
            "The file unpacks to far too much data; it may be a zip bomb."
        case .unsafeXML:
            "The file contains XML with a document type declaration or an unsupported encoding; it was not read."
        case .notPDF:
            "The file is not a readable PDF, or it is damaged or incomplete."
        case .pdfEncrypted:
            "The PDF is protected by a password; save it without the password and import it again."
        case .tooManyPages(let pages, let limit):
            "The PDF has \(pages) pages, more than the \(limit) one document may have."
        case .needsOCR:
            "The PDF has no text, only images of pages (a scan). Install the Debian packages tesseract-ocr and tesseract-ocr-chi-sim to read it by OCR."
        case .notEPUB:
            "The file is not a readable EPUB book, or it is damaged."
        case .drmProtected:
            "The book is protected by DRM (its chapters are encrypted); only books without DRM can be imported."
        }
    }
}
