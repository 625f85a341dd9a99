import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// The office files of GuanshanFormatsTests/Fixtures/office (made by generate-office.py there, the older
/// formats written by LibreOffice itself) imported through LibreOffice in the converter sandbox.
@Suite(.serialized) struct OfficeImportTests {
    let library: Library

    init() async throws {
        library = Library(store: try await TestStore.make())
    }

    static func fixture(_ name: String) -> String {
        FormatFixtures.path("office/\(name)")
    }

    @Test(arguments: ["notice.doc", "notice.rtf", "notice.odt"])
    func wordProcessorFilesComeThroughDocx(_ name: String) async throws {
        let document = try await library.importOne(Self.fixture(name))
        #expect(document.summary.title == "关于开展读书月活动的通知")
        let texts = document.blocks.map(\.plainText)
        #expect(texts.contains("2.三月十日截止。") && texts.contains("联系方式"), "\(texts)")
        // LibreOffice writes an RTF's list labels in its ANSI code page, where `、` and `（` are not: the
        // numbering of a .rtf it wrote comes back as `一?` and `(一)`.
        if name != "notice.rtf" { #expect(texts.contains("一、活动时间") && texts.contains("（一）第一阶段"), "\(texts)") }
    }

    @Test(arguments: ["slides.pptx", "slides.ppt", "slides.odp"])
    func slidesAreSectionsUnderTheirTitles(_ name: String) async throws {
        let document = try await library.importOne(Self.fixture(name))
        #expect(document.summary.title == "观山文库简介")
        #expect(document.blocks == [
            .listItem(ordered: false, depth: 0, spans: [Span("长文档的在线文库")]),
            .listItem(ordered: false, depth: 0, spans: [Span("分页阅读，精确检索")]),
            .heading(level: 1, spans: [Span("导入的格式")]),
            .listItem(ordered: false, depth: 0, spans: [Span("Word、PDF、EPUB")]),
            .listItem(ordered: false, depth: 0, spans: [Span("演示文稿与电子表格")]),
            .heading(level: 1, spans: [Span("部署方式")]),
            .listItem(ordered: false, depth: 0, spans: [Span("一个 SQLite 文件")]),
            .listItem(ordered: false, depth: 0, spans: [Span("或多节点 PostgreSQL")]),
        ], "\(name)")
    }

    @Test(arguments: ["sheets.xlsx", "sheets.xls", "sheets.ods"])
    func sheetsAreTablesUnderTheirNames(_ name: String) async throws {
        let document = try await library.importOne(Self.fixture(name))
        #expect(document.summary.title == "sheets")
        #expect(document.blocks.count == 4)
        #expect(document.blocks.first == .heading(level: 1, spans: [Span("收文登记")]))
        guard case .table(let rows, let headerRows) = document.blocks[1] else {
            Issue.record("\(name): \(document.blocks[1])")
            return
        }
        #expect(headerRows == 1 && rows.map { $0.map { $0.map(\.text).joined() } } == [
            ["编号", "标题", "日期"], ["1", "关于开放时间的通知", "2026-12-01"], ["2", "年度工作计划", "2026-12-02"],
        ])
        #expect(document.blocks[2] == .heading(level: 1, spans: [Span("人员")]))
    }

    /// What LibreOffice cannot make sense of fails that file alone, with a reason.
    @Test func aDamagedOfficeFileFailsAlone() async throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("坏的.xlsx", Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 64)))
        let report = try await library.editorial.importFiles([broken, Self.fixture("sheets.ods")])
        #expect(report.imported.count == 1)
        #expect(report.failed.count == 1)
        #expect(report.failed.first.map { $0.problem.message(english: false).isEmpty } == false)
    }
}
