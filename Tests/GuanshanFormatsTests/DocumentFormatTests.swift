import GuanshanModel
import Testing
import GuanshanFormats

@Suite struct DocumentFormatTests {
    @Test(arguments: [
        ("txt", DocumentFormat.txt), ("TEXT", .txt), (".md", .md), ("Markdown", .md), ("jsonl", .jsonl), ("NDJSON", .jsonl),
        ("html", .html), (".HTM", .html), (".WXR", .wxr),
        (".DOCX", .docx),
    ])
    func fileExtensions(_ ext: String, format: DocumentFormat) {
        #expect(DocumentFormat(fileExtension: ext) == format)
    }

    @Test func unknownExtensions() {
        #expect(DocumentFormat(fileExtension: "pages") == nil)
        #expect(DocumentFormat(fileExtension: "") == nil)
        #expect(DocumentFormat(fileExtension: "xml") == nil)
    }

    @Test func errorCodesAreStable() {
        let errors: [FormatError] = [
            .undecodable, .binary, .empty, .tooLarge(line: nil, limit: 1), .invalidJSON(line: 1, reason: "r"),
            .missingField(line: 1, field: "title"), .invalidField(line: 1, field: "id", reason: "r"),
            .doctypeRefused(line: 2), .notWXR, .invalidXML(line: 3, endsEarly: true), .notDocx, .tooManyEntries(limit: 1), .archiveTooLarge, .unsafeXML,
            .notPDF, .pdfEncrypted, .tooManyPages(pages: 3, limit: 2), .needsOCR, .notEPUB, .drmProtected,
        ]
        #expect(errors.map(\.code) == [
            "undecodable", "binary", "empty", "too-large", "invalid-json", "missing-field", "invalid-field",
            "doctype-refused", "not-wxr", "invalid-xml", "not-docx", "too-many-entries", "archive-too-large", "unsafe-xml",
            "not-pdf", "pdf-encrypted", "too-many-pages", "needs-ocr", "not-epub", "drm-protected",
        ])
        #expect(errors.map(\.line) == [nil, nil, nil, nil, 1, 1, 1, 2, nil, 3, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil])
        #expect(FormatError.invalidField(line: 3, field: "id", reason: "must be a positive integer").description
            == "Line 3: id must be a positive integer.")
        #expect(FormatError.tooLarge(line: 2, limit: 10).description == "Line 2 is larger than 10 bytes.")
    }
}
