@testable import GuanshanWeb
import Mustache
import Testing

/// Templates read models by name through `TemplateModel` and `StringTable`: the same values, missing
/// names and nil fields as the engine's own reflection.
@Suite struct TemplateModelTests {
    @Test func aModelAnswersEveryFieldByName() throws {
        let result = SearchModel.Result(
            href: "/d/1#b2", title: [.init(text: "标题", isMatch: true)], snippet: [], cutBefore: true, cutAfter: false,
            category: nil, date: "2026年12月2日", dateISO: "2026-12-02T12:00:00+08:00", pageText: "第 2 页")
        #expect(result.child(named: "href") as? String == "/d/1#b2")
        #expect(result.child(named: "cutBefore") as? Bool == true && result.child(named: "cutAfter") as? Bool == false)
        #expect((result.child(named: "title") as? [SearchModel.Fragment])?.first?.text == "标题")
        // An optional field reads as its value, or as missing when nil.
        #expect(result.child(named: "pageText") as? String == "第 2 页")
        #expect(result.child(named: "category") == nil)
        #expect(result.child(named: "nothing") == nil)
        try Self.expectEveryField(of: result)
    }

    @Test func theRunsOfTextAnswerEveryField() throws {
        try Self.expectEveryField(of: SearchModel.Fragment(text: "内核", isMatch: true))
    }

    /// Every field of the value, by the engine's own reflection, is answered the same.
    static func expectEveryField(of model: some MustacheParent) throws {
        for child in Mirror(reflecting: model).children {
            let label = try #require(child.label)
            #expect(String(describing: model.child(named: label)) == String(describing: unwrapped(child.value)), "\(type(of: model)) \(label)")
        }
    }

    @Test func theStringTableHoldsEveryWordOfEachLanguage() throws {
        for language in Language.allCases {
            let table = language.table
            for child in Mirror(reflecting: language.strings).children {
                let label = try #require(child.label)
                #expect(table.child(named: label) != nil, "\(language) \(label)")
            }
            #expect(table.child(named: "search") as? String == language.strings.search)
            #expect(table.child(named: "downloadLabels") as? [String: String] == language.strings.downloadLabels)
            let account = try #require(table.child(named: "account") as? StringTable)
            #expect(account.child(named: "logIn") as? String == language.strings.account.logIn)
            let admin = try #require(table.child(named: "admin") as? StringTable)
            #expect(admin.child(named: "isEnglish") as? Bool == (language == .en))
        }
    }

    @Test func aTemplateRendersTheSameThroughATable() throws {
        let template = try MustacheTemplate(string: "{{t.search}}|{{#t.account}}{{logIn}}{{/t.account}}|{{t.missing}}")
        let strings = Language.zhHans.strings
        #expect(template.render(["t": Language.zhHans.table]) == template.render(["t": strings]))
        #expect(template.render(["t": Language.zhHans.table]) == "\(strings.search)|\(strings.account.logIn)|")
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
