import Foundation
import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

/// Stand-in for the HTML reader: the text of each `<p>` element, the tags inside it dropped.
func paragraphsOnly(_ html: String) -> [Block] {
    html.components(separatedBy: "<p>").dropFirst().compactMap { part in
        guard let end = part.range(of: "</p>") else { return nil }
        return .paragraph([Span(String(part[..<end.lowerBound].replacing(/<[^>]*>/, with: "")))])
    }
}

/// A WordPress export with `items`, its `wp` namespace at `version`.
func wxr(_ items: String, version: String = "1.2", prefix: String = "wp", authors: String = "") -> Data {
    Data("""
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/\(version)/excerpt/"
            xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:\(prefix)="http://wordpress.org/export/\(version)/">
        <channel><title>站点</title>\(authors)
        \(items)
        </channel></rss>
        """.utf8)
}

func item(
    _ title: String, content: String, type: String = "post", status: String = "publish", prefix: String = "wp", extra: String = ""
) -> String {
    """
    <item><title>\(title)</title><dc:creator><![CDATA[editor]]></dc:creator>
    <content:encoded><![CDATA[\(content)]]></content:encoded>
    <\(prefix):post_id>9</\(prefix):post_id><\(prefix):post_date>2022-01-02 03:04:05</\(prefix):post_date>
    <\(prefix):post_date_gmt>2022-01-01 19:04:05</\(prefix):post_date_gmt>
    <\(prefix):status>\(status)</\(prefix):status><\(prefix):post_type>\(type)</\(prefix):post_type>\(extra)</item>
    """
}

func date(_ iso: String) -> Date? {
    ISO8601DateFormatter().date(from: iso)
}

@Suite struct WXRFormatTests {
    func texts(_ item: WXRItem) -> [String] {
        item.document.blocks.map(\.plainText)
    }

    @Test func theRealExportGivesEveryPostAndPage() throws {
        let export = try WXRFormat.parse(try fixture("wordpress/guanshan-wordpress.xml"), html: paragraphsOnly)
        #expect(export.items.map(\.document.title) == [
            "关于做好2024年春季学期开学工作的通知", "城市更新条例解读", "本市公共交通票价调整方案", "医疗保障新规要点",
            "2024年环境保护工作要点（征求意见稿）", "编辑部内部工作安排", "关于本站",
        ])
        #expect(export.skipped == [.trash: 1, .attachment: 1])
        #expect(export.items.map(\.wordPressID) == [4, 5, 6, 7, 8, 9, 10])
        #expect(export.items.map(\.postType) == [.post, .post, .post, .post, .post, .post, .page])
        #expect(export.items.map(\.status) == [.publish, .publish, .publish, .publish, .draft, .private, .publish])
        #expect(export.items.map(\.document.isDraft) == [false, false, false, false, true, true, false])
        #expect(export.items.map(\.document.author) == ["张伟", "李娜", "张伟", "李娜", "张伟", "李娜", "张伟"])
        #expect(export.items.map(\.document.category) == ["通知公告", "政策解读", "地方政策", "政策解读", "通知公告", "通知公告", nil])
        #expect(export.items.map(\.document.tags) == [["教育"], ["住房"], ["交通"], ["住房", "医疗"], ["环保"], [], []])
        #expect(export.items.map(\.document.created) == [
            date("2024-02-20T01:30:00Z"), date("2024-05-08T06:00:00Z"), date("2023-07-01T02:00:00Z"), date("2023-11-15T08:45:00Z"),
            // The draft has no GMT date: its local date is in Asia/Shanghai.
            date("2024-06-03T03:20:00Z"), date("2024-03-12T00:00:00Z"), date("2023-05-04T01:00:00Z"),
        ])
        #expect(export.items.map(\.document.id) == Array(repeating: nil, count: 7))

        let notice = export.items[0]
        #expect(texts(notice) == [
            "各区教育局、各直属学校：", "为做好2024年春季学期开学工作，确保校园安全稳定，现将有关事项通知如下。",
            "全市中小学于2月26日正式开学，学生2月24日至25日返校报到。", "具体安排详见市教育局网站。",
        ])
        #expect(texts(export.items[1]) == [
            "城市更新是推动城市高质量发展的重要途径。近年来，老旧小区改造、历史街区保护和公共空间提升同步推进。",
            "本市自2021年起开展试点，累计改造老旧小区三百余个，惠及居民十二万户。",
            "新政策明确了规划引领、分类实施、多元参与三项原则，鼓励社会资本参与更新项目。",
            "对于涉及居民切身利益的事项，须经过充分协商，并公示不少于十五日。",
            "各区应建立城市更新项目库，实行动态管理，并将实施情况纳入年度考核。", "本政策自发布之日起施行，有效期五年。",
        ])
        #expect(texts(export.items[3]).count == 3)
        #expect(line(notice.line, of: try fixture("wordpress/guanshan-wordpress.xml")) == "\t\t<item>")
    }

    @Test func postsKeepTheirHeadingsAndTablesThroughTheHTMLReader() throws {
        let export = try WXRFormat.parse(try fixture("wordpress/guanshan-wordpress.xml"), html: HTMLFormat.blocks)
        let renewal = export.items[1]
        #expect(renewal.document.blocks[3].plainText == "第二部分：主要内容")
        let fares = export.items[2].document.blocks
        #expect(fares.contains { if case .table(let rows, 1) = $0 { rows[1].first?.plainText == "普通公交" } else { false } })
    }

    private func line(_ number: Int, of data: Data) -> String {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)[number - 1].description
    }

    @Test(arguments: ["1.0", "1.1", "1.2"])
    func everyWXRVersionReads(_ version: String) throws {
        let export = try WXRFormat.parse(wxr(item("标题", content: "<p>正文。</p>"), version: version), html: paragraphsOnly)
        #expect(export.items.map(\.document.title) == ["标题"])
        #expect(export.items.first?.document.created == date("2022-01-01T19:04:05Z"))
    }

    @Test func theNamespaceCountsNotThePrefix() throws {
        let data = wxr(item("标题", content: "<p>正文。</p>", prefix: "wordpress"), prefix: "wordpress")
        #expect(try WXRFormat.parse(data, html: paragraphsOnly).items.first?.wordPressID == 9)
    }

    @Test func cdataSplitAroundItsOwnEndStillReadsAsOneText() throws {
        let data = wxr(item("代码", content: "<p>数组 a[b[0]]]]><![CDATA[> 结束</p>"))
        #expect(try WXRFormat.parse(data, html: paragraphsOnly).items.first.map(texts) == ["数组 a[b[0]]> 结束"])
    }

    @Test func authorsAreNamedByTheirDisplayNames() throws {
        let authors = """
            <wp:author><wp:author_login><![CDATA[editor]]></wp:author_login>\
            <wp:author_display_name><![CDATA[ 王编辑 ]]></wp:author_display_name></wp:author>
            """
        let named = try WXRFormat.parse(wxr(item("甲", content: "<p>一。</p>"), authors: authors), html: paragraphsOnly)
        #expect(named.items.first?.document.author == "王编辑")
        let unnamed = try WXRFormat.parse(wxr(item("甲", content: "<p>一。</p>")), html: paragraphsOnly)
        #expect(unnamed.items.first?.document.author == "editor")
    }

    @Test func titlesAndTermsAreDecodedFromHTML() throws {
        let terms = """
            <category domain="category" nicename="a"><![CDATA[研究 &amp; 报告]]></category>
            <category domain="category" nicename="b"><![CDATA[第二类]]></category>
            <category domain="post_tag" nicename="t"><![CDATA[标签]]></category>
            <category domain="post_tag" nicename="t"><![CDATA[标签]]></category>
            <category domain="post_format" nicename="post-format-aside"><![CDATA[Aside]]></category>
            """
        let data = wxr(item("<![CDATA[A &amp;amp; <em>B</em>]]>", content: "<p>一。</p>", extra: terms))
        let document = try #require(try WXRFormat.parse(data, html: paragraphsOnly).items.first?.document)
        #expect(document.title == "A &amp; B")
        #expect(document.category == "研究 & 报告")
        #expect(document.tags == ["标签"])
    }

    @Test func statusesThatAreNotPublicComeBackAsDrafts() throws {
        let items = ["publish", "draft", "private", "pending", "future", "archived"].map { item($0, content: "<p>\($0)</p>", status: $0) }
        let export = try WXRFormat.parse(wxr(items.joined()), html: paragraphsOnly)
        #expect(export.items.map(\.status) == [.publish, .draft, .private, .pending, .future, .other("archived")])
        #expect(export.items.map(\.document.isDraft) == [false, true, true, true, true, true])
    }

    @Test func itemsThatAreNotPostsOrPagesAreCounted() throws {
        let items = [
            item("图", content: "", type: "attachment", status: "inherit"), item("菜单", content: "", type: "nav_menu_item"),
            item("修订", content: "<p>旧稿。</p>", type: "revision", status: "inherit"), item("块", content: "<p>块。</p>", type: "wp_block"),
            item("删", content: "<p>删。</p>", status: "trash"), item("空", content: "<!-- wp:paragraph --><p></p><!-- /wp:paragraph -->"),
            item("页", content: "<p>页。</p>", type: "page"),
        ]
        let export = try WXRFormat.parse(wxr(items.joined()), html: paragraphsOnly)
        #expect(export.items.map(\.document.title) == ["页"])
        #expect(export.skipped == [.attachment: 1, .navMenuItem: 1, .revision: 1, .otherType: 1, .trash: 1, .empty: 1])
        #expect(export.skippedCount == 6)
    }

    @Test func pageBreaksJoinThePartsIntoOneBody() throws {
        let content = "<!--nextpage--><p>一。</p><!--nextpage--><!--nextpage--><p>二。</p><p>三。</p><!--nextpage-->"
        let found = try WXRFormat.parse(wxr(item("分页", content: content)), html: paragraphsOnly).items.first
        #expect(found.map(texts) == ["一。", "二。", "三。"])
    }

    @Test func anUntitledPostIsNamedSo() throws {
        let export = try WXRFormat.parse(wxr(item("", content: "<p>只有正文。</p>")), html: paragraphsOnly)
        #expect(export.items.first?.document.title == "（无标题）")
    }

    @Test func externalEntitiesAreRefusedBeforeParsing() {
        let data = Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&xxe;</title></item></channel></rss>
            """.utf8)
        #expect(throws: FormatError.doctypeRefused(line: 2)) { try WXRFormat.parse(data, html: paragraphsOnly) }
    }

    @Test func entityExpansionIsRefusedBeforeParsing() {
        let entities = (1...9).map { #"<!ENTITY lol\#($0) "&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);">"# }
        let data = Data("""
            <?xml version="1.0"?>
            <!-- a WordPress export -->
            <!DOCTYPE lolz [<!ENTITY lol0 "lol">\(entities.joined())]>
            <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol9;</title></channel></rss>
            """.utf8)
        #expect(throws: FormatError.doctypeRefused(line: 3)) { try WXRFormat.parse(data, html: paragraphsOnly) }
    }

    @Test func anEncodingTheCheckCannotReadIsRefused() {
        let data = Data(#"<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE rss+AD4-<rss/>"#.utf8)
        #expect(throws: FormatError.undecodable) { try WXRFormat.parse(data, html: paragraphsOnly) }
    }

    @Test func aTruncatedExportIsAnError() throws {
        let whole = try fixture("wordpress/guanshan-wordpress.xml")
        let cut = whole.prefix(whole.count * 2 / 3)
        #expect {
            try WXRFormat.parse(cut, html: paragraphsOnly)
        } throws: { error in
            guard case FormatError.invalidXML(let line, let endsEarly) = error else { return false }
            return endsEarly && line > 300
        }
    }

    @Test func whatFollowsTheRootElementIsNotRead() throws {
        let data = wxr(item("甲", content: "<p>一。</p>")) + Data("\n<rss>".utf8)
        #expect(try WXRFormat.parse(data, html: paragraphsOnly).items.count == 1)
    }

    @Test func badXMLIsAnError() {
        let data = wxr(item("甲", content: "<p>一。</p>").replacingOccurrences(of: "</title>", with: "</titel>"))
        #expect {
            try WXRFormat.parse(data, html: paragraphsOnly)
        } throws: { error in
            guard case FormatError.invalidXML(let line, _) = error else { return false }
            return line == 6
        }
    }

    @Test(arguments: [
        #"<?xml version="1.0"?><rss version="2.0"><channel><title>新闻</title><item><title>一</title></item></channel></rss>"#,
        #"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:wp="http://wordpress.org/export/1.2/"/>"#,
        #"<rss xmlns:wp="http://wordpress.org/export/1.2/excerpt/"><channel/></rss>"#,
        "这不是 XML",
        "",
    ])
    func filesThatAreNotWordPressExportsAreRefused(_ text: String) {
        #expect(throws: FormatError.notWXR) { try WXRFormat.parse(Data(text.utf8), html: paragraphsOnly) }
    }
}
