import Foundation
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct DocxFormatTests {
    @Test func anOfficialNoticeReadsAsTheReaderSawIt() throws {
        let document = try DocxFormat.parse(try fixture("docx/notice.docx"), fileName: "notice.docx")
        #expect(document.title == "关于调整观山文库开放时间的通知")
        #expect(document.author == "办公室")
        #expect(document.created == Date(timeIntervalSince1970: 1_709_253_000))
        #expect(document.blocks == [
            .paragraph([Span("各部门：")]),
            .paragraph([Span("为更好地服务读者，经研究决定调整开放时间[1]。")]),
            .heading(level: 1, spans: [Span("一、总体要求")]),
            .heading(level: 2, spans: [Span("（一）开放时间")]),
            .paragraph([Span("1.周一至周五上午八时开馆。")]),
            .paragraph([
                Span("2."), Span("周末", strong: true), Span("上午九时开馆，"), Span("节假日另行通知", emphasis: true),
                Span("。", strong: true),
            ]),
            .heading(level: 2, spans: [Span("（二）借阅规则")]),
            .paragraph([Span("1.每人限借五册。")]),
            .heading(level: 1, spans: [Span("二、工作要求")]),
            .paragraph([Span("详见"), Span("借阅规则", link: "https://lib.example.cn/rules"), Span("，本地文件，脚本。")]),
            .paragraph([Span("[图片：阅览室平面图]")]),
            .table(rows: [[[Span("日期")], [Span("时间")]], [[Span("周一至周五")], [Span("8:00 21:00")]]], headerRows: 1),
            .listItem(ordered: false, depth: 0, spans: [Span("第一项")]),
            .listItem(ordered: false, depth: 1, spans: [Span("第一项的细节")]),
            .listItem(ordered: true, depth: 0, spans: [Span("步骤一")]),
            .listItem(ordered: true, depth: 0, spans: [Span("步骤二")]),
            .listItem(ordered: true, depth: 0, spans: [Span("重新开始")]),
            .paragraph([Span("甲、甲项")]),
            .paragraph([Span("c) 子项")]),
            .paragraph([Span("乙、乙项")]),
            .heading(level: 3, spans: [Span("三级标题")]),
            .paragraph([Span("循环样式也能读")]),
            .quote([Span("读书使人进步。")]),
            .code(language: nil, text: "guanshan import  文件夹\nguanshan serve"),
            .paragraph([Span("运行"), Span("guanshan --help", code: true)]),
            .paragraph([Span("第一行")]),
            .paragraph([Span("第二行同一行")]),
            .paragraph([Span("特此通知。")]),
            .paragraph([Span("[1] 见《观山文库借阅规则》第三条。")]),
        ])
    }

    @Test func aDocumentWrittenByPythonDocx() throws {
        let document = try DocxFormat.parse(try fixture("docx/python-docx.docx"), fileName: "方案.docx")
        #expect(document.title == "读书月活动方案")
        #expect(document.author == "观山文库")
        #expect(document.blocks == [
            .heading(level: 1, spans: [Span("活动目的")]),
            .paragraph([Span("营造"), Span("良好", strong: true), Span("的读书"), Span("氛围", emphasis: true), Span("。")]),
            .heading(level: 2, spans: [Span("活动安排")]),
            .listItem(ordered: false, depth: 0, spans: [Span("第一周：好书推荐。")]),
            .listItem(ordered: false, depth: 0, spans: [Span("第二周：读书分享。")]),
            .paragraph([Span("报名截止：三月十日")]),
            .paragraph([Span("联系人：王老师")]),
            .table(rows: [[[Span("周次")], [Span("内容")]], [[Span("一")], [Span("好书推荐")]]], headerRows: 0),
            .quote([Span("不忘初心。")]),
        ])
    }

    /// LibreOffice writes Chinese numbering as `taiwaneseCountingThousand` in Normal paragraphs; pandoc
    /// reads the same file as nested lists `1.` `1.` `1.`, which is not what a reader of the notice sees.
    @Test func chineseNumberingAsLibreOfficeWritesIt() throws {
        let document = try DocxFormat.parse(try fixture("docx/libreoffice-notice.docx"), fileName: "notice.docx")
        #expect(document.title == "关于开展读书月活动的通知")
        #expect(document.author == "观山文库办公室")
        #expect(document.blocks == [
            .paragraph([Span("各部门：")]),
            .paragraph([Span("为营造"), Span("良好", strong: true), Span("的读书"), Span("氛围", emphasis: true), Span("，现将有关事项通知如下[1]。")]),
            .paragraph([Span("一、活动时间")]),
            .paragraph([Span("（一）第一阶段")]),
            .paragraph([Span("1.三月一日开始报名。")]),
            .paragraph([Span("2.三月十日截止。")]),
            .paragraph([Span("（二）第二阶段")]),
            .paragraph([Span("二、活动内容")]),
            .heading(level: 1, spans: [Span("联系方式")]),
            .paragraph([Span("详见"), Span("活动页面", link: "https://lib.example.cn/reading"), Span("。")]),
            .paragraph([Span("[图片：读书月活动海报]")]),
            .table(rows: [[[Span("周次")], [Span("内容")]], [[Span("一")], [Span("好书推荐")]]], headerRows: 1),
            .quote([Span("读书使人进步。")]),
            .paragraph([Span("特此通知。")]),
            .paragraph([Span("[1] 以馆务会决定为准。")]),
        ])
    }

    @Test(arguments: [
        ("bomb", FormatError.archiveTooLarge), ("lying-sizes", .archiveTooLarge), ("many-entries", .tooManyEntries(limit: 1_000)),
        ("xxe", .unsafeXML), ("billion-laughs", .unsafeXML), ("utf7", .unsafeXML), ("html", .notDocx),
        ("truncated", .notDocx), ("empty", .notDocx), ("deep", .notDocx), ("no-document", .notDocx), ("endless-stream", .notDocx),
    ])
    func hostileArchivesFailFast(name: String, error: FormatError) throws {
        let data = try fixture("docx/\(name).docx")
        let started = ContinuousClock.now
        #expect(throws: error) { try DocxFormat.parse(data, fileName: "\(name).docx") }
        // The 2-second bound is measured by Benchmarks/bad-inputs; beside the other suites on two cores a
        // test can only catch a runaway.
        #expect(ContinuousClock.now - started < TestTime.bound(.seconds(30)))
    }

    @Test func aZipInsideTheZipIsNeverOpened() throws {
        let document = try DocxFormat.parse(try fixture("docx/nested-zip.docx"), fileName: "nested.docx")
        #expect(document.title == "nested")
        #expect(document.blocks == [.paragraph([Span("外层正文")])])
    }

    @Test func moreThanTwentyMegabytesIsRefusedUnread() {
        #expect(throws: FormatError.tooLarge(line: nil, limit: 20 << 20)) {
            try DocxFormat.parse(Data(count: (20 << 20) + 1), fileName: "big.docx")
        }
    }

    @Test(arguments: [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"), (105, "chineseCountingThousand", "一百〇五"), (110, "chineseCounting", "一百一十"),
        (3, "ideographTraditional", "丙"), (12, "ideographTraditional", "乙"), (3, "chineseLegalSimplified", "叁"),
        (28, "lowerLetter", "bb"), (4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"), (3, "decimalEnclosedCircle", "③"),
        (7, "decimalZero", "07"), (12, "decimalFullWidth", "１２"), (42, "decimal", "42"), (5, "none", ""),
    ])
    func numberFormats(value: Int, format: String, expected: String) {
        #expect(DocxNumberFormat.format(value, as: format) == expected)
    }
}
