import GuanshanModel
import GuanshanText

/// A PDF's text layer, as `pdftotext -bbox-layout` (poppler) writes it, read into a document: running
/// headers, footers and page numbers left out, paragraphs and headings made again (`PDFParagraphs`).
/// Running the converter is the library's (`PDFConverter`); this reads what it wrote.
public enum PDFFormat {
    /// The document in `layout`; `.empty` when the PDF has no text layer (a scan).
    public static func parse(layout: [UInt8], fileName: String) throws(FormatError) -> ParsedDocument {
        let pages = PDFRunningLines.removed(from: try PDFTextLayout.pages(layout))
        let (title, blocks) = PDFParagraphs.blocks(of: pages)
        guard !blocks.isEmpty || title != nil else { throw .empty }
        return ParsedDocument(title: title ?? FileName.stem(fileName), blocks: blocks)
    }

    /// How many characters of text the layout holds per page, to tell a scan (almost none) from a text PDF.
    public static func charactersPerPage(layout: [UInt8]) throws(FormatError) -> Double {
        let pages = try PDFTextLayout.pages(layout)
        guard !pages.isEmpty else { return 0 }
        let characters = pages.flatMap(\.blocks).flatMap(\.lines).reduce(0) { $0 + $1.text.count }
        return Double(characters) / Double(pages.count)
    }
}
