import Foundation
import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct MarkdownBlockTests {
    func blocks(_ markdown: String) throws -> [Block] {
        try MarkdownFormat.parse(markdown, fileName: "test.md").blocks
    }

    func paragraph(_ text: String) -> Block { .paragraph([Span(text)]) }

    @Test func frontMatter() throws {
        let markdown = """
            ---
            title: "观山文库使用指南"
            category: 指南
            tags: [入门, "借阅"]
            author: 馆员小李   # 参考咨询部
            date: 2024-03-01
            source: 自编
            ---

            # 观山文库使用指南

            欢迎使用观山文库。
            """
        let document = try MarkdownFormat.parse(markdown, fileName: "guide.md")
        #expect(document.title == "观山文库使用指南")
        #expect(document.category == "指南")
        #expect(document.tags == ["入门", "借阅"])
        #expect(document.author == "馆员小李")
        #expect(document.created == Date(timeIntervalSince1970: 1_709_222_400))
        #expect(document.blocks == [paragraph("欢迎使用观山文库。")])
        #expect(document.id == nil)
    }

    @Test func frontMatterListsAndDateTimes() throws {
        let markdown = """
            ---
            tags:
              - 通知
              - 开放时间
            created: 2024-03-01 08:30:15
            ---
            正文。
            """
        let document = try MarkdownFormat.parse(markdown, fileName: "notes/开放时间.md")
        #expect(document.title == "开放时间")
        #expect(document.tags == ["通知", "开放时间"])
        #expect(document.created == Date(timeIntervalSince1970: 1_709_253_015))
        let zoned = try MarkdownFormat.parse("---\ntags: 通知，开放时间, 通知\ndate: 2024-03-01T00:30:15Z\n---\n正文。", fileName: "a.md")
        #expect(zoned.tags == ["通知", "开放时间"])
        #expect(zoned.created == Date(timeIntervalSince1970: 1_709_253_015))
    }

    @Test func invalidFrontMatterDate() {
        #expect(throws: FormatError.invalidField(line: 3, field: "date", reason: "must be an ISO 8601 date or date-time")) {
            try MarkdownFormat.parse("---\ntitle: 标题\ndate: 2024-02-30\n---\n正文。", fileName: "a.md")
        }
    }

    @Test func dashesWithoutFrontMatterAreBreaks() throws {
        let document = try MarkdownFormat.parse("---\n第一段。\n\n---\n第二段。", fileName: "a.md")
        #expect(document.blocks == [paragraph("第一段。"), paragraph("第二段。")])
    }

    @Test func titleFromLevelOneHeading() throws {
        let document = try MarkdownFormat.parse("# 借阅规则 #\n\n## 借阅 ##\n\n每次限借五册。", fileName: "rules.md")
        #expect(document.title == "借阅规则")
        #expect(document.blocks == [.heading(level: 2, spans: [Span("借阅")]), paragraph("每次限借五册。")])

        let setext = try MarkdownFormat.parse("借阅规则\n========\n\n正文。", fileName: "rules.md")
        #expect(setext.title == "借阅规则")

        let later = try MarkdownFormat.parse("引言。\n\n# 借阅规则\n", fileName: "rules.markdown")
        #expect(later.title == "rules")
        #expect(later.blocks == [paragraph("引言。"), .heading(level: 1, spans: [Span("借阅规则")])])

        // Found by FuzzMarkdown: a code span kept the title's trailing space, which no heading can write.
        let spaced = try MarkdownFormat.parse("# `借阅 `\n\n正文。", fileName: "rules.md")
        #expect(spaced.title == "借阅")
        let written = MarkdownWriter.markdown(title: spaced.title, blocks: spaced.blocks)
        #expect(try MarkdownFormat.parse(written, fileName: "rules.md").title == "借阅")
    }

    @Test func headings() throws {
        #expect(try blocks("###### 六级\n####### 七个井号\n#没有空格\n\n二级标题\n---") == [
            .heading(level: 6, spans: [Span("六级")]),
            paragraph("####### 七个井号 #没有空格"),
            .heading(level: 2, spans: [Span("二级标题")]),
        ])
    }

    @Test func paragraphLinesAreJoined() throws {
        #expect(try blocks("第一行\n第二行\n\nline one\nline two\n\n中文\nEnglish\n\n句号。\nEnglish\n\n换行\\\n符号") == [
            paragraph("第一行第二行"),
            paragraph("line one line two"),
            paragraph("中文 English"),
            paragraph("句号。English"),
            paragraph("换行符号"),
        ])
        #expect(try blocks("　　全角缩进的段落。\u{3000}") == [paragraph("全角缩进的段落。")])
    }

    @Test func nestedLists() throws {
        let markdown = """
            - 借阅
              - 续借
                1. 线上续借
            - 归还
            1. 第一步
            2) 第二步

            * 星号项
            + 加号项
            """
        #expect(try blocks(markdown) == [
            .listItem(ordered: false, depth: 0, spans: [Span("借阅")]),
            .listItem(ordered: false, depth: 1, spans: [Span("续借")]),
            .listItem(ordered: true, depth: 2, spans: [Span("线上续借")]),
            .listItem(ordered: false, depth: 0, spans: [Span("归还")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第一步")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第二步")]),
            .listItem(ordered: false, depth: 0, spans: [Span("星号项")]),
            .listItem(ordered: false, depth: 0, spans: [Span("加号项")]),
        ])
    }

    @Test func listItemContinuations() throws {
        let markdown = """
            1. 第一项的文字
            继续第一项
               - 对齐内容列的嵌套

               第一项的第二段

                   缩进再多也不是代码
            ===
            2. 第二项
              - 没有对齐内容列，不嵌套
            -

              空项之后的段落
            """
        #expect(try blocks(markdown) == [
            .listItem(ordered: true, depth: 0, spans: [Span("第一项的文字继续第一项")]),
            .listItem(ordered: false, depth: 1, spans: [Span("对齐内容列的嵌套")]),
            paragraph("第一项的第二段"),
            paragraph("缩进再多也不是代码 ==="),
            .listItem(ordered: true, depth: 0, spans: [Span("第二项")]),
            .listItem(ordered: false, depth: 0, spans: [Span("没有对齐内容列，不嵌套")]),
            paragraph("空项之后的段落"),
        ])
    }

    @Test func onlyItemOneInterruptsAParagraph() throws {
        #expect(try blocks("二〇二四年\n3. 不是列表\n1. 是列表") == [
            paragraph("二〇二四年 3. 不是列表"),
            .listItem(ordered: true, depth: 0, spans: [Span("是列表")]),
        ])
        #expect(try blocks("1.在加强党的领导上还不到位。") == [paragraph("1.在加强党的领导上还不到位。")])
    }

    @Test func blockQuotes() throws {
        let markdown = """
            > 第一段引文
            > 继续
            >
            > 第二段引文
            懒惰续行

            > ## 引文里的标题
            > - 引文里的列表
            """
        #expect(try blocks(markdown) == [
            .quote([Span("第一段引文继续")]),
            .quote([Span("第二段引文懒惰续行")]),
            .quote([Span("引文里的标题")]),
            .quote([Span("引文里的列表")]),
        ])
    }

    @Test func codeBlocks() throws {
        let markdown = """
            ```swift
            let 馆名 = "观山文库"
            # 不是标题
            ```

            ~~~
              保留缩进
            ~~~~

            段落
                懒惰续行不是代码

                let indented = true

                second = 2
            """
        #expect(try blocks(markdown) == [
            .code(language: "swift", text: "let 馆名 = \"观山文库\"\n# 不是标题"),
            .code(language: nil, text: "  保留缩进"),
            paragraph("段落懒惰续行不是代码"),
            .code(language: nil, text: "let indented = true\n\nsecond = 2"),
        ])
    }

    @Test func unclosedFenceRunsToTheEnd() throws {
        #expect(try blocks("``` text\n第一行\n\n第二行") == [.code(language: "text", text: "第一行\n\n第二行")])
    }

    @Test func tables() throws {
        let markdown = """
            开放时间如下：
            | 时间 | 开放区域 |
            | :--- | ---: |
            | 周一至周五 | **全部** |
            | 周末 | 一楼 \\| 二楼 | 多余 |
            | 节假日 |

            表后段落。
            """
        #expect(try blocks(markdown) == [
            paragraph("开放时间如下："),
            .table(rows: [
                [[Span("时间")], [Span("开放区域")]],
                [[Span("周一至周五")], [Span("全部", strong: true)]],
                [[Span("周末")], [Span("一楼 | 二楼")]],
                [[Span("节假日")], []],
            ], headerRows: 1),
            paragraph("表后段落。"),
        ])
    }

    @Test func pipesWithoutAlignmentRowAreText() throws {
        #expect(try blocks("a | b\nc | d") == [paragraph("a | b c | d")])
    }

    @Test func thematicBreaksAreDropped() throws {
        #expect(try blocks("上。\n\n***\n- - -\n___\n\n下。") == [paragraph("上。"), paragraph("下。")])
    }

    @Test func htmlBlocksGoThroughTheHTMLReader() throws {
        let markdown = """
            <div class="note">
            <p>请<strong>爱护</strong>图书&nbsp;&amp;期刊</p>
            <script>alert("x")</script>
            <p onclick="steal()">第二段</p>
            </div>

            <!-- 注释
            多行 -->

            <style>p { color: red }</style>
            正文。

            <table>
            <tr><th>时段</th><th>开放</th></tr>
            <tr><td>周一</td><td><a href="javascript:alert(1)">闭馆</a></td></tr>
            </table>

            - 第一项
              <ol><li>子项</li></ol>
            """
        #expect(try blocks(markdown) == [
            .paragraph([Span("请"), Span("爱护", strong: true), Span("图书\u{A0}&期刊")]),
            paragraph("第二段"),
            paragraph("正文。"),
            .table(rows: [[[Span("时段")], [Span("开放")]], [[Span("周一")], [Span("闭馆")]]], headerRows: 1),
            .listItem(ordered: false, depth: 0, spans: [Span("第一项")]),
            .listItem(ordered: true, depth: 1, spans: [Span("子项")]),
        ])
    }

    @Test func linkReferenceDefinitionsAreNotShown() throws {
        let markdown = """
            [目录]: https://example.org/catalog "馆藏目录"
            [主页]: <https://example.org/>

            查询[馆藏目录][目录]，或访问[主页]。
            """
        #expect(try blocks(markdown) == [.paragraph([
            Span("查询"),
            Span("馆藏目录", link: "https://example.org/catalog"),
            Span("，或访问"),
            Span("主页", link: "https://example.org/"),
            Span("。"),
        ])])
    }

    @Test func emptyDocuments() {
        #expect(throws: FormatError.empty) { try MarkdownFormat.parse("", fileName: "a.md") }
        #expect(throws: FormatError.empty) { try MarkdownFormat.parse("---\ntitle: 标题\n---\n# 标题\n\n---\n<!-- 注释 -->", fileName: "a.md") }
        #expect(throws: FormatError.empty) { try MarkdownFormat.parse("![](a.png)\n\n```\n```", fileName: "a.md") }
    }
}

@Suite struct MarkdownEdgeTests {
    @Test func windowsLineEndings() throws {
        let document = try MarkdownFormat.parse("# 标题\r\n\r\n第一行\r\n第二行\r\n\r\n- 项\r\n", fileName: "a.md")
        #expect(document.title == "标题")
        #expect(document.blocks == [.paragraph([Span("第一行第二行")]), .listItem(ordered: false, depth: 0, spans: [Span("项")])])
    }

    @Test func deepNestingIsBounded() throws {
        let blocks = try MarkdownFormat.parse(String(repeating: "> ", count: 40) + "深", fileName: "a.md").blocks
        #expect(blocks.count == 1)
        #expect(blocks.first?.plainText.hasSuffix("> 深") == true)
    }

    @Test func strayControlCharactersAreRemoved() throws {
        let document = try MarkdownFormat.parse("正\u{1B}文\u{7}。", fileName: "a.md")
        #expect(document.blocks == [.paragraph([Span("正文。")])])
    }
}
