import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct MarkdownInlineTests {
    func spans(_ markdown: String) throws -> [Span] {
        let blocks = try MarkdownFormat.parse(markdown, fileName: "test.md").blocks
        guard blocks.count == 1, case .paragraph(let spans) = blocks[0] else {
            Issue.record("not one paragraph: \(blocks)")
            return []
        }
        return spans
    }

    @Test func strongAndEmphasis() throws {
        #expect(try spans("这是**重点**和*强调*，还有__粗体__与_斜体_。") == [
            Span("这是"), Span("重点", strong: true), Span("和"), Span("强调", emphasis: true), Span("，还有"),
            Span("粗体", strong: true), Span("与"), Span("斜体", emphasis: true), Span("。"),
        ])
        #expect(try spans("单词内的 2*3*4") == [Span("单词内的 2"), Span("3", emphasis: true), Span("4")])
        #expect(try spans("***都有***") == [Span("都有", emphasis: true, strong: true)])
        #expect(try spans("*外层**内层**外层*") == [
            Span("外层", emphasis: true), Span("内层", emphasis: true, strong: true), Span("外层", emphasis: true),
        ])
    }

    @Test func emphasisNextToChinesePunctuation() throws {
        #expect(try spans("他说**“开馆了”**，大家进门。") == [
            Span("他说"), Span("“开馆了”", strong: true), Span("，大家进门。"),
        ])
    }

    @Test func underscoresInsideWordsAreLiteral() throws {
        #expect(try spans("变量 snake_case_name 与 __init__ 方法") == [Span("变量 snake_case_name 与 "), Span("init", strong: true), Span(" 方法")])
        #expect(try spans("变量snake_case_name") == [Span("变量snake_case_name")])
        #expect(try spans("** 不是强调 **") == [Span("** 不是强调 **")])
    }

    @Test func adjacentSpansWithTheSameStyleMerge() throws {
        #expect(try spans("**粗**__体__") == [Span("粗体", strong: true)])
    }

    @Test func codeSpans() throws {
        #expect(try spans("运行 `swift build` 与 ``a ` b`` 以及 `未闭合") == [
            Span("运行 "), Span("swift build", code: true), Span(" 与 "), Span("a ` b", code: true), Span(" 以及 `未闭合"),
        ])
        #expect(try spans("`**不是粗体**`") == [Span("**不是粗体**", code: true)])
    }

    @Test func links() throws {
        #expect(try spans("访问[观山文库](https://example.org/ \"主页\")与[第一篇](/d/1)。") == [
            Span("访问"), Span("观山文库", link: "https://example.org/"), Span("与"), Span("第一篇", link: "/d/1"), Span("。"),
        ])
        #expect(try spans("[**粗体**链接](https://example.org/a_(b))") == [
            Span("粗体", strong: true, link: "https://example.org/a_(b)"), Span("链接", link: "https://example.org/a_(b)"),
        ])
        #expect(try spans("[写信](MAILTO:librarian@example.org)") == [Span("写信", link: "MAILTO:librarian@example.org")])
    }

    @Test func unsafeLinksBecomeText() throws {
        #expect(try spans("[点我](javascript:alert(1))") == [Span("点我")])
        #expect(try spans("[点我](JavaScript:alert(1))") == [Span("点我")])
        #expect(try spans("[点我](java&#115;cript:alert(1))") == [Span("点我")])
        #expect(try spans("[点我](<java\tscript:alert(1)>)") == [Span("点我")])
        #expect(try spans("[数据](data:text/html;base64,PHNjcmlwdD4=)") == [Span("数据")])
        #expect(try spans("<javascript:alert(1)>") == [Span("javascript:alert(1)")])
    }

    @Test func autolinks() throws {
        #expect(try spans("见 <https://example.org/a?b=1> 或 <librarian@example.org>") == [
            Span("见 "), Span("https://example.org/a?b=1", link: "https://example.org/a?b=1"), Span(" 或 "),
            Span("librarian@example.org", link: "mailto:librarian@example.org"),
        ])
    }

    @Test func imagesBecomeTheirAltText() throws {
        #expect(try spans("馆景：![二楼*阅览室*](room.png \"照片\")") == [Span("馆景：二楼阅览室")])
        #expect(try spans("[![徽标](logo.png)](https://example.org/)") == [Span("徽标", link: "https://example.org/")])
    }

    @Test func linksDoNotNest() throws {
        #expect(try spans("[外[内](https://a.example/)](https://b.example/)") == [
            Span("[外"), Span("内", link: "https://a.example/"), Span("](https://b.example/)"),
        ])
    }

    @Test func bracketsWithoutTargetsAreText() throws {
        #expect(try spans("【注】[未定义] 与 [文字] (空格)") == [Span("【注】[未定义] 与 [文字] (空格)")])
    }

    @Test func escapesAndEntities() throws {
        #expect(try spans("\\*不是强调\\* \\[不是链接\\] \\中 &amp; &lt;b&gt; &#x4E2D;&#25991; &bogus;") == [
            Span("*不是强调* [不是链接] \\中 & <b> 中文 &bogus;"),
        ])
    }

    @Test func inlineHTMLIsDropped() throws {
        #expect(try spans("文字<span style=\"color:red\">保留</span><br>下一行<script>alert(1)</script>完") == [
            Span("文字保留下一行完"),
        ])
        #expect(try spans("a < b 且 c > d") == [Span("a < b 且 c > d")])
    }

    @Test func softBreaksAcrossSpans() throws {
        #expect(try spans("**第一行**\n第二行\n*third*\nline") == [
            Span("第一行", strong: true), Span("第二行 "), Span("third", emphasis: true), Span(" line"),
        ])
    }
}
