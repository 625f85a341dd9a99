import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

/// The reading of `pdftotext -bbox-layout` output, on layouts written here line by line; the real PDFs
/// of Fixtures/pdf go through poppler in GuanshanLibraryTests' PDFImportTests.
@Suite struct PDFFormatTests {
    /// A line of 12-point type at `x`…`xMax`, `y` from the top, as words: spread evenly over the line,
    /// or each from where `starts` says, as wide as `size` a character.
    struct Line {
        var words: [String]
        var x = 72.0
        var xMax = 516.0
        var y: Double
        var size = 12.0
        var starts: [Double]? = nil
    }

    static func layout(pages: [[Line]], height: Double = 842) -> [UInt8] {
        var xml = #"<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><doc>"# + "\n"
        for lines in pages {
            xml += #"  <page width="595" height="\#(height)">"# + "\n    <flow>\n"
            for line in lines {
                let box = { (x: Double, xMax: Double) in #"xMin="\#(x)" yMin="\#(line.y)" xMax="\#(xMax)" yMax="\#(line.y + line.size)""# }
                xml += "      <block \(box(line.x, line.xMax))>\n        <line \(box(line.x, line.xMax))>\n"
                let step = (line.xMax - line.x) / Double(max(line.words.count, 1))
                for (index, word) in line.words.enumerated() {
                    if let starts = line.starts {
                        xml += "          <word \(box(starts[index], starts[index] + Double(word.count) * line.size))>\(word)</word>\n"
                    } else {
                        let start = line.x + Double(index) * step
                        xml += "          <word \(box(start, start + step - line.size * 0.3))>\(word)</word>\n"
                    }
                }
                xml += "        </line>\n      </block>\n"
            }
            xml += "    </flow>\n  </page>\n"
        }
        return Array((xml + "</doc></body></html>").utf8)
    }

    static func paragraphs(_ document: ParsedDocument) -> [String] {
        document.blocks.map(\.plainText)
    }

    @Test func wrappedLinesJoinAndIndentsStartParagraphs() throws {
        let page = [
            Line(words: ["第一段的第一行，"], x: 96, y: 100), Line(words: ["接着第二行。"], xMax: 300, y: 118),
            Line(words: ["第二段从缩进开始，"], x: 96, y: 136), Line(words: ["没有句号也接着"], y: 154), Line(words: ["写完。"], xMax: 200, y: 172),
            Line(words: ["一、编号的一行"], xMax: 200, y: 190), Line(words: ["（一）下一级编号"], xMax: 250, y: 208),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "测试.pdf")
        #expect(document.title == "测试")
        #expect(Self.paragraphs(document) == ["第一段的第一行，接着第二行。", "第二段从缩进开始，没有句号也接着写完。", "一、编号的一行", "（一）下一级编号"])
    }

    @Test func aParagraphGoesOnOverAPageBreakAndRunningLinesAreDropped() throws {
        let pages = (1...3).map { number in
            [
                Line(words: ["某某单位文件"], xMax: 200, y: 40, size: 9),
                Line(words: ["第\(number)页正文开头，"], x: 96, y: 100), Line(words: ["这一行写到页边还没有结束"], y: 700),
                Line(words: ["- \(number) -"], x: 280, xMax: 310, y: 800, size: 9),
            ]
        }
        let document = try PDFFormat.parse(layout: Self.layout(pages: pages), fileName: "x")
        #expect(Self.paragraphs(document) == [
            "第1页正文开头，这一行写到页边还没有结束", "第2页正文开头，这一行写到页边还没有结束", "第3页正文开头，这一行写到页边还没有结束",
        ])
    }

    /// Each block remembers the page it starts on: a paragraph carried over a break counts where it began.
    @Test func eachBlockKnowsThePageItStartsOn() throws {
        let pages = [
            [Line(words: ["第一页第一段。"], x: 96, xMax: 300, y: 100), Line(words: ["第一页第二段，写到页边"], x: 96, y: 700)],
            [Line(words: ["还没有结束。"], xMax: 200, y: 100), Line(words: ["第二页的新段落。"], x: 96, xMax: 300, y: 118)],
            [Line(words: ["第三页。"], x: 96, xMax: 300, y: 100)],
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: pages), fileName: "x")
        #expect(Self.paragraphs(document) == ["第一页第一段。", "第一页第二段，写到页边还没有结束。", "第二页的新段落。", "第三页。"])
        #expect(document.sourcePages == [1, 1, 2, 3])
        #expect(SourcePage.starts(document.sourcePages ?? []) == [SourcePage(block: 0, page: 1), SourcePage(block: 2, page: 2), SourcePage(block: 3, page: 3)])
    }

    /// Columns that stand further apart than they are wide are a table's: read row by row into one table.
    @Test func aTableIsReadRowByRow() throws {
        let page = [
            Line(words: ["表前的一段话，写满了一行。"], y: 100),
            Line(words: ["类别"], x: 72, xMax: 96, y: 130), Line(words: ["卷数"], x: 220, xMax: 244, y: 130), Line(words: ["备注"], x: 370, xMax: 394, y: 130),
            Line(words: ["文书"], x: 72, xMax: 96, y: 150), Line(words: ["一千卷"], x: 220, xMax: 256, y: 150), Line(words: ["已数字化"], x: 370, xMax: 418, y: 150),
            Line(words: ["表后的一段话，也写满了一行。"], y: 180),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(document.blocks == [
            .paragraph([Span("表前的一段话，写满了一行。")]),
            .table(rows: [[[Span("类别")], [Span("卷数")], [Span("备注")]], [[Span("文书")], [Span("一千卷")], [Span("已数字化")]]], headerRows: 0),
            .paragraph([Span("表后的一段话，也写满了一行。")]),
        ])
        #expect(document.sourcePages == [1, 1, 1])
    }

    @Test func pageNumbersInTheirUsualForms() {
        for text in ["3", "- 3 -", "— 12 —", "第 3 页", "第3页 共10页", "3 / 10", "Page 3", "Page 3 of 10", "iv", "１２"] {
            #expect(PDFRunningLines.isPageNumber(text), "\(text)")
        }
        for text in ["第三章", "3.5 亿元", "共同努力", "一、总体要求", "Figure 3"] {
            #expect(!PDFRunningLines.isPageNumber(text), "\(text)")
        }
    }

    @Test func largerTypeIsATitleAndHeadings() throws {
        let page = [
            Line(words: ["文档标题"], x: 230, xMax: 360, y: 80, size: 22),
            Line(words: ["第一章", "总则"], xMax: 180, y: 130, size: 16),
            Line(words: ["一节"], xMax: 130, y: 160, size: 14),
            Line(words: ["正文比标题长得多，一页的字大多是正文的字号。"], x: 96, xMax: 400, y: 190),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(document.title == "文档标题")
        #expect(document.blocks == [
            .heading(level: 1, spans: [Span("第一章 总则")]), .heading(level: 2, spans: [Span("一节")]),
            .paragraph([Span("正文比标题长得多，一页的字大多是正文的字号。")]),
        ])
    }

    @Test func latinWordsKeepTheirSpacesAndLoseTheirLineEndHyphens() throws {
        let page = [
            Line(words: ["Guanshan", "imports", "docu-"], y: 100), Line(words: ["ments", "&amp;", "keeps", "&lt;tags&gt;."], xMax: 300, y: 118),
            Line(words: ["It", "keeps", "documents."], x: 96, xMax: 300, y: 136),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(Self.paragraphs(document) == ["Guanshan imports documents & keeps <tags>.", "It keeps documents."])
    }

    /// A hyphen at a line's end stays when the document shows it is part of the word: the compound printed
    /// with it elsewhere, a chain of compounds, or a document that hyphenates no word it prints whole.
    @Test func lineEndHyphensOfCompoundsStay() throws {
        let compounds = [
            Line(words: ["Press", "the", "key-"], y: 100), Line(words: ["bindings", "of", "x-www-"], y: 118),
            Line(words: ["browser", "today."], xMax: 300, y: 136),
        ]
        #expect(Self.paragraphs(try PDFFormat.parse(layout: Self.layout(pages: [compounds]), fileName: "x"))
            == ["Press the key-bindings of x-www-browser today."])
        let hyphenating = [
            Line(words: ["A", "docu-"], y: 100), Line(words: ["ment", "is", "well-"], y: 118), Line(words: ["known", "as", "a"], xMax: 300, y: 136),
            Line(words: ["document", "well-known."], x: 96, xMax: 300, y: 154),
        ]
        #expect(Self.paragraphs(try PDFFormat.parse(layout: Self.layout(pages: [hyphenating]), fileName: "x"))
            == ["A document is well-known as a", "document well-known."])
    }

    /// A justified line with too few words to fill it, stretched to the margins: poppler reads its
    /// characters far apart, as words or as lines of their own side by side; they are one line again,
    /// with spaces only where the text had them.
    @Test func stretchedLinesAreReadAsTheirText() throws {
        // Characters 38 points apart, words 68: each its own line, as poppler cuts them.
        let pieces: [(String, Double)] = [
            ("中", 72), ("文", 122), ("man", 202), ("手", 294), ("册", 344), ("页", 394), ("计", 444), ("划：", 494),
        ]
        var page = pieces.map { text, x in Line(words: [text], x: x, xMax: x + Double(text.count) * 12, y: 100) }
        page[page.count - 1].xMax = 518
        page.append(Line(words: ["https://github.com/man-pages-zh/manpages-zh"], xMax: 360, y: 118))
        // A line's characters set 20 points apart, as words of one line.
        let inLine = "查看文件中未经修改的地方".map(String.init)
        page.append(Line(words: inLine, x: 96, xMax: 518, y: 136, starts: inLine.indices.map { 96 + Double($0) * 32 }))
        page.append(Line(words: ["这一段就此写完。"], xMax: 300, y: 154))
        // Latin words set 40 points apart, ending where the text does.
        page += [("$", 72.0, 80.0), ("svn", 120, 156), ("cp", 196, 220), ("file:///srv/svn/trunk", 260, 518)].map { text, x, xMax in
            Line(words: [text], x: x, xMax: xMax, y: 172)
        }
        page.append(Line(words: ["file:///srv/svn/tags"], xMax: 300, y: 190))
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(Self.paragraphs(document) == [
            "中文 man 手册页计划：https://github.com/man-pages-zh/manpages-zh", "查看文件中未经修改的地方这一段就此写完。",
            "$ svn cp file:///srv/svn/trunk file:///srv/svn/tags",
        ])
    }

    /// A line that ends short of the edge before a word too long for the room left (a URL, a path) goes on
    /// with it; a line that ends a sentence does not, whatever follows.
    @Test func aLineEndingBeforeALongWordGoesOnWithIt() throws {
        let page = [
            Line(words: ["原文见"], x: 96, xMax: 200, y: 100),
            Line(words: ["https://github.com/man-pages-zh/manpages-zh/blob/master/src/man1/bzip2recover.1"], y: 118),
            Line(words: ["这一段写完了。"], x: 96, xMax: 300, y: 136), Line(words: ["--《菜根谭》"], xMax: 150, y: 154),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(Self.paragraphs(document) == [
            "原文见 https://github.com/man-pages-zh/manpages-zh/blob/master/src/man1/bzip2recover.1", "这一段写完了。", "--《菜根谭》",
        ])
    }

    /// A title too long for one line, its second line centred, and a body with fewer characters than it.
    @Test func aWrappedCentredTitleIsOneTitle() throws {
        let page = [
            Line(words: ["明月别枝惊鹊，清风半夜鸣蝉。稻花香里说丰"], xMax: 518, y: 60, size: 22),
            Line(words: ["年，听取蛙声一片。"], x: 196, xMax: 394, y: 90, size: 22),
            Line(words: ["七八个星天外，两三点雨山前。"], x: 96, xMax: 300, y: 140),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(document.title == "明月别枝惊鹊，清风半夜鸣蝉。稻花香里说丰年，听取蛙声一片。")
        #expect(Self.paragraphs(document) == ["七八个星天外，两三点雨山前。"])
    }

    @Test func damagedLayoutsAreRefused() throws {
        for bad in ["<doc><page width=\"1\" height=\"1\"><block xMin=\"a\">", "<word xMin=\"1\" yMin=\"1\" xMax=\"2\" yMax=\"2\">x", "<doc><page <"] {
            #expect(throws: FormatError.self, "\(bad)") { try PDFFormat.parse(layout: Array(bad.utf8), fileName: "x") }
        }
        #expect(throws: FormatError.empty) { try PDFFormat.parse(layout: Self.layout(pages: [[], []]), fileName: "x") }
        #expect(PDFFormat.charactersPerPage(try PDFTextLayout.pages(Self.layout(pages: [[], []]))) == 0)
    }
}

extension PDFFormatTests {
    @Test func bulletedLinesAreListItems() throws {
        let page = [
            Line(words: ["正文写满了这一整行，列表的行都比它短。"], y: 72),
            Line(words: ["要点"], xMax: 160, y: 100), Line(words: ["•", "第一条要点"], xMax: 300, y: 118),
            Line(words: ["\u{F0B7}", "Wingdings", "的圆点"], xMax: 300, y: 136), Line(words: ["-", "短横线不是列表"], xMax: 200, y: 154),
            Line(words: ["-5", "度不是列表"], xMax: 200, y: 172),
        ]
        let document = try PDFFormat.parse(layout: Self.layout(pages: [page]), fileName: "x")
        #expect(document.blocks == [
            .paragraph([Span("正文写满了这一整行，列表的行都比它短。")]),
            .paragraph([Span("要点")]), .listItem(ordered: false, depth: 0, spans: [Span("第一条要点")]),
            .listItem(ordered: false, depth: 0, spans: [Span("Wingdings 的圆点")]), .paragraph([Span("- 短横线不是列表")]),
            .paragraph([Span("-5 度不是列表")]),
        ])
    }
}
