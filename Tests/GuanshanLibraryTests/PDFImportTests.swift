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
                + "as in this paragraph about internationalization and characterization, and Latin words keep their spaces.")
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

    @Test func largerTypeBecomesHeadings() async throws {
        let document = try await library.importOne(Self.fixture("headings"))
        #expect(document.summary.title == "标题层级示例")
        #expect(document.blocks.prefix(3) == [
            .heading(level: 1, spans: [Span("第一部分 总则")]), .heading(level: 2, spans: [Span("适用范围")]),
            .paragraph([Span(String(repeating: Self.body, count: 2))]),
        ])
    }

    /// An encrypted, a truncated and a scanned PDF each fail with its reason, the good one beside them imported.
    @Test func pdfsThatCannotBeReadSayWhy() async throws {
        let names = ["encrypted", "truncated", "scan", "notice"]
        let report = try await library.editorial.importFiles(names.map { Self.fixture($0) })
        #expect(report.imported.count == 1)
        let problems = Dictionary(uniqueKeysWithValues: report.failed.map { (URL(fileURLWithPath: $0.source.path).lastPathComponent, $0.problem) })
        #expect(problems == [
            "encrypted.pdf": .format(.pdfEncrypted), "truncated.pdf": .format(.notPDF), "scan.pdf": .format(.needsOCR),
        ])
        #expect(ImportProblem.format(.needsOCR).message(english: false).contains("tesseract-ocr-chi-sim"))
    }

    @Test func aFileNamedPDFThatIsNotOneIsRefusedBeforeAnyConverter() async throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("假的.pdf", "这不是 PDF 文件。")
        let report = try await library.editorial.importFiles([path])
        #expect(report.failed.map(\.problem) == [.format(.notPDF)])
    }
}
