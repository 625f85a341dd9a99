import GuanshanModel
import Foundation
import GuanshanText

/// Word documents (.docx), read in memory within the limits of `ZipArchive` and `SafeXML`.
public enum DocxFormat {
    /// The largest .docx read: 20 MB.
    public static let maxBytes = limits.inputBytes
    static let limits = ZipArchive.Limits(inputBytes: 20 << 20, entries: 1_000, inflatedBytes: 50 << 20)

    /// The title is `docProps/core.xml`'s `dc:title`, else the first Title-styled paragraph (taken
    /// out of the body), else the file name without its extension. Footnotes follow the body, one
    /// paragraph each, `[1] …`.
    public static func parse(_ data: Data, fileName: String) throws(FormatError) -> ParsedDocument {
        var archive = try ZipArchive(data, limits: limits, damaged: .notDocx)
        func part(_ path: String) throws(FormatError) -> XMLNode? {
            try archive.read(path).map { bytes throws(FormatError) in try SafeXML.parse(bytes, damaged: .notDocx) }
        }
        guard let document = try part("word/document.xml") else { throw .notDocx }
        let styles = DocxStyles(try part("word/styles.xml"))
        var body = DocxBody(
            styles: styles, numbering: DocxNumbering(try part("word/numbering.xml")),
            relationships: DocxRelationships(try part("word/_rels/document.xml.rels")))
        body.read(document.child("w:body")?.children ?? [])
        var blocks = body.blocks
        if !body.inline.footnotes.isEmpty, let footnotes = try part("word/footnotes.xml") {
            var inline = DocxInline(styles: styles, relationships: DocxRelationships(try part("word/_rels/footnotes.xml.rels")))
            inline.inFootnote = true
            let notes = Dictionary(footnotes.children("w:footnote").map { ($0.attributes["w:id"] ?? "", $0) }) { first, _ in first }
            for (index, id) in body.inline.footnotes.enumerated() {
                let paragraphs = notes[id]?.children("w:p").map { Array(inline.lines(of: $0).joined(separator: [Span("\n")])) } ?? []
                let note = SpanList.normalized(Array(paragraphs.joined(separator: [Span("\n")])))
                blocks.append(.paragraph(SpanList.merged([Span("[\(index + 1)] ")] + note)))
            }
        }
        let core = DocxCoreProperties(try part("docProps/core.xml"))
        let titleParagraph = body.title.map { (text: $0.spans.plainText, $0.spans, $0.index) }
        if let (text, spans, index) = titleParagraph, let title = core.title, title != text {
            blocks.insert(.paragraph(spans), at: index)
        }
        guard blocks.contains(where: { !$0.plainText.isBlank }) else { throw .empty }
        return ParsedDocument(
            title: core.title ?? titleParagraph?.text ?? FileName.stem(fileName), blocks: blocks, author: core.author,
            created: core.created)
    }
}
