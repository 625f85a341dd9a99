import Foundation
import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct HTMLFormatTests {
    func paragraph(_ text: String) -> Block { .paragraph([Span(text)]) }

    @Test func blocksOfAPage() {
        let html = """
            <div class="content">
              <h2>一、总体要求</h2>
              <p>　　坚持<b>以人民为中心</b>，推进<a href="https://example.cn/plan">规划</a>落实。</p>
              <div>第二段<br>换行后<em>强调</em></div>
              <blockquote><p>引用的话</p></blockquote>
              <hr>
              <pre><code class="language-swift">let x = 1
            print(x)
            </code></pre>
            </div>
            """
        #expect(HTMLFormat.blocks(html) == [
            .heading(level: 2, spans: [Span("一、总体要求")]),
            .paragraph([Span("坚持"), Span("以人民为中心", strong: true), Span("，推进"),
                        Span("规划", link: "https://example.cn/plan"), Span("落实。")]),
            paragraph("第二段"),
            .paragraph([Span("换行后"), Span("强调", emphasis: true)]),
            .quote([Span("引用的话")]),
            .code(language: "swift", text: "let x = 1\nprint(x)"),
        ])
    }

    @Test func nestedListsHaveDepth() {
        let html = "<ol><li>第一<ul><li>甲</li><li>乙<ol><li>子</ol></li></ul></li><li>第二</ol>"
        #expect(HTMLFormat.blocks(html) == [
            .listItem(ordered: true, depth: 0, spans: [Span("第一")]),
            .listItem(ordered: false, depth: 1, spans: [Span("甲")]),
            .listItem(ordered: false, depth: 1, spans: [Span("乙")]),
            .listItem(ordered: true, depth: 2, spans: [Span("子")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第二")]),
        ])
    }

    @Test func tablesWithHeaderRows() {
        let html = """
            <table><thead><tr><th>项目</th><th>时间</th></tr></thead>
            <tbody><tr><td>开馆</td><td><b>8:00</b></td></tr><tr><th>闭馆</th><td>21:00</td></tr></tbody></table>
            """
        #expect(HTMLFormat.blocks(html) == [
            .table(rows: [
                [[Span("项目")], [Span("时间")]],
                [[Span("开馆")], [Span("8:00", strong: true)]],
                [[Span("闭馆")], [Span("21:00")]],
            ], headerRows: 1),
        ])
        #expect(HTMLFormat.blocks("<table><tr><th>甲<tr><td>乙</table>")
            == [.table(rows: [[[Span("甲")]], [[Span("乙")]]], headerRows: 1)])
    }

    @Test func whiteSpaceJoinsLinesAsTheLanguageNeeds() {
        #expect(HTMLFormat.blocks("<p>第一行\n  第二行 and\n  English  words</p>") == [paragraph("第一行第二行 and English words")])
        #expect(HTMLFormat.blocks("<p>  <code> a  b </code> </p>") == [.paragraph([Span(" a b ", code: true)])])
    }

    @Test func unsafeLinksAndHiddenContentAreLeftOut() {
        let html = #"<p><a href="javascript:alert(1)">点</a><script>var a = "<p>x</p>";</script><style>p{}</style>文</p>"#
        #expect(HTMLFormat.blocks(html) == [paragraph("点文")])
    }

    @Test func titleFromTheTitleElement() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title> 读书月活动通知 </title>
            <script>var x;</script></head><body><h1>读书月活动通知</h1><p>正文。</p></body></html>
            """
        let document = try HTMLFormat.parse(html, fileName: "notice.html")
        #expect(document.title == "读书月活动通知")
        #expect(document.blocks == [paragraph("正文。")])
    }

    @Test func titleFromTheFirstHeadingOrTheFileName() throws {
        let headed = try HTMLFormat.parse("<h1>开放时间</h1><p>周一闭馆。</p>", fileName: "a.html")
        #expect(headed.title == "开放时间")
        #expect(headed.blocks == [paragraph("周一闭馆。")])
        let plain = try HTMLFormat.parse("<p>周一闭馆。</p>", fileName: "docs/开放时间.htm")
        #expect(plain.title == "开放时间")
        let kept = try HTMLFormat.parse("<title>页面</title><h1>标题</h1><p>文</p>", fileName: "a.html")
        #expect(kept.title == "页面")
        #expect(kept.blocks.first == .heading(level: 1, spans: [Span("标题")]))
    }

    @Test func aPageWithoutTextIsEmpty() {
        #expect(throws: FormatError.empty) { try HTMLFormat.parse("<title>空</title><script>x</script><p> </p>", fileName: "a.html") }
    }

    /// These bytes are "浣犲ソ" in GBK and also "你好" in UTF-8: the page's declaration decides.
    @Test func declaredChineseEncodings() throws {
        let ambiguous: [UInt8] = [0xE4, 0xBD, 0xA0, 0xE5, 0xA5, 0xBD]
        #expect(try HTMLFormat.decode(Data(Array(#"<meta charset="GBK">"#.utf8) + ambiguous)) == #"<meta charset="GBK">浣犲ソ"#)
        #expect(try HTMLFormat.decode(Data(Array("<p>".utf8) + ambiguous)) == "<p>你好")
        #expect(HTMLFormat.declaresGB18030(Data(#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#.utf8)))
        #expect(!HTMLFormat.declaresGB18030(Data(#"<meta charset="utf-8">"#.utf8)))
    }
}
