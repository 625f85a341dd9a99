import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct PlainTextFormatTests {
    /// The text of each block, after checking that every block is a plain paragraph.
    func paragraphs(_ document: ParsedDocument) -> [String] {
        document.blocks.map { block in
            guard case .paragraph(let spans) = block, spans.count == 1, spans[0] == Span(spans[0].text) else {
                Issue.record("not a plain paragraph: \(block)")
                return ""
            }
            return spans[0].text
        }
    }

    @Test func oneParagraphPerIndentedLine() throws {
        let text = """
            关于调整观山文库开放时间的通知
            　　各位读者：
            　　为更好地服务读者，自二〇二四年三月一日起，本馆开放时间调整如下。
            　　一、周一至周五：上午八时至晚上九时。
            \t二、周六、周日：上午九时至下午五时。\u{3000}
              特此通知。\u{A0}
            """
        let document = try PlainTextFormat.parse(text, fileName: "通知.txt")
        #expect(document.title == "关于调整观山文库开放时间的通知")
        #expect(paragraphs(document) == [
            "各位读者：",
            "为更好地服务读者，自二〇二四年三月一日起，本馆开放时间调整如下。",
            "一、周一至周五：上午八时至晚上九时。",
            "二、周六、周日：上午九时至下午五时。",
            "特此通知。",
        ])
    }

    @Test func oneParagraphPerLineWithBlankLinesBetween() throws {
        let text = """
            读书会活动安排

            本月读书会定于每周六下午两点举行，地点在二楼阅览室。

            活动期间请保持安静，手机调至静音。
            欢迎携带自己喜爱的书籍参加分享。
            """
        let document = try PlainTextFormat.parse(text, fileName: "活动.txt")
        #expect(document.title == "读书会活动安排")
        #expect(paragraphs(document) == [
            "本月读书会定于每周六下午两点举行，地点在二楼阅览室。",
            "活动期间请保持安静，手机调至静音。",
            "欢迎携带自己喜爱的书籍参加分享。",
        ])
    }

    @Test func hardWrappedParagraphsSeparatedByBlankLines() throws {
        let text = """
            观山文库馆藏介绍

            本馆现有藏书约十二万册，其中古籍善本三千余册，近现代
            期刊合订本八千余册。馆藏以文史哲类图书为主，兼顾自然
            科学与工程技术。

            每年新增图书约五千册，由采编部统一编目后上架。读者可以
            通过馆内检索终端或网站查询馆藏信息。

            The catalogue is also available in English for
            visiting scholars, together with 英文书目.
            """
        let document = try PlainTextFormat.parse(text, fileName: "馆藏.txt")
        #expect(document.title == "观山文库馆藏介绍")
        #expect(paragraphs(document) == [
            "本馆现有藏书约十二万册，其中古籍善本三千余册，近现代期刊合订本八千余册。馆藏以文史哲类图书为主，兼顾自然科学与工程技术。",
            "每年新增图书约五千册，由采编部统一编目后上架。读者可以通过馆内检索终端或网站查询馆藏信息。",
            "The catalogue is also available in English for visiting scholars, together with 英文书目.",
        ])
    }

    @Test func hardWrappedParagraphsStartingWithIndentation() throws {
        let text = """
            　　本馆现有藏书约十二万册，其中古籍善本三千余册，近现代
            期刊合订本八千余册。
            　　每年新增图书约五千册，由采编部统一编目后上架。读者可以
            通过馆内检索终端查询。
            """
        let document = try PlainTextFormat.parse(text, fileName: "馆藏介绍.txt")
        #expect(document.title == "馆藏介绍")
        #expect(paragraphs(document) == [
            "本馆现有藏书约十二万册，其中古籍善本三千余册，近现代期刊合订本八千余册。",
            "每年新增图书约五千册，由采编部统一编目后上架。读者可以通过馆内检索终端查询。",
        ])
    }

    @Test func hardWrappedTitleRunningIntoTheText() throws {
        let text = """
            馆藏介绍
            本馆现有藏书约十二万册，其中古籍善本三千余册，近现代
            期刊合订本八千余册。

            每年新增图书约五千册，由采编部统一编目后上架。读者可以
            通过馆内检索终端查询。
            """
        let document = try PlainTextFormat.parse(text, fileName: "a.txt")
        #expect(document.title == "馆藏介绍")
        #expect(paragraphs(document).count == 2)
    }

    @Test func shortUnpunctuatedLinesAreNotJoinedWithoutParagraphMarks() throws {
        let text = """
            借阅须知
            凭读者证借阅
            每次限借五册
            借期三十天
            """
        let document = try PlainTextFormat.parse(text, fileName: "须知.txt")
        #expect(document.title == "借阅须知")
        #expect(paragraphs(document) == ["凭读者证借阅", "每次限借五册", "借期三十天"])
    }

    @Test func oneWrappedParagraphIsEnough() throws {
        let text = """
            关于闭馆的通知

            因线路检修，本馆将于三月五日闭馆一天，给您带来的不便敬请谅解。如有
            疑问请致电馆办公室。

            特此通知。
            """
        #expect(paragraphs(try PlainTextFormat.parse(text, fileName: "a.txt")) == [
            "因线路检修，本馆将于三月五日闭馆一天，给您带来的不便敬请谅解。如有疑问请致电馆办公室。",
            "特此通知。",
        ])
    }

    @Test func numberedHeadingsAreNotJoined() throws {
        let text = """
            市图书馆二〇二三年度工作总结

            根据年初确定的工作目标，本馆全年各项工作有序推进。现将有关情况报告如下。
            一、主要工作
            （一）持续改善阅读环境
            1.完成二楼阅览室改造，新增座位一百二十个。
            2.延长周末开放时间，方便读者错峰借阅。
            （二）丰富馆藏资源方面
            全年新增图书五千余册。
            二、存在的不足
            """
        let document = try PlainTextFormat.parse(text, fileName: "总结.txt")
        #expect(document.title == "市图书馆二〇二三年度工作总结")
        #expect(paragraphs(document) == [
            "根据年初确定的工作目标，本馆全年各项工作有序推进。现将有关情况报告如下。",
            "一、主要工作",
            "（一）持续改善阅读环境",
            "1.完成二楼阅览室改造，新增座位一百二十个。",
            "2.延长周末开放时间，方便读者错峰借阅。",
            "（二）丰富馆藏资源方面",
            "全年新增图书五千余册。",
            "二、存在的不足",
        ])
    }

    @Test func longUnpunctuatedHeadingsAreNotJoined() throws {
        let text = """
            对照检查材料

            （一）在带头坚持以人民为中心的发展思想，践行初心使命方面
            党组同志深入基层调查研究不够，联系群众、服务群众不主动、不深入，对群众反映的问题跟踪督办还不到位，解决问题的办法还不多。
            （二）在带头发扬斗争精神，积极担当作为方面
            面对新形势新任务，党组同志攻坚克难的勇气和闯劲还不够足，工作中存在等待观望的情况，推动工作落实的力度还需要进一步加大。
            """
        #expect(paragraphs(try PlainTextFormat.parse(text, fileName: "材料.txt")).count == 4)
    }

    @Test func verseKeepsItsLines() throws {
        let text = "春晓\n\n春眠不觉晓\n处处闻啼鸟\n\n夜来风雨声\n花落知多少\n"
        #expect(paragraphs(try PlainTextFormat.parse(text, fileName: "诗.txt")) == ["春眠不觉晓", "处处闻啼鸟", "夜来风雨声", "花落知多少"])
    }

    @Test(arguments: [
        ("本馆今日闭馆。\n明日照常开放。", "闭馆.txt", "闭馆"),
        ("一、总体要求\n坚持以读者为中心。", "要求.txt", "要求"),
        ("（一）开放时间\n上午八时开馆。", "时间.txt", "时间"),
        ("1. 借阅规则\n凭证借阅。", "规则.txt", "规则"),
        ("第一章 总则\n为规范管理，制定本办法。", "办法.txt", "办法"),
        ("只有一行没有结尾标点", "dir/单行.txt", "单行"),
        (String(repeating: "长", count: 41) + "\n正文。", "长标题.txt", "长标题"),
        ("1.5倍阅读速度训练\n每天练习半小时。", "x.txt", "1.5倍阅读速度训练"),
        ("第三届读书节\n欢迎参加。", "x.md.txt", "第三届读书节"),
        ("　　——————\n　　观山文库\n\n正文。", "x.txt", "观山文库"),
    ])
    func title(_ text: String, fileName: String, expected: String) throws {
        #expect(try PlainTextFormat.parse(text, fileName: fileName).title == expected)
    }

    @Test func decorationLinesAreDropped() throws {
        let text = "开放时间\n\n上午八时开馆。\n-----\n＊＊＊\n=  =  =\n晚上九时闭馆。\n……\n"
        #expect(paragraphs(try PlainTextFormat.parse(text, fileName: "a.txt")) == ["上午八时开馆。", "晚上九时闭馆。", "……"])
    }

    @Test func emptyDocument() {
        #expect(throws: FormatError.empty) { try PlainTextFormat.parse("　　\n\n-----\n \u{A0}\n", fileName: "a.txt") }
    }

    @Test func decodedFixture() throws {
        let document = try PlainTextFormat.parse(try TextDecoding.decode(try fixture("notice-gb18030.txt")), fileName: "notice.txt")
        #expect(document.title == "观山文库开放时间")
        #expect(paragraphs(document).last == "欧元符号€、韩元符号₩、生僻字𠀀与𪚥都能正确显示。")
    }
}
