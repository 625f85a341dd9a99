import GuanshanText
import Testing
@testable import GuanshanFormats

/// What an HTML import keeps of hostile markup: text in blocks, and only links a browser reads as
/// they look (http, https, mailto, relative). Pages render the blocks through escaping templates.
@Suite struct HTMLImportSafetyTests {
    private func texts(_ html: String) -> [String] { HTMLFormat.blocks(html).map(\.plainText) }

    private func links(_ html: String) -> [String?] {
        HTMLFormat.blocks(html).flatMap { block -> [String?] in
            guard case .paragraph(let spans) = block else { return [] }
            return spans.map(\.link)
        }
    }

    @Test func linksKeepSafeTargetsOnly() {
        #expect(links(#"<p><a href="https://example.cn/?a=1&amp;b=2" target=_blank>链接</a></p>"#) == ["https://example.cn/?a=1&b=2"])
        #expect(links(#"<p><a href="/docs/1">相对</a><a href="mailto:a@example.cn">信</a></p>"#) == ["/docs/1", "mailto:a@example.cn"])
        for hostile in [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:x", "https:javascript:alert(1)", "http://a:b", "java&Tab;script:alert(1)", "&#106;avascript:alert(1)",
        ] {
            #expect(links("<p><a href=\"\(hostile)\">点</a></p>") == [nil], "\(hostile)")
        }
        #expect(texts(#"<p><a href="javascript:alert(1)">点我</a></p>"#) == ["点我"], "the text stays, without its link")
    }

    @Test func dangerousElementsGoWithTheirContent() {
        #expect(texts("<p>前<script>alert('<b>')</script>后</p>") == ["前后"])
        #expect(texts("<style>p{}</style><iframe src=x>内</iframe><object><b>o</b></object><template><b>t</b></template><p>文</p>") == ["文"])
        #expect(texts("<p><img src=x onerror=alert(1)>图</p>") == ["图"])
    }

    @Test func commentsAndDeclarationsDisappear() {
        #expect(texts("<!DOCTYPE html><!-- <b>x</b> --><p>a<!-->b<?php echo 1 ?>c<![CDATA[d]]>e</p>") == ["abce"])
        #expect(texts("<!-- 未闭合 <b>x</b>").isEmpty)
    }

    @Test func markupInRawTextIsText() {
        #expect(texts("<p><xmp><b>x</b></xmp></p>").joined().contains("<b>x</b>"))
        #expect(texts("<textarea><b>&amp;</b></textarea>").joined().contains("<b>&</b>"))
    }

    @Test func characterReferences() {
        #expect(texts("<p>&#20320;&#x597D;&copy&nbsp;&#128;&#0;&#x110000;&unknown;</p>") == ["你好©\u{A0}€\u{FFFD}\u{FFFD}&unknown;"])
        #expect(links(#"<p><a href="?a=1&copy=2">q</a></p>"#) == ["?a=1&copy=2"], "in an attribute, &copy before = is not a reference")
        #expect(links(#"<p><a href="java&Tab;script:alert(1)">q</a></p>"#) == [nil], "one the entity table does not know is dropped")
    }

    @Test func truncatedAndMalformedInputEnds() {
        for html in ["<", "</", "<a", "<a href=\"x", "<!--", "<!", "<?", "&", "&#", "&#x", "<script>", "<svg><p", "<p/", "<a b=",
                     "<table><tr><td", String(repeating: "<b>", count: 10_000), String(repeating: "<table>", count: 1_000),
                     "<h1>标题<span>x<h1>二</h1></span></h1>", "<a href=/x><span><a href=/y>丙</a></span></a>"] {
            _ = HTMLFormat.blocks(html)
        }
    }
}
