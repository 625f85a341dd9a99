@testable import GuanshanWeb
import Testing

/// The template engine: Mustache as the site's templates write it, escaped with `Markup.escaped`, the
/// same output byte for byte as swift-mustache gave (the site's pages were compared through the whole
/// test suite when it replaced it), and models read by name through `TemplateModel` and `StringTable`.
@Suite struct TemplateTests {
    struct Link: TemplateModel { var href: String; var label: String? }
    struct Page: TemplateModel {
        var title: String
        var count: Int
        var shown: Bool
        var links: [Link]
        var first: Link?
        var note: String?
        var html: String
    }
    /// A model the engine reads by reflection, as the admin's are.
    struct Reflected { var name: String; var rows: [String]; var missing: String? }

    static let page = Page(
        title: "观山<文库>", count: 3, shown: true, links: [Link(href: "/d/1", label: "一"), Link(href: "/d/2", label: nil)],
        first: nil, note: "外层", html: "<b>粗</b>")

    static func render(_ text: String, _ model: Any = page, partials: [(name: String, text: String)] = []) throws -> String {
        try #require(try TemplateLibrary([(name: "t", text: text)] + partials).render(model, template: "t"))
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        #expect(try Self.render("{{title}}|{{{html}}}|{{&html}}|{{count}}|{{shown}}|{{nothing}}") == "观山&lt;文库&gt;|<b>粗</b>|<b>粗</b>|3|true|")
        // A quote followed by a combining mark is one Character: it is escaped all the same.
        struct Query: TemplateModel { var q: String }
        #expect(try Self.render(#"<input value="{{q}}">"#, Query(q: "\"\u{301} autofocus")) == "<input value=\"&quot;\u{301} autofocus\">")
    }

    @Test func sectionsRepeatOverListsAndFollowFlags() throws {
        #expect(try Self.render("{{#links}}[{{href}}]{{/links}}") == "[/d/1][/d/2]")
        #expect(try Self.render("{{#shown}}是{{/shown}}{{^shown}}否{{/shown}}") == "是")
        #expect(try Self.render("{{^links}}无{{/links}}{{#empty(links)}}空{{/empty(links)}}{{^empty(links)}}有{{/empty(links)}}") == "有")
        #expect(try Self.render("{{#first}}有{{/first}}{{^first}}无{{/first}}") == "无")
        // A section over text or a model reads inside it; `.` is the innermost value.
        #expect(try Self.render("{{#title}}<{{.}}>{{/title}}") == "<观山&lt;文库&gt;>")
    }

    @Test func aNameIsLookedUpFromTheInnermostScopeOutAndNilFallsThrough() throws {
        // `label` is nil in the second link: the name is looked up further out, where there is none.
        #expect(try Self.render("{{#links}}{{label}}{{title}};{{/links}}") == "一观山&lt;文库&gt;;观山&lt;文库&gt;;")
        struct Outer: TemplateModel { var page: Page; var label: String }
        #expect(try Self.render("{{#page.links}}{{label}},{{/page.links}}|{{page.links.nothing}}", Outer(page: Self.page, label: "外")) == "一,外,|")
    }

    @Test func modelsThatAreNotTemplateModelsAreReadByReflection() throws {
        #expect(try Self.render("{{name}}:{{#rows}}{{.}};{{/rows}}{{^missing}}无{{/missing}}", Reflected(name: "表", rows: ["甲", "乙"], missing: nil))
            == "表:甲;乙;无")
    }

    @Test func partialsAndBlocksOfAParent() throws {
        let partials = [
            (name: "frame", text: "<main>{{$main}}默认{{/main}}</main>{{> foot}}"),
            (name: "foot", text: "<p>{{title}}</p>"),
        ]
        #expect(try Self.render("{{<frame}}{{$main}}{{count}}篇{{/main}}{{/frame}}", partials: partials) == "<main>3篇</main><p>观山&lt;文库&gt;</p>")
        #expect(try Self.render("{{<frame}}{{/frame}}", partials: partials) == "<main>默认</main><p>观山&lt;文库&gt;</p>")
    }

    @Test func tagsAloneOnTheirLineTakeTheLineWithThem() throws {
        #expect(try Self.render("a\n{{#shown}}\nb\n{{/shown}}\nc\n{{! note }}\nd") == "a\nb\nc\nd")
        #expect(try Self.render("a\n  {{#shown}}  \n  b\n  {{/shown}}\n") == "a\n  b\n")
        #expect(try Self.render("{{#shown}}a{{/shown}}\n") == "a\n")
        // A partial alone on its line indents each line it writes.
        #expect(try Self.render("  {{> two}}\n", partials: [(name: "two", text: "一\n二\n")]) == "  一\n  二\n")
    }

    @Test func aBrokenTemplateIsRefusedWhenTheSiteStarts() {
        for broken in ["{{#a}}", "{{/a}}", "{{#a}}{{/b}}", "{{a", "{{=<% %>=}}", "{{first(a)}}", "{{<p}}{{x}}{{/p}}"] {
            #expect(throws: TemplateParser.Failure.self, "\(broken)") { try TemplateLibrary([(name: "t", text: broken)]) }
        }
        #expect(throws: Never.self) { try Templates.library() }
    }

    @Test func theStringTableHoldsEveryWordOfEachLanguage() throws {
        for language in Language.allCases {
            let table = language.table
            for child in Mirror(reflecting: language.strings).children {
                let label = try #require(child.label)
                #expect(table.value(named: label[...]) != nil, "\(language) \(label)")
            }
            let words = try #require(try TemplateLibrary([(name: "t", text: "{{t.search}}|{{#t.account}}{{logIn}}{{/t.account}}|{{t.admin.isEnglish}}|{{t.missing}}")])
                .render(["t": table] as [String: Any], template: "t"))
            #expect(words == "\(language.strings.search)|\(language.strings.account.logIn)|\(language == .en)|")
        }
    }
}
