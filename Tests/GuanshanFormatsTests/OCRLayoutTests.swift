import GuanshanModel
import Testing
@testable import GuanshanFormats

/// Tesseract's TSV read into pages of lines: its boxes are of ink, so Chinese words are joined without a
/// space however far apart, Latin words keep theirs, and pixels become points.
@Suite struct OCRLayoutTests {
    /// A page of 2480 × 3508 pixels (A4 at 300 dpi): a title line and a body line of words.
    static let tsv = """
        level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
        1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
        2\t1\t1\t0\t0\t0\t600\t300\t1200\t75\t-1\t
        3\t1\t1\t1\t0\t0\t600\t300\t1200\t75\t-1\t
        4\t1\t1\t1\t1\t0\t600\t300\t1200\t75\t-1\t
        5\t1\t1\t1\t1\t1\t600\t300\t150\t75\t96.1\t关于
        5\t1\t1\t1\t1\t2\t800\t300\t300\t75\t95.2\t加强管理
        5\t1\t1\t1\t1\t3\t1150\t300\t150\t75\t94.0\t的通知
        2\t1\t2\t0\t0\t0\t300\t500\t1800\t50\t-1\t
        3\t1\t2\t1\t0\t0\t300\t500\t1800\t50\t-1\t
        4\t1\t2\t1\t1\t0\t300\t500\t1800\t50\t-1\t
        5\t1\t2\t1\t1\t1\t300\t500\t200\t50\t93.0\t依据
        5\t1\t2\t1\t1\t2\t520\t500\t200\t50\t92.0\tGB/T
        5\t1\t2\t1\t1\t3\t740\t500\t100\t50\t91.0\t9704
        5\t1\t2\t1\t1\t4\t850\t500\t200\t50\t90.0\t执行，
        5\t1\t2\t1\t1\t5\t1060\t500\t100\t50\t-1\t 
        5\t1\t2\t1\t1\t6\t1180\t500\t200\t50\t90.0\t见附件。
        """

    @Test func wordsAreJoinedAsChineseIsWrittenAndBoxesAreInPoints() throws {
        let page = try #require(OCRLayout.page(Array(Self.tsv.utf8), dpi: 300))
        #expect(abs(page.width - 595.2) < 1e-9 && abs(page.height - 841.92) < 1e-9)
        #expect(page.blocks.map { $0.lines.map(\.text) } == [["关于加强管理的通知"], ["依据 GB/T 9704 执行，见附件。"]])
        let title = try #require(page.blocks.first?.lines.first)
        #expect(title.box == PDFBox(xMin: 144, yMin: 72, xMax: 432, yMax: 90))
    }

    @Test func aPageWithoutWordsHasNoLinesAndNothingIsADocument() throws {
        let blank = Array("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n".utf8)
        #expect(OCRLayout.page(blank, dpi: 300)?.blocks == [])
        #expect(OCRLayout.page(Array("garbage\n\u{0}\t\t".utf8), dpi: 300) == nil)
        #expect(throws: FormatError.empty) { try PDFFormat.parse(ocrPages: [blank, blank], dpi: 300, fileName: "扫描.pdf") }
    }

    @Test func recognizedPagesBecomeADocumentMarkedAsOCR() throws {
        let parsed = try PDFFormat.parse(ocrPages: [Array(Self.tsv.utf8)], dpi: 300, fileName: "扫描.pdf")
        #expect(parsed.byOCR)
        #expect(parsed.title == "关于加强管理的通知")
        #expect(parsed.blocks.map(\.plainText) == ["依据 GB/T 9704 执行，见附件。"])
    }
}
