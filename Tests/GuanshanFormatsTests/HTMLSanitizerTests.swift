import Testing
@testable import GuanshanFormats

@Suite struct HTMLSanitizerTests {
    func clean(_ html: String) -> String { HTMLSanitizer.sanitize(html) }

    @Test func allowedElementsLoseTheirAttributes() {
        #expect(clean(#"<p class="x" style="color:red" onclick="alert(1)">段落<b id=b>粗</b></p>"#) == "<p>段落<b>粗</b></p>")
        #expect(clean("<h2>标题</h2><hr><ul><li>一</li></ul><br/>") == "<h2>标题</h2><hr><ul><li>一</li></ul><br>")
    }

    @Test func linksKeepSafeTargetsOnly() {
        #expect(clean(#"<a href="https://example.cn/?a=1&amp;b=2" target=_blank>链接</a>"#)
            == #"<a href="https://example.cn/?a=1&amp;b=2" rel="noopener noreferrer">链接</a>"#)
        #expect(clean(#"<a href="/docs/1">相对</a><a href="mailto:a@example.cn">信</a>"#)
            == #"<a href="/docs/1" rel="noopener noreferrer">相对</a><a href="mailto:a@example.cn" rel="noopener noreferrer">信</a>"#)
        for href in ["javascript:alert(1)", "java&#x09;script:alert(1)", "&#106avascript:alert(1)", "javascript&colon;alert(1)",
                     " &#14; javascript:alert(1)", "data:text/html,x", "vbscript:x", "JaVaScRiPt:alert(1)"] {
            #expect(clean(#"<a href="\#(href)">x</a>"#) == "x", "\(href)")
        }
        #expect(clean("<a>无链接</a>") == "无链接")
    }

    @Test func dangerousElementsGoWithTheirContent() {
        #expect(clean("前<script>alert('<b>')</script>后") == "前后")
        #expect(clean("<style>p{}</style><svg><p>x</p></svg><math><mi>y</mi></math>正文") == "<p>x</p>正文")
        #expect(clean("<iframe src=x>内</iframe><object><b>o</b></object><template><b>t</b></template>文") == "文")
        #expect(clean("<form><input><b>表</b></form><noscript><b>n</b></noscript>文") == "文")
        #expect(clean("<svg/><b>后</b>") == "<b>后</b>")
    }

    @Test func otherElementsAreUnwrapped() {
        #expect(clean(#"<div><span style="x">甲</span><font color=red>乙</font></div>"#) == "甲乙")
        #expect(clean("<img src=x onerror=alert(1)>图") == "图")
    }

    @Test func textIsEscaped() {
        #expect(clean("a &lt;b&gt; &amp; \"c\" <3") == "a &lt;b&gt; &amp; \"c\" &lt;3")
        #expect(clean("<xmp><b>x</b></xmp>") == "&lt;b&gt;x&lt;/b&gt;")
        #expect(clean("<textarea><b>&amp;</b></textarea>") == "&lt;b&gt;&amp;&lt;/b&gt;")
    }

    @Test func commentsAndDeclarationsDisappear() {
        #expect(clean("<!DOCTYPE html><!-- <b>x</b> -->a<!-->b<?php echo 1 ?>c<![CDATA[d]]>e") == "abce")
        #expect(clean("<!-- 未闭合 <b>x</b>") == "")
    }

    @Test func implicitEndTags() {
        #expect(clean("<p>一<p>二<ul><li>甲<li>乙</ul>") == "<p>一</p><p>二</p><ul><li>甲</li><li>乙</li></ul>")
        #expect(clean("<table><tr><td>1<td>2<tr><th>3</table>")
            == "<table><tr><td>1</td><td>2</td></tr><tr><th>3</th></tr></table>")
        #expect(clean("<b>粗<i>斜</b>") == "<b>粗<i>斜</i></b>")
        #expect(clean("</p>") == "<p></p>")
    }

    @Test func misplacedTableContentMovesBeforeTheTable() {
        #expect(clean("<table>说明<b>粗</b><tr><td>格</td></tr></table>") == "说明<b>粗</b><table><tr><td>格</td></tr></table>")
        #expect(clean("<td>孤立的格</td>") == "孤立的格")
    }

    @Test func tagsInsideSelectAreIgnored() {
        #expect(clean("<select><b>选</b><option>项</select><b>后</b>") == "选项<b>后</b>")
    }

    @Test func unquotedAndOddAttributes() {
        #expect(clean("<a href=http://example.cn/x title=t>x</a>")
            == #"<a href="http://example.cn/x" rel="noopener noreferrer">x</a>"#)
        #expect(clean(#"<a href='http://example.cn/"onclick="x'>y</a>"#)
            == #"<a href="http://example.cn/&quot;onclick=&quot;x" rel="noopener noreferrer">y</a>"#)
    }

    @Test func truncatedAndMalformedInputEnds() {
        for html in ["<", "</", "<a", "<a href=\"x", "<!--", "<!", "<?", "&", "&#", "&#x", "<script>", "<svg><p", "<p/", "<a b=",
                     "<table><tr><td", String(repeating: "<b>", count: 10_000), String(repeating: "<table>", count: 1_000)] {
            _ = clean(html)
        }
        #expect(clean("a<b") == "a")
        #expect(clean("x</") == "x&lt;/")
    }

    @Test func characterReferences() {
        #expect(clean("&#20320;&#x597D;&copy&nbsp;&#128;&#0;&#x110000;&unknown;") == "你好©\u{A0}€\u{FFFD}\u{FFFD}&amp;unknown;")
        #expect(clean(#"<a href="?a=1&copy=2">q</a>"#) == #"<a href="?a=1&amp;copy=2" rel="noopener noreferrer">q</a>"#)
    }

    /// Found by FuzzHTML: a heading that a `span` kept inside another heading.
    @Test func theOutputReadsBackAsWritten() {
        for html in ["<h1>标题<span>x<h1>二</h1></span></h1>", "<p>甲<span><ul><li>乙</li></ul></span></p>", "<a href=/x><span><a href=/y>丙</a></span></a>", "<pre>\n\n代码</pre>"] {
            let clean = HTMLSanitizer.sanitize(html)
            #expect(HTMLSanitizer.sanitize(clean) == clean, "\(html) → \(clean)")
        }
    }
}
