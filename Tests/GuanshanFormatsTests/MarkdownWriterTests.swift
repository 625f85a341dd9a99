import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct MarkdownWriterTests {
    func roundTrip(_ blocks: [Block]) throws -> [Block] {
        try MarkdownFormat.parse(MarkdownWriter.markdown(blocks: blocks), fileName: "t.md").blocks
    }

    @Test func writesEachKindOfBlock() {
        let blocks: [Block] = [
            .heading(level: 2, spans: [Span("第一章 总则")]),
            .paragraph([Span("为了"), Span("规范", strong: true), Span("管理，参见"), Span("说明", link: "https://example.com/a")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第一项")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第二项")]),
            .listItem(ordered: false, depth: 1, spans: [Span("细目")]),
            .quote([Span("引文")]),
            .code(language: "swift", text: "let a = 1\n  let b = 2"),
            .table(rows: [[[Span("名称")], [Span("数量")]], [[Span("甲")], [Span("3")]]], headerRows: 1),
        ]
        #expect(MarkdownWriter.markdown(title: "观山", blocks: blocks) == """
            # 观山

            ## 第一章 总则

            为了**规范**管理，参见[说明](https://example.com/a)

            1. 第一项
            2. 第二项
               - 细目

            > 引文

            ```swift
            let a = 1
              let b = 2
            ```

            | 名称 | 数量 |
            | --- | --- |
            | 甲 | 3 |
            """)
    }

    @Test func escapesWhatWouldBecomeMarkup() throws {
        let paragraphs = [
            "1.在加强党的建设方面", "# 不是标题", "> 不是引文", "- 不是列表", "+ 也不是", "===", "---", "```",
            "[注]: http://example.com", "<div>原样</div>", "a*b*c_d_e", "`代码`", "[链接](x)", "&amp; 与 &#12;", "反斜杠 \\ 和 \\*",
            ":--- | ---:", "2) 第二", "    缩进四格",
        ]
        for text in paragraphs {
            let expected = text.hasPrefix("    ") ? String(text.dropFirst(4)) : text
            #expect(try roundTrip([.paragraph([Span(text)])]) == [.paragraph([Span(expected)])], "\(text)")
        }
        #expect(MarkdownWriter.markdown(blocks: [.paragraph([Span("1. 在加强党")])]) == "1\\. 在加强党")
        #expect(MarkdownWriter.markdown(blocks: [.paragraph([Span("1.在加强党")])]) == "1.在加强党")
    }

    /// Found by FuzzMarkdown: a paragraph that is a code span of one space.
    @Test func aCodeSpanOfWhiteSpaceIsKept() throws {
        let blocks: [Block] = [.paragraph([Span(" ", code: true)]), .paragraph([Span("`")])]
        #expect(try roundTrip(blocks) == blocks)
    }

    @Test func headingEndingInHashKeepsIt() throws {
        let blocks: [Block] = [.heading(level: 3, spans: [Span("C #")])]
        #expect(try roundTrip(blocks) == blocks)
    }

    @Test func codeKeepsBackticks() throws {
        let blocks: [Block] = [
            .paragraph([Span("用 "), Span("a `b` c", code: true), Span(" 和 "), Span("``", code: true)]),
            .code(language: nil, text: "```\n内嵌围栏\n```"),
        ]
        #expect(try roundTrip(blocks) == blocks)
    }

    @Test func linksWithSpacesAndParentheses() throws {
        let blocks: [Block] = [.paragraph([Span("甲", link: "/d/1 (副本)"), Span("乙", strong: true, link: "https://example.com/a_(b)")])]
        #expect(try roundTrip(blocks) == blocks)
    }

    @Test func tableCellsKeepPipes() throws {
        let blocks: [Block] = [.table(rows: [[[Span("a|b")], [Span("c", strong: true)]], [[Span("1")], []]], headerRows: 1)]
        #expect(try roundTrip(blocks) == blocks)
    }

    @Test func nestedListsKeepTheirDepth() throws {
        let blocks: [Block] = [
            .listItem(ordered: false, depth: 0, spans: [Span("一")]),
            .listItem(ordered: true, depth: 1, spans: [Span("一之一")]),
            .listItem(ordered: false, depth: 2, spans: [Span("一之一之甲")]),
            .listItem(ordered: false, depth: 0, spans: [Span("二")]),
            .paragraph([Span("正文")]),
            .listItem(ordered: true, depth: 0, spans: [Span("另起")]),
        ]
        #expect(try roundTrip(blocks) == blocks)
    }

    @Test func seedPageSurvives() throws {
        let text = "1.在加强党的政治建设方面\n（一）坚持读书学习\n2.在作风建设方面\n——要深入群众。\n* 注释"
        let parsed = try PlainTextFormat.parse(text, fileName: "x.txt")
        #expect(try roundTrip(parsed.blocks) == parsed.blocks)
    }

    @Test func chineseEmphasisNextToPunctuation() throws {
        let blocks: [Block] = [.paragraph([
            Span("他说"), Span("“读书”", strong: true), Span("，"), Span("要", emphasis: true), Span("“精读”", emphasis: true, strong: true),
            Span("。"), Span("snake_case", code: true),
        ])]
        #expect(try roundTrip(blocks) == blocks)
    }

    /// Random spans of Chinese, Latin, spaces and markup characters with random styles always read back
    /// with the same text, links and code; emphasis and strong where CommonMark can mark them.
    @Test func randomSpansRoundTrip() throws {
        var seed: UInt64 = 7
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet = Array("观山文库长篇ab c，。“”!.*_`[]<>&#\\|-1")
        var styled = 0
        var tried = 0
        for _ in 0..<3000 {
            let spans = (0...random(5)).map { _ in
                let text = String((0...random(6)).map { _ in alphabet[random(alphabet.count)] })
                let style = random(8)
                return Span(text, emphasis: style & 1 != 0, strong: style & 2 != 0, code: style == 4,
                            link: random(6) == 0 ? "https://example.com/x" : nil)
            }
            let expected = SpanList.normalized(spans)
            guard !expected.isEmpty else { continue }
            tried += 1
            let markdown = MarkdownWriter.markdown(blocks: [.paragraph(spans)])
            let back = try MarkdownFormat.parse(markdown, fileName: "t.md").blocks.flatMap(\.spans)
            let plain = { (spans: [Span]) in spans.map { Span($0.text, code: $0.code, link: $0.link) } }
            #expect(MarkdownInlineWriter.visibleStyles(plain(back)) == MarkdownInlineWriter.visibleStyles(plain(expected)), "\(spans) → \(markdown)")
            if MarkdownInlineWriter.visibleStyles(back) == MarkdownInlineWriter.visibleStyles(expected) { styled += 1 }
        }
        #expect(styled * 10 >= tried * 9, "\(styled) of \(tried) kept every style")
    }
}

@Suite struct TextWriterTests {
    @Test func writesTheTitleAndBlocksWithBlankLinesBetween() {
        let blocks: [Block] = [
            .heading(level: 2, spans: [Span("一、总则")]),
            .paragraph([Span("为了"), Span("规范", strong: true), Span("管理。", link: "https://example.com")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第一项")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第二项")]),
            .listItem(ordered: false, depth: 1, spans: [Span("细目")]),
            .code(language: nil, text: "let a = 1\n  let b = 2"),
            .table(rows: [[[Span("名称")], [Span("数量")]], [[Span("甲")], [Span("3")]]], headerRows: 1),
        ]
        #expect(TextWriter.text(title: "通知", blocks: blocks) == """
            通知

            一、总则

            为了规范管理。

            1. 第一项
            2. 第二项
               • 细目

            let a = 1
              let b = 2

            名称\t数量
            甲\t3

            """)
    }

    /// A document imported from plain text reads back the same from its download.
    @Test func plainTextRoundTrips() throws {
        let text = "关于开展读书月活动的通知\n\n各科室：\n为营造良好的读书氛围，现将有关事项通知如下。\n一、活动时间\n2025年4月1日至30日。"
        let parsed = try PlainTextFormat.parse(text, fileName: "x.txt")
        let back = try PlainTextFormat.parse(TextWriter.text(title: parsed.title, blocks: parsed.blocks), fileName: "x.txt")
        #expect(back.title == parsed.title)
        #expect(back.blocks == parsed.blocks)
    }
}
