import GuanshanText
@testable import GuanshanWeb
import Testing

/// A body written straight from its blocks: every kind of block, escaped as templates escape.
@Suite struct BlockHTMLTests {
    @Test func everyKindOfBlockIsWrittenOnItsLine() {
        let blocks: [Block] = [
            .heading(level: 1, spans: [Span("一、总则")]),
            .paragraph([Span("正文 "), Span("加粗", strong: true), Span("斜体", emphasis: true), Span("a<b", code: true), Span("链接", link: "https://example.org/?a=1&b=\"2\"")]),
            .listItem(ordered: true, depth: 0, spans: [Span("第一项")]),
            .listItem(ordered: true, depth: 1, spans: [Span("第二项")]),
            .listItem(ordered: false, depth: 0, spans: [Span("无序")]),
            .quote([Span("引文'")]),
            .code(language: "swift", text: "let a = \"<x>\"\n"),
            .table(rows: [[[Span("甲")], [Span("乙")]], [[Span("1")], [Span("2")]]], headerRows: 1),
            .paragraph([Span("坏链接", link: "javascript:alert(1)")]),
        ]
        let views = BlockView.views(
            of: Array(blocks.enumerated()).map { ($0.offset, $0.element) }, headingOnly: [],
            marks: [1: .init(label: "原版第2页", href: "/d/1/preview#p2"), 5: .init(label: "原版第3页", href: nil)])
        #expect(BlockHTML.render(views) == """
            <h2 id="b0">一、总则</h2>
            <p class="source-page"><a href="/d/1/preview#p2" rel="nofollow">原版第2页</a></p>
            <p id="b1">正文 <strong>加粗</strong><em>斜体</em><code>a&lt;b</code><a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="nofollow noopener">链接</a></p>
            <ol><li id="b2" class="depth-0">第一项</li><li id="b3" class="depth-1">第二项</li></ol>
            <ul><li id="b4" class="depth-0">无序</li></ul>
            <p class="source-page">原版第3页</p>
            <blockquote id="b5"><p>引文&#39;</p></blockquote>
            <pre id="b6"><code data-lang="swift">let a = &quot;&lt;x&gt;&quot;
            </code></pre>
            <div class="table-scroll" id="b7"><table><thead><tr><th>甲</th><th>乙</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>
            <p id="b8">坏链接</p>

            """)
    }
}
