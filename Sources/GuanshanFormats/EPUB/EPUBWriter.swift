import Foundation
import GuanshanText

/// Blocks written as an EPUB 3 book, for e-readers and the OPDS catalog: `mimetype` first and stored as
/// the container requires, the package document (title, author, language, identifier, time modified),
/// a navigation document of the headings (or of the title alone), the text as one XHTML file and a
/// small stylesheet. The same input always gives the same bytes. Links leave the book only to http,
/// https and mailto addresses; any other link is kept as its text.
public enum EPUBWriter {
    public static func epub(title: String, blocks: [Block], author: String, identifier: String, language: String, modified: Date) throws -> Data {
        let text = TextPart(title: title, blocks: blocks)
        return try ZipWriter.zip([
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("OEBPS/content.opf", package(title: title, author: author, identifier: identifier, language: language, modified: modified)),
            ("OEBPS/nav.xhtml", navigation(title: title, headings: text.headings, language: language)),
            ("OEBPS/text.xhtml", xhtml(title: title, language: language, body: text.body)),
            ("OEBPS/style.css", style),
        ], stored: ["mimetype"])
    }

    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
        </container>
        """

    static func package(title: String, author: String, identifier: String, language: String, modified: Date) -> String {
        let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: modified.timeIntervalSince1970.rounded(.down)))
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(Markup.escaped(language))">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">\(Markup.escaped(identifier))</dc:identifier>
            <dc:title>\(Markup.escaped(title))</dc:title>
            <dc:creator>\(Markup.escaped(author))</dc:creator>
            <dc:language>\(Markup.escaped(language))</dc:language>
            <meta property="dcterms:modified">\(time)</meta>
            </metadata>
            <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>
            <item id="style" href="style.css" media-type="text/css"/>
            </manifest>
            <spine><itemref idref="text"/></spine>
            </package>
            """
    }

    static func navigation(title: String, headings: [(id: String, text: String)], language: String) -> String {
        let entries = headings.isEmpty
            ? [#"<li><a href="text.xhtml">\#(Markup.escaped(title))</a></li>"#]
            : headings.map { #"<li><a href="text.xhtml#\#($0.id)">\#(Markup.escaped($0.text))</a></li>"# }
        return xhtml(
            title: title, language: language,
            body: #"<nav epub:type="toc" id="toc"><h1>\#(Markup.escaped(title))</h1><ol>\#(entries.joined())</ol></nav>"#)
    }

    static func xhtml(title: String, language: String, body: String) -> String {
        let lang = Markup.escaped(language)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="\(lang)" lang="\(lang)">
            <head><meta charset="utf-8"/><title>\(Markup.escaped(title))</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
            <body>
            \(body)
            </body>
            </html>
            """
    }

    static let style = """
        body { line-height: 1.8; }
        h1.title { text-align: center; }
        p { margin: 0 0 .6em; text-indent: 2em; }
        li p, blockquote p, td p, th p { text-indent: 0; }
        pre { white-space: pre-wrap; }
        table { border-collapse: collapse; }
        td, th { border: 1px solid #999; padding: .2em .4em; }
        """
}
