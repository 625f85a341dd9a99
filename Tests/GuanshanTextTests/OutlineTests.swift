import Testing
@testable import GuanshanText

@Suite struct OutlineTests {
    @Test(arguments: [
        ("一、总体要求", 1),
        ("十一、其他事项", 1),
        ("二十三、附则", 1),
        ("　　三、工作措施", 1),
        ("（一）加强组织领导", 2),
        ("(四)在带头坚持以人民为中心的发展思想", 2),
        ("(十二）混用括号", 2),
        ("1.在加强党对政协工作的全面领导上还不到位。", 3),
        ("1．全角句点", 3),
        ("12、顿号编号", 3),
        ("１.全角数字", 3),
        ("1. Introduction", 3),
        ("（1）细目", 4),
        ("(23)细目", 4),
        ("第一章　总则", 1),
        ("第1章 总则", 1),
        ("第十二章总则", 1),
        ("第三节 职责", 2),
        ("第一条　为了规范管理，制定本办法。", 3),
        ("第1260条 本法自2021年1月1日起施行。", 3),
        ("第一千二百六十条 本法自公布之日起施行。", 3),
        ("第二条：适用范围。", 3),
    ])
    func recognisesOfficialNumbering(text: String, level: Int) {
        #expect(Outline.headingLevel(ofParagraph: text) == level)
    }

    @Test(arguments: [
        "",
        "普通段落。",
        "1.5倍行距",
        "1.5",
        "2022年度民主生活会",
        "2022.年度总结",
        "1.",
        "1.   ",
        "（四）",
        "一、",
        "一是加强学习。",
        "第一条路是走不通的。",
        "第一次会议",
        "(a) 字母编号",
        "（一",
        "百分之百",
        "1.2.3 版本说明",
    ])
    func ignoresTextThatIsNotNumbering(text: String) {
        #expect(Outline.headingLevel(ofParagraph: text) == nil)
    }

    @Test func headingOnlyMeansShortAndNoSentence() {
        #expect(Outline.isHeadingOnly(paragraph: "（四）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面"))
        #expect(Outline.isHeadingOnly(paragraph: "一、总体要求"))
        #expect(Outline.isHeadingOnly(paragraph: "第一章 总则"))
        #expect(!Outline.isHeadingOnly(paragraph: "1.在加强党对政协工作的全面领导上还不到位。换届以来……"))
        #expect(!Outline.isHeadingOnly(paragraph: "1.联系群众不主动。"))
        #expect(!Outline.isHeadingOnly(paragraph: "在带头坚持以人民为中心的发展思想方面"))
        #expect(!Outline.isHeadingOnly(paragraph: "（一）" + String(repeating: "很长的标题", count: 17)))
    }

    @Test(arguments: [
        ("1.联系群众、服务群众不主动、不深入。党组同志普遍认为……", "1.", "联系群众、服务群众不主动、不深入"),
        ("（四）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面", "（四）", "在带头坚持以人民为中心的发展思想，推动改革发展稳定方面"),
        ("第一章　总则", "第一章", "总则"),
        ("第二条：适用范围。本办法适用于……", "第二条", "适用范围"),
        ("一、 总体要求 ", "一、", "总体要求"),
        ("2.为什么要改？因为旧办法不管用。", "2.", "为什么要改？"),
        ("3.思想认识不到位；理论学习不深入。", "3.", "思想认识不到位"),
        ("1. Introduction. This chapter explains why.", "1.", "Introduction"),
        ("（1）“一线”意识不强。其他", "（1）", "“一线”意识不强"),
    ])
    func titleIsTheFirstSentenceWithoutTheNumber(text: String, number: String, title: String) {
        let entries = Outline.entries(of: [paragraph(text)])
        #expect(entries.map(\.number) == [number])
        #expect(entries.map(\.title) == [title])
    }

    @Test func longTitlesAreAbbreviated() {
        let long = String(repeating: "坚持问题导向", count: 15)
        #expect(long.count == 90)
        let noSentence = Outline.entries(of: [paragraph("1." + long)])
        #expect(noSentence.map(\.title) == [String(long.prefix(40)) + "…"])
        let lateSentence = Outline.entries(of: [paragraph("1." + long + "。后文")])
        #expect(lateSentence.map(\.title) == [String(long.prefix(40)) + "…"])
        let trailingComma = Outline.entries(of: [paragraph("1." + String(repeating: "一二三四五六七八九，", count: 10))])
        #expect(trailingComma.map(\.title) == [String(repeating: "一二三四五六七八九，", count: 4).dropLast() + "…"])
        let exactlyEighty = String(repeating: "坚持问题导向守正创新", count: 8)
        #expect(Outline.entries(of: [paragraph("1." + exactlyEighty)]).map(\.title) == [exactlyEighty])
    }

    @Test func sourceHeadingsKeepTheirLevel() {
        let blocks: [Block] = [
            .heading(level: 1, spans: [Span("市政协党组"), Span("对照检查材料", emphasis: true)]),
            .heading(level: 2, spans: [Span("一、总体情况")]),
            .heading(level: 3, spans: [Span("  ")]),
            .heading(level: 9, spans: [Span("深层")]),
            .heading(level: 0, spans: [Span("零级")]),
        ]
        #expect(Outline.entries(of: blocks) == [
            OutlineEntry(level: 1, number: "", title: "市政协党组对照检查材料", block: 0),
            OutlineEntry(level: 2, number: "一、", title: "总体情况", block: 1),
            OutlineEntry(level: 6, number: "", title: "深层", block: 3),
            OutlineEntry(level: 1, number: "", title: "零级", block: 4),
        ])
    }

    @Test func onlyParagraphsAndHeadingsContribute() {
        let blocks: [Block] = [
            .listItem(ordered: true, depth: 0, spans: [Span("1.列表项。")]),
            .quote([Span("一、引文")]),
            .code(language: nil, text: "1. code"),
            .table(rows: [[[Span("（一）表格")]]], headerRows: 0),
            .paragraph([Span("（二）", strong: true), Span("加强领导")]),
        ]
        #expect(Outline.entries(of: blocks) == [OutlineEntry(level: 2, number: "（二）", title: "加强领导", block: 4)])
    }
}
