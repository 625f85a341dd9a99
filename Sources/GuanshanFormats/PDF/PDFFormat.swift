import GuanshanModel
import GuanshanText

/// A PDF's text layer, as `pdftotext -bbox-layout` (poppler) writes it, read into a document: running
/// headers, footers and page numbers left out, paragraphs and headings made again (`PDFParagraphs`).
/// Running the converter is the library's (`PDFConverter`); this reads what it wrote.
public enum PDFFormat {
    /// The document in `layout`: `.needsOCR` when its text layer holds fewer than `scanBelow` characters a
    /// page (a scan's is empty or noise), `.empty` when nothing is left of it.
    public static func parse(layout: [UInt8], fileName: String, scanBelow: Double = 0) throws(FormatError) -> ParsedDocument {
        let pages = try PDFTextLayout.pages(layout)
        guard charactersPerPage(pages) >= scanBelow else { throw .needsOCR }
        return try document(of: PDFStretchedLines.joined(pages), fileName: fileName)
    }

    /// The document Tesseract recognized on images of pages drawn at `dpi`: each page's TSV output, in
    /// order. `.empty` when nothing was recognized.
    public static func parse(ocrPages: [[UInt8]], dpi: Double, fileName: String) throws(FormatError) -> ParsedDocument {
        // A page Tesseract said nothing of stays a page, so that the pages after it keep their numbers.
        let pages = ocrPages.map { OCRLayout.page($0, dpi: dpi) ?? PDFPage(width: 0, height: 0, blocks: []) }
        var parsed = try document(of: pages, fileName: fileName)
        parsed.byOCR = true
        return parsed
    }

    private static func document(of pages: [PDFPage], fileName: String) throws(FormatError) -> ParsedDocument {
        let (title, blocks, startPages) = PDFParagraphs.blocks(of: PDFRunningLines.removed(from: pages))
        guard !blocks.isEmpty || title != nil else { throw .empty }
        var parsed = ParsedDocument(title: title ?? FileName.stem(fileName), blocks: blocks)
        parsed.sourcePages = startPages
        return parsed
    }

    /// How many characters of text the pages hold on average.
    static func charactersPerPage(_ pages: [PDFPage]) -> Double {
        guard !pages.isEmpty else { return 0 }
        let characters = pages.flatMap(\.blocks).flatMap(\.lines).reduce(0) { $0 + $1.text.count }
        return Double(characters) / Double(pages.count)
    }
}
