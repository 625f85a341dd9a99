import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// The PDFs of GuanshanFormatsTests/Fixtures/pdf (made by generate-pdf.py there) imported through
/// poppler, as `guanshan import` and the admin's upload take them.
@Suite struct PDFImportTests {
    let library: Library
    static let body = "为进一步加强机关文书管理工作，提高公文处理的规范化、制度化水平，根据有关规定，结合本单位实际，制定本办法。"

    init() async throws {
        library = Library(store: try await TestStore.make())
    }

    static func fixture(_ name: String) -> String {
        FormatFixtures.path("pdf/\(name).pdf")
    }

    /// Every paragraph as the script wrote it, over three pages: header, page numbers and the title's line
    /// gone, one paragraph carried over each page break, the numbered headings in the outline.
    @Test func aThreePageNoticeComesBackAsItsParagraphs() async throws {
        let document = try await library.importOne(Self.fixture("notice"))
        #expect(document.summary.title == "关于加强公文管理的通知")
        var expected: [String] = []
        for (number, heading) in ["一、总体要求", "二、工作措施", "三、保障机制"].enumerated() {
            expected.append(heading)
            for n in 0..<6 { expected.append("第\(number + 1).\(n + 1)段。" + String(repeating: Self.body, count: 2 + n % 3)) }
        }
        expected.append(
            "Guanshan really really the text layer of a PDF is read again with the words that a line break hyphenated made whole, "
                + "as in this paragraph about internationalization and characterization, and Latin words keep their spaces. "
                + "A compound such as well-known keeps its hyphen; hyphenated words are printed whole elsewhere.")
        #expect(document.blocks.map(\.plainText) == expected)
        #expect(document.metrics.outline.map(\.title) == ["总体要求", "工作措施", "保障机制"])
        #expect(!document.blocks.contains { $0.plainText.contains("某某市") || $0.plainText.contains("- 2 -") })
    }

    @Test func twoColumnsAreReadInOrder() async throws {
        let document = try await library.importOne(Self.fixture("two-columns"))
        #expect(document.summary.title == "两栏排版的说明")
        #expect(document.blocks.map(\.plainText) == [
            "左栏第一段：" + String(repeating: Self.body, count: 2), "左栏第二段跨到右栏：" + String(repeating: Self.body, count: 4),
            "右栏第二段：" + Self.body,
        ])
    }

    /// A report LibreOffice printed to PDF (made by generate-pdf.py from OpenDocument written there), as
    /// people's PDFs are: its running header and `- n -` page numbers dropped, a paragraph carried over a
    /// page break whole, the table read row by row into a table, the two-column section read column by
    /// column, and the heading after it after it.
    @Test func aReportLibreOfficePrintedComesBackAsWritten() async throws {
        let document = try await library.importOne(Self.fixture("libreoffice-report"))
        #expect(document.summary.title == "关于加强档案管理工作的报告")
        let texts = document.blocks.map(\.plainText)
        #expect(!texts.contains { $0.contains("某某市档案局文件") || $0.hasPrefix("-") }, "running lines dropped")
        let starts = texts.map { String($0.prefix(8)) }
        #expect(starts == [
            "市人民政府：", "现将我局档案管理", "一、基本情况", "第 1 段。为进", "第 2 段。为进", "第 3 段。为进", "（一）馆藏档案", "截至年底，馆藏档",
            "类别 卷数 备注", "二、存在问题", "问题 1。为进一", "问题 2。为进一", "左栏开头的段落。", "接着的段落跨到右", "右栏的最后一段。", "三、下一步打算",
            "打算 1。为进一", "打算 2。为进一", "打算 3。为进一", "特此报告。",
        ])
        let table = document.blocks.first { if case .table = $0 { true } else { false } }
        #expect(table == .table(rows: [
            [[Span("类别")], [Span("卷数")], [Span("备注")]], [[Span("文书档案")], [Span("一千二百卷")], [Span("已数字化")]],
            [[Span("科技档案")], [Span("三百卷")], [Span("待整理")]],
        ], headerRows: 0))
        let carried = try #require(texts.first { $0.hasPrefix("问题 1。") })
        #expect(carried.hasSuffix("制定本办法。") && carried.count > 150, "the paragraph carried over the page break is whole")
        #expect(texts.first { $0.hasPrefix("接着的段落跨到右栏。") }?.hasSuffix("制定本办法。") == true, "carried from the left column to the right")
        #expect(document.original?.sourcePages.map(\.page) == [1, 2, 3])
    }

    @Test func largerTypeBecomesHeadings() async throws {
        let document = try await library.importOne(Self.fixture("headings"))
        #expect(document.summary.title == "标题层级示例")
        #expect(document.blocks.prefix(3) == [
            .heading(level: 1, spans: [Span("第一部分 总则")]), .heading(level: 2, spans: [Span("适用范围")]),
            .paragraph([Span(String(repeating: Self.body, count: 2))]),
        ])
    }

    /// An encrypted, a truncated and a blank scan (shapes, no words) each fail with its reason, the good one
    /// beside them imported.
    @Test func pdfsThatCannotBeReadSayWhy() async throws {
        let names = ["encrypted", "truncated", "scan", "notice"]
        let report = try await library.editorial.importFiles(names.map { Self.fixture($0) })
        #expect(report.imported.count == 1)
        let problems = Dictionary(uniqueKeysWithValues: report.failed.map { (URL(fileURLWithPath: $0.source.path).lastPathComponent, $0.problem) })
        #expect(problems == [
            "encrypted.pdf": .format(.pdfEncrypted), "truncated.pdf": .format(.notPDF), "scan.pdf": .format(.empty),
        ])
        #expect(ImportProblem.format(.needsOCR).message(english: false).contains("tesseract-ocr-chi-sim"))
    }

    /// Each block remembers the page of the PDF it starts on, for as long as the text is the one imported.
    @Test func blocksRememberTheirPagesOfThePDF() async throws {
        let document = try await library.importOne(Self.fixture("notice"))
        let original = try #require(document.original)
        #expect(original.sourcePages.map(\.page) == [1, 2, 3])
        #expect(original.sourcePagesOf == document.metrics.contentHash)
        let second = try #require(original.sourcePages.dropFirst().first)
        #expect(original.sourcePage(startingAt: second.block, contentHash: document.metrics.contentHash) == 2)
        #expect(original.sourcePage(startingAt: second.block, contentHash: "edited") == nil)
    }

    /// A scan is read by OCR (Tesseract, installed by the test command) into the notice's paragraphs:
    /// lines joined without spaces between Chinese characters, `一、` headings kept, the second page's
    /// copy after the first; the document records that its text came from OCR.
    @Test func aScanIsReadByOCRIntoParagraphs() async throws {
        let document = try await library.importOne(Self.fixture("scanned-text"))
        #expect(document.original?.textByOCR == true)
        #expect(document.summary.title.hasSuffix("做好冬季安全生产工作的通知"))
        let paragraphs = document.blocks.map(\.plainText)
        let expected = [
            "一、提高思想认识",
            "冬季是安全事故易发多发期，各单位要切实加强组织领导，落实安全生产责任制，确保人民群众生命财产安全。要把安全生产摆在更加突出的位置，做到思想到位、措施到位、责任到位。",
            "三、加强应急值守", "严格执行领导带班和二十四小时值班制度，保持通信畅通，遇有突发事件及时报告、妥善处置。",
        ]
        for paragraph in expected {
            #expect(paragraphs.contains(paragraph), "\(paragraph)")
        }
        // OCR misreads a character here and there: most of the text must be exact all the same.
        let recognized = paragraphs.joined()
        let expectedText = String(repeating: expected.joined(), count: 4)
        let found = Set(expectedText).filter { recognized.contains($0) }.count
        #expect(Double(found) / Double(Set(expectedText).count) > 0.97)
        #expect(!recognized.contains(" "), "no spaces between Chinese characters")
    }

    @Test func aFileNamedPDFThatIsNotOneIsRefusedBeforeAnyConverter() async throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("假的.pdf", "这不是 PDF 文件。")
        let report = try await library.editorial.importFiles([path])
        #expect(report.failed.map(\.problem) == [.format(.notPDF)])
    }
}
