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
        var body = DocxBody()
        body.add(title: title)
        for block in blocks { body.add(block) }
        return try DocxArchive.zip([
            ("[Content_Types].xml", DocxPackage.contentTypes),
            ("_rels/.rels", DocxPackage.packageRelationships),
            ("docProps/core.xml", DocxProperties.core(title: title, author: author, created: created)),
            ("docProps/app.xml", DocxProperties.app),
            ("word/document.xml", body.xml),
            ("word/_rels/document.xml.rels", DocxPackage.documentRelationships(links: body.links)),
            ("word/styles.xml", DocxStyles.xml),
            ("word/numbering.xml", body.numbering.xml),
            ("word/fontTable.xml", DocxFonts.table),
            ("word/settings.xml", DocxPage.settings),
            ("word/footer1.xml", DocxPage.footer),
        ])
    }
}
