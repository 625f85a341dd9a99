import Foundation
import GuanshanText

/// Blocks written as a Word document (.docx) laid out like a Chinese official document (GB/T 9704),
/// built in memory. The same input always gives the same bytes.
///
/// What a reader can rely on: the title is `dc:title` and a first paragraph in style `Title`;
/// headings are styles `Heading1`…`Heading6`; list items are `ListParagraph` paragraphs whose
/// `w:numPr` level is the depth and whose numbering format is `bullet` or `decimal`; quotes and
/// code are styles `Quote` and `Code` (one paragraph a block, lines split by `w:br`); code spans
/// are character style `CodeChar`; the first `headerRows` rows of a table carry `w:tblHeader`.
public enum DocxWriter {
    public static func docx(title: String, blocks: [Block], author: String? = nil, created: Date? = nil) throws -> Data {
        var body = Body()
        body.add(title: title)
        for block in blocks { body.add(block) }
        return try ZipWriter.zip([
            ("[Content_Types].xml", Parts.contentTypes),
            ("_rels/.rels", Parts.packageRelationships),
            ("docProps/core.xml", Properties.core(title: title, author: author, created: created)),
            ("docProps/app.xml", Properties.app),
            ("word/document.xml", body.xml),
            ("word/_rels/document.xml.rels", Parts.documentRelationships(links: body.links)),
            ("word/styles.xml", Styles.xml),
            ("word/numbering.xml", body.numbering.xml),
            ("word/fontTable.xml", Fonts.table),
            ("word/settings.xml", Page.settings),
            ("word/footer1.xml", Page.footer),
        ])
    }
}
