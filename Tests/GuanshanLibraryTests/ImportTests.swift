import Foundation
import GuanshanFormats
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

@Suite struct ImportTests {
    let library: Library
    /// The store the library was opened on, to arrange and check what the library API does not show.
    let store: any Store
    let folder: TemporaryFolder

    init() async throws {
        store = try await TestStore.make()
        library = Library(store: store)
        folder = try TemporaryFolder()
    }

    @Test func theReferencePageCountsAsTheDesignSays() async throws {
        let path = try folder.write("对照检查材料.txt", try Samples.seedParagraphs().joined(separator: "\n"))
        let document = try await library.importOne(path)
        #expect(document.summary.title == "对照检查材料")
        #expect(document.blocks.count == 11)
        #expect(document.metrics.characterCount == 2578)
        #expect(document.metrics.readingMinutes == 9)
        let outline = document.metrics.outline
        #expect(outline.contains { $0.level == 2 && $0.title.contains("在带头坚持以人民为中心的发展思想,推动改革发展稳定方面") })
        #expect(outline.contains { $0.level == 3 && $0.title.hasSuffix("联系群众、服务群众不主动、不深入") })
    }

    @Test func aLongDocumentHasFourEvenPagesOfWholeParagraphs() async throws {
        let paragraphs = Samples.longDocumentParagraphs()
        let path = try folder.write("长文.txt", paragraphs.joined(separator: "\n\n"))
        let document = try await library.importOne(path)
        #expect((8_000...8_700).contains(document.metrics.characterCount))
        #expect(document.blocks.count == paragraphs.count)
        #expect(document.metrics.pages.count == 4)
        #expect(document.metrics.pages.allSatisfy { $0.offset == 0 })
    }

    @Test func importingTheSameFileTwiceKeepsOneCopy() async throws {
        let path = try folder.write("通知.txt", "关于开展读书月活动的通知\n\n　　各部门：为营造良好的读书氛围，定于下月开展读书月活动。")
        let first = try await library.editorial.importFiles([path])
        let second = try await library.editorial.importFiles([path])
        #expect(first.imported.count == 1)
        #expect(second.imported.isEmpty)
        #expect(second.skipped.map(\.duplicateOf) == first.imported.map(\.id))
        #expect(try await store.documentCount() == 1)
    }

    @Test(arguments: ["gb18030", "utf16le-bom", "utf16be-bom", "utf8-bom"])
    func encodingsAreDecodedFromRealBytes(encoding: String) async throws {
        let text = "图书馆开放时间\n　　本馆每周二至周日开放，节假日另行通知。\n　　读者凭证入馆，欢迎借阅。"
        let bytes: Data = switch encoding {
        case "gb18030": try #require(Data(base64Encoded: "zbzK6bndv6q3xcqxvOQKoaGhobG+ud3Dv9bctv7WwdbcyNW/qrfFo6y92rzZyNXB7dDQzajWqqGjCqGhoaG2wdXfxr7WpMjrud2jrLu206296NTEoaM="))
        case "utf16le-bom": Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case "utf16be-bom": Data([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        default: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        }
        let document = try await library.importOne(try folder.write("\(encoding).txt", bytes))
        #expect(document.summary.title == "图书馆开放时间")
        #expect(document.blocks.map(\.plainText) == ["本馆每周二至周日开放，节假日另行通知。", "读者凭证入馆，欢迎借阅。"])
    }

    /// A LibreOffice help page as saved from the web (UTF-8), and the same page saved as GBK.
    @Test(arguments: ["libreoffice-help-tabs.html", "libreoffice-help-tabs-gbk.html"])
    func aSavedChineseWebPage(file: String) async throws {
        let document = try await library.importOne(try folder.write(file, try FormatFixtures.data(file)))
        #expect(document.summary.title == "插入和编辑制表位")
        let texts = document.blocks.map(\.plainText)
        #expect(texts.contains("水平标尺上有当前段落的制表位。如果要修改制表位，您需要确认要修改的制表位的范围，如下所述:"))
        #expect(document.metrics.outline.map(\.title).contains("在标尺上移动制表位"))
        #expect(document.blocks.contains { block in
            if case .table(let rows, headerRows: 1) = block { rows.first?.map(\.plainText) == ["选择", "说明:"] } else { false }
        })
        #expect(!texts.contains { $0.contains("setupModules") || $0.contains("polyfills") || $0.contains("<") })
    }

    @Test func anUndecodableFileFailsWithAReasonAndTheRestImport() async throws {
        try folder.write("docs/bad.txt", Data([0xC3, 0x28, 0xFF, 0xFE, 0x81, 0x30, 0xFF, 0x41]))
        try folder.write("docs/good.md", "# 好文档\n\n正文一段。")
        try folder.write("docs/notes.zip", "not imported")
        try folder.write("docs/sub/more.txt", "子目录里的文档\n正文也要被找到。")
        let report = try await library.editorial.importFiles([folder.url.appendingPathComponent("docs").path])
        #expect(report.imported.map(\.title).sorted() == ["好文档", "子目录里的文档"])
        #expect(report.failed.count == 1)
        #expect(report.failed.first?.source.path.hasSuffix("bad.txt") == true)
        #expect(report.ignoredFiles == 1)
    }

    @Test func aMissingPathIsReported() async throws {
        let report = try await library.editorial.importFiles([folder.url.appendingPathComponent("nothing.txt").path])
        #expect(report.failed.map(\.problem) == [.notFound])
    }

    @Test func jsonlKeepsIdsAndReportsBadLines() async throws {
        let lines = [
            #"{"id": 501, "source": "x", "title": "第一篇", "paragraphs": ["第一段。", "第二段。"], "category": "手册", "tags": ["甲"]}"#,
            #"{"id": 502, "title": "第二篇", "text": "一行。\n又一行。", "author": "王五"}"#,
            "",
            #"{"id": 503, "title": "坏行""#,
            #"{"title": "没有编号", "paragraphs": ["也能导入。"]}"#,
        ]
        let path = try folder.write("corpus.jsonl", lines.joined(separator: "\n"))
        let report = try await library.editorial.importFiles([path], options: ImportOptions(category: "语料"))
        #expect(report.imported.map(\.id).prefix(2) == [501, 502])
        #expect(report.imported.count == 3)
        #expect(report.failed.map(\.source.line) == [4])
        let second = try #require(try await store.document(id: 502))
        #expect(second.summary.sharer == "王五")
        #expect(second.summary.category?.name == "语料")
        #expect(second.blocks.count == 2)
    }

    @Test func authorAndCategoryOptionsApply() async throws {
        let path = try folder.write("x.md", "正文。")
        let document = try await library.importOne(path, options: ImportOptions(category: "工作 总结", author: "李四"))
        #expect(document.summary.sharer == "李四")
        #expect(document.summary.category == CategoryName(name: "工作 总结", slug: "工作-总结"))
    }

    @Test func aWordPressExportImportsItsPostsAndPagesKeepingDraftsUnpublished() async throws {
        let path = FormatFixtures.path("wordpress/guanshan-wordpress.xml")
        let report = try await library.editorial.importFiles([path], options: ImportOptions(format: .wxr))
        #expect(report.failed.isEmpty, "\(report.failed)")
        #expect(report.ignoredItems == 2)
        #expect(report.imported.map(\.title) == [
            "关于做好2024年春季学期开学工作的通知", "城市更新条例解读", "本市公共交通票价调整方案", "医疗保障新规要点",
            "2024年环境保护工作要点（征求意见稿）", "编辑部内部工作安排", "关于本站",
        ])
        var documents: [StoredDocument] = []
        for imported in report.imported {
            documents.append(try #require(try await store.editableDocument(id: imported.id)?.document))
        }
        #expect(documents.map(\.status) == [.published, .published, .published, .published, .draft, .draft, .published])
        #expect(documents.map(\.summary.sharer) == ["张伟", "李娜", "张伟", "李娜", "张伟", "李娜", "张伟"])
        #expect(documents[2].summary.category?.name == "地方政策")
        #expect(documents[3].tags.sorted() == ["住房", "医疗"])
        #expect(documents[0].created == ISO8601DateFormatter().date(from: "2024-02-20T01:30:00Z"))
        #expect(documents[1].blocks.first?.plainText == "第一部分：背景")

        let again = try await library.editorial.importFiles([path], options: ImportOptions(format: .wxr))
        #expect(again.imported.isEmpty && again.skipped.count == 7)
    }

    /// A .docx written by `Tests/GuanshanFormatsTests/Fixtures/generate-docx.py`.
    private func docxFixture(_ name: String) throws -> Data {
        try FormatFixtures.data("docx/\(name).docx")
    }

    /// An EPUB comes in as one document of its chapters, with its subjects as tags and its author as
    /// sharer; a book under DRM fails with its reason.
    @Test func anEPUBBookImportsWithItsMetadata() async throws {
        try folder.write("books/办法.epub", try FormatFixtures.data("epub/book.epub"))
        try folder.write("books/加密.epub", try FormatFixtures.data("epub/drm.epub"))
        let report = try await library.editorial.importFiles([folder.url.appendingPathComponent("books").path])
        #expect(report.failed.map(\.problem) == [.format(.drmProtected)])
        let id = try #require(report.imported.first?.id)
        let document = try #require(try await store.document(id: id))
        #expect(document.summary.title == "公文管理办法" && document.summary.sharer == "市政府办公室")
        #expect(document.tags == ["公文", "管理办法"])
        #expect(document.metrics.outline.map(\.title).prefix(3) == ["总则", "收文办理", "签收"], "the numbering apart")
    }

    @Test func aWordDocumentImportsAndAZipBombFailsWithNothingHalfImported() async throws {
        try folder.write("docs/通知.docx", try docxFixture("notice"))
        try folder.write("docs/炸弹.docx", try docxFixture("bomb"))
        let report = try await library.editorial.importFiles([folder.url.appendingPathComponent("docs").path])
        #expect(report.imported.map(\.title) == ["关于调整观山文库开放时间的通知"])
        #expect(report.failed.map(\.problem) == [.format(.archiveTooLarge)])
        #expect(report.failed.first?.problem.message(english: false) == "压缩内容过大，可能是压缩炸弹，未导入")
        #expect(try await store.documentCount() == 1)
        let id = try #require(report.imported.first?.id)
        let document = try #require(try await store.document(id: id))
        #expect(document.blocks.contains(.heading(level: 1, spans: [Span("一、总体要求")])))
        #expect(document.summary.sharer == "办公室")
    }

    /// The bad inputs the import must survive, as real files: each is refused with its reason and
    /// nothing of any of them is saved. The time each takes is measured by `Benchmarks/bad-inputs/run`
    /// (under 2 seconds); here, among the other suites running at once, only a hang would fail.
    @Test func everyBadInputIsRefusedQuicklyWithItsReasonAndNothingIsSaved() async throws {
        let oneLine = String(repeating: "没有换行的一行字。", count: 10_000_000 / 27)
        let inputs: [(file: String, data: Data, problem: ImportProblem)] = [
            ("破损.txt", try FormatFixtures.data("invalid.txt"), .format(.undecodable)),
            ("空字符.txt", Data("第一段\u{0}第二段".utf8), .format(.binary)),
            ("图片.md", try FormatFixtures.data("binary.png"), .format(.binary)),
            ("一行.txt", Data(oneLine.utf8), .format(.tooLarge(line: 1, limit: 1 << 20))),
            ("巨大.md", Data(repeating: 0x41, count: (16 << 20) + 1), .tooLarge(bytes: (16 << 20) + 1, limit: 16 << 20)),
            ("空白.txt", Data(" \n\u{3000}\n".utf8), .format(.empty)),
            ("炸弹.docx", try docxFixture("bomb"), .format(.archiveTooLarge)),
            ("多条目.docx", try docxFixture("many-entries"), .format(.tooManyEntries(limit: 1_000))),
            ("外部实体.docx", try docxFixture("xxe"), .format(.unsafeXML)),
            ("实体膨胀.docx", try docxFixture("billion-laughs"), .format(.unsafeXML)),
            ("网页.docx", try docxFixture("html"), .format(.notDocx)),
            ("截断.docx", try docxFixture("truncated"), .format(.notDocx)),
            ("导出.wxr", Data("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x \"x\">]>\n<rss/>".utf8), .format(.doctypeRefused(line: 2))),
        ]
        for input in inputs {
            let path = try folder.write("bad/\(input.file)", input.data)
            let started = ContinuousClock.now
            let report = try await library.editorial.importFiles([path])
            // A runaway only: Benchmarks/bad-inputs measures the 2-second bound on a quiet machine.
            #expect(ContinuousClock.now - started < TestTime.bound(.seconds(120)), "\(input.file)")
            #expect(report.imported.isEmpty, "\(input.file)")
            #expect(report.failed.map(\.problem) == [input.problem], "\(input.file)")
            #expect(report.failed.first?.problem.message(english: false).isEmpty == false)
        }
        #expect(try await store.documentCount() == 0)
    }
}
