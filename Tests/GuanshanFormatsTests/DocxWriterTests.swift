import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GuanshanTestSupport
import GuanshanText
import Testing
import ZIPFoundation
@testable import GuanshanFormats

@Suite struct DocxWriterTests {
    static let everyKind: [Block] = [
        .heading(level: 1, spans: [Span("一、总体要求")]),
        .paragraph([
            Span("为了"), Span("规范", strong: true), Span("管理，参见"), Span("《办法》", emphasis: true),
            Span("与"), Span("R&D <说明> \"全文\"", link: "https://example.com/a?x=1&y=\"2\"<3>"),
            Span("，运行 "), Span("swift build", code: true), Span("。\n第二行 with  two spaces"),
        ]),
        .heading(level: 2, spans: [Span("（一）工作目标")]),
        .listItem(ordered: true, depth: 0, spans: [Span("第一项")]),
        .listItem(ordered: true, depth: 0, spans: [Span("第二项")]),
        .listItem(ordered: false, depth: 1, spans: [Span("细目 detail")]),
        .heading(level: 3, spans: [Span("1．具体措施")]),
        .quote([Span("引文：学而时习之。")]),
        .code(language: "swift", text: "let a = 1\n  let b = \"<&>\""),
        .listItem(ordered: true, depth: 0, spans: [Span("另一列表")]),
        .table(rows: [[[Span("名称")], [Span("数量")]], [[Span("甲")], [Span("3", strong: true)]], [[Span("乙")]]], headerRows: 1),
        .heading(level: 4, spans: [Span("（1）四级")]),
        .heading(level: 5, spans: [Span("五级")]),
        .heading(level: 6, spans: [Span("六级")]),
        .paragraph([Span("控制字符\u{01}\u{0B}被删去\u{FFFE}")]),
    ]

    /// The reference page of docs/reading-page.md, read as plain text.
    static func seedPage() throws -> ParsedDocument {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed-page.txt")
        return try PlainTextFormat.parse(String(decoding: try Data(contentsOf: file), as: UTF8.self), fileName: "seed-page.txt")
    }

    /// The text of each part of the package, by path.
    static func parts(_ docx: Data) throws -> [String: String] {
        let archive = try Archive(data: docx, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    static func document(_ blocks: [Block], title: String = "关于加强管理的通知") throws -> [String: String] {
        try parts(DocxWriter.docx(title: title, blocks: blocks))
    }

    @Test func writesEveryPartOfThePackage() throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let docx = try DocxWriter.docx(title: "观山 & <文库>", blocks: Self.everyKind, author: "张三", created: created)
        let parts = try Self.parts(docx)
        #expect(Set(parts.keys) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/fontTable.xml",
            "word/settings.xml", "word/footer1.xml",
        ])
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:title>观山 &amp; &lt;文库&gt;</dc:title>"))
        #expect(core.contains("<dc:creator>张三</dc:creator>"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>"#))
        let types = try #require(parts["[Content_Types].xml"])
        for part in parts.keys where part.hasSuffix(".xml") && part != "[Content_Types].xml" {
            #expect(types.contains(#"PartName="/\#(part)""#), "\(part)")
        }
        for (path, text) in parts {
            #expect(Self.isWellFormed(text), "\(path)")
        }
    }

    @Test func leavesOutAuthorAndTimeWhenNotGiven() throws {
        let core = try #require(try Self.document([.paragraph([Span("正文")])])["docProps/core.xml"])
        #expect(!core.contains("dc:creator"))
        #expect(!core.contains("dcterms:created"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try DocxWriter.docx(title: "观山", blocks: Self.everyKind, author: "张三")
        let second = try DocxWriter.docx(title: "观山", blocks: Self.everyKind, author: "张三")
        #expect(first == second)
    }

    @Test func writesEachKindOfBlockInItsStyle() throws {
        let document = try #require(try Self.document(Self.everyKind)["word/document.xml"])
        #expect(document.contains(#"<w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">关于加强管理的通知</w:t>"#))
        for level in 1...6 { #expect(document.contains(#"<w:pStyle w:val="Heading\#(level)"/>"#)) }
        #expect(document.contains(#"<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">规范</w:t></w:r>"#))
        #expect(document.contains(#"<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">《办法》</w:t></w:r>"#))
        #expect(document.contains(#"<w:rStyle w:val="CodeChar"/></w:rPr><w:t xml:space="preserve">swift build</w:t>"#))
        #expect(document.contains(#"<w:t xml:space="preserve">。</w:t><w:br/><w:t xml:space="preserve">第二行 with  two spaces</w:t>"#))
        #expect(document.contains(#"<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>"#))
        #expect(document.contains(#"<w:pStyle w:val="Quote"/>"#))
        #expect(document.contains(
            #"<w:pStyle w:val="Code"/></w:pPr><w:r><w:t xml:space="preserve">let a = 1</w:t><w:br/>"#
                + #"<w:t xml:space="preserve">  let b = &quot;&lt;&amp;&gt;&quot;</w:t></w:r>"#))
        #expect(document.contains("控制字符被删去"))
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    @Test func linksPointToExternalRelationships() throws {
        let parts = try Self.document(Self.everyKind + [.paragraph([Span("再次", link: "https://example.com/a?x=1&y=\"2\"<3>")])])
        let document = try #require(parts["word/document.xml"])
        let relationships = try #require(parts["word/_rels/document.xml.rels"])
        #expect(document.contains(
            #"<w:hyperlink r:id="rId6" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>"#
                + #"<w:t xml:space="preserve">R&amp;D &lt;说明&gt; &quot;全文&quot;</w:t></w:r></w:hyperlink>"#))
        #expect(document.components(separatedBy: #"r:id="rId6""#).count == 3)
        #expect(relationships.contains(
            #"<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" "#
                + #"Target="https://example.com/a?x=1&amp;y=&quot;2&quot;&lt;3&gt;" TargetMode="External"/>"#))
        #expect(!relationships.contains("rId7"))
    }

    @Test func orderedListsStartAgainAfterAnyOtherBlock() throws {
        let parts = try Self.document(Self.everyKind)
        let document = try #require(parts["word/document.xml"])
        let numbering = try #require(parts["word/numbering.xml"])
        #expect(document.components(separatedBy: #"<w:ilvl w:val="0"/><w:numId w:val="2"/>"#).count == 3)
        #expect(document.components(separatedBy: #"<w:ilvl w:val="0"/><w:numId w:val="3"/>"#).count == 2)
        #expect(numbering.contains(#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>"#))
        #expect(numbering.contains(#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>"#))
        #expect(numbering.contains(#"<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>"#))
    }

    @Test func tablesAreRuledWithHeaderRowsRepeated() throws {
        let document = try #require(try Self.document(Self.everyKind)["word/document.xml"])
        #expect(document.contains(#"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>"#))
        #expect(document.components(separatedBy: "<w:tblHeader/>").count == 2)
        #expect(document.components(separatedBy: "<w:tc>").count == 7)
        #expect(document.contains(
            #"<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableHeader"/>"#))
    }

    @Test func separatesTablesThatFollowEachOther() throws {
        let table = Block.table(rows: [[[Span("甲")]]], headerRows: 0)
        let document = try #require(try Self.document([table, table])["word/document.xml"])
        #expect(document.contains("</w:tbl><w:p/><w:tbl>"))
        #expect(document.contains("</w:tbl><w:p/><w:sectPr>"))
    }

    @Test func looksLikeAnOfficialDocument() throws {
        let parts = try Self.document(Self.everyKind)
        let styles = try #require(parts["word/styles.xml"])
        #expect(styles.contains(
            #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋"/><w:kern w:val="2"/><w:sz w:val="32"/>"#))
        #expect(styles.contains(#"<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>"#))
        #expect(styles.contains(#"w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>"#))
        #expect(styles.contains(#"<w:name w:val="heading 1"/>"#))
        #expect(styles.contains(#"<w:outlineLvl w:val="5"/>"#))
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
        let footer = try #require(parts["word/footer1.xml"])
        #expect(footer.contains(
            #"<w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
        #expect(footer.contains(#"<w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t>"#))
    }

    @Test func pandocReadsBackTheSameText() throws {
        let seed = try Self.seedPage()
        for (title, blocks) in [(seed.title, seed.blocks), ("观山", Self.everyKind)] {
            let text = try Self.run(
                ["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", "--columns=100000"], on: DocxWriter.docx(title: title, blocks: blocks))
            #expect(text.status == 0, "\(text.output)")
            #expect(Self.pandocText(text.output) == Self.plainText(blocks))
        }
    }

    @Test func pythonDocxFindsTheParagraphsStylesAndTables() throws {
        let seed = try Self.seedPage()
        for (title, blocks) in [(seed.title, seed.blocks), ("观山 & <文库>", Self.everyKind)] {
            let expected = try JSONEncoder().encode(DocxExpectation(title: title, author: "观山文库", blocks: blocks))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let expectation = folder.appendingPathComponent("expected.json")
            try expected.write(to: expectation)
            let oracle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("oracles/docx_check.py").path
            let result = try Self.run(["python3", oracle, expectation.path],
                                      on: DocxWriter.docx(title: title, blocks: blocks, author: "观山文库"))
            #expect(result.status == 0, "\(result.output)")
        }
    }

    /// Runs a command with the .docx as its last argument; its output and exit status.
    static func run(_ command: [String], on docx: Data) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).docx")
        try docx.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Command.run(command + [file.path])
    }

    /// The text of the blocks with all white space and the characters XML cannot hold gone.
    static func plainText(_ blocks: [Block]) -> String {
        String(blocks.map(\.plainText).joined().unicodeScalars.filter { !$0.isWhiteSpace && Markup.isAllowed($0) })
    }

    /// Pandoc's plain text without its list markers and table rules, all white space gone.
    static func pandocText(_ text: String) -> String {
        let lines = text.split(separator: "\n").filter { !$0.allSatisfy { $0 == " " || $0 == "-" } }
            .map { $0.replacing(/^ *(\d+\.|-) +/, with: "") }
        return String(lines.joined().unicodeScalars.filter { !$0.isWhiteSpace })
    }

    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }
}

/// What `Tests/oracles/docx_check.py` should find in a .docx: the core title and author, and in
/// order each paragraph (style name and text, list format and level) and table (cell texts,
/// header rows).
struct DocxExpectation: Encodable {
    struct Item: Encodable {
        var style: String?
        var text: String?
        var list: List?
        var table: [[String]]?
        var headerRows: Int?
    }

    struct List: Encodable {
        var format: String
        var level: Int
    }

    var title: String
    var author: String
    var items: [Item] = []

    init(title: String, author: String, blocks: [Block]) {
        self.title = title
        self.author = author
        items.append(Item(style: "Title", text: title))
        for block in blocks {
            switch block {
            case .heading(let level, let spans):
                items.append(Item(style: "Heading \(level)", text: Self.text(spans)))
            case .paragraph(let spans):
                items.append(Item(style: "Normal", text: Self.text(spans)))
            case .listItem(let ordered, let depth, let spans):
                items.append(Item(style: "List Paragraph", text: Self.text(spans), list: List(format: ordered ? "decimal" : "bullet", level: depth)))
            case .quote(let spans):
                items.append(Item(style: "Quote", text: Self.text(spans)))
            case .code(_, let text):
                items.append(Item(style: "Code", text: text))
            case .table(let rows, let headerRows):
                let columns = rows.map(\.count).max() ?? 0
                let cells = rows.map { row in row.map(Self.text) + Array(repeating: "", count: columns - row.count) }
                items.append(Item(table: cells, headerRows: headerRows))
            }
        }
    }

    private static func text(_ spans: [Span]) -> String {
        String(spans.plainText.unicodeScalars.filter(Markup.isAllowed))
    }
}
