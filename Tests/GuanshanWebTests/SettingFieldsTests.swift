import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Testing

/// `SiteSettings.fields` is the one list of settings: the API's JSON, the OpenAPI description and the
/// validation all follow it, so a field added there is checked, given and described everywhere.
@Suite struct SettingFieldsTests {
    @Test func theAPIAndItsDescriptionNameEveryFieldAndNoOther() throws {
        let names = Set(SiteSettings.fields.map(\.name))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.settingsSchema.utf8)) as? [String: Any])
        #expect(Set((schema["properties"] as? [String: Any])?.keys.map { $0 } ?? []) == names)
        #expect(Set(schema["required"] as? [String] ?? []) == names)
        let json = try JSONEncoder().encode(AdminAPIController.SettingsJSON(SettingsForm(SiteSettings())))
        let given = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(Set(given.keys) == names)
        let back = try JSONDecoder().decode(AdminAPIController.SettingsJSON.self, from: json)
        let again = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(back)) as? NSDictionary
        #expect(again == (given as NSDictionary), "what the API gives, it takes back unchanged")
    }

    @Test func everyFieldRefusesWhatItMayNotHold() async throws {
        let library = Library(store: try await TestStore.make())
        for field in SiteSettings.fields {
            guard let text = field.text else { continue }
            let refused: [String] = switch field.kind {
            case .text(let limit, let required): [String(repeating: "字", count: limit + 1)] + (required ? ["", "  "] : [])
            case .number(let range): [String(range.lowerBound - 1), String(range.upperBound + 1), "abc", "9223372036854775808"]
            case .siteAddress: ["not a url", "ftp://example.cn", "https://example.cn/?q=1"]
            case .imageAddress: ["//evil.example/x.png", "http://example.cn/x.png", "javascript:alert(1)"]
            case .choice(let values): ["", "all", values[0].uppercased()]
            case .flag: []
            case .friendLinks:
                ["没有网址", "名称 ftp://example.cn", "https://example.cn", String(repeating: "名", count: 31) + " https://example.cn",
                 (1...31).map { "站\($0) https://example.cn/\($0)" }.joined(separator: "\n")]
            case .policeRecord: ["京公网安备1101050200000号", "京公网安备110105020000012号"]
            case .advert:
                ["https://example.cn/a.png", "javascript:alert(1) https://example.cn", "//evil.example/a.png https://example.cn",
                 "/\\evil.example/a.png https://example.cn", "https://例子.cn/a.png https://example.cn",
                 "https://a.example.cn:99999999999999999999/x.png https://example.cn",
                 "https://example.cn/a.png javascript:alert(1)", "<p>" + String(repeating: "字", count: 4_000) + "</p>", "<br>"]
            case .analyticsID: []
            case .analyticsHost: ["http://stats.example.cn", "https://stats.example.cn/umami", "https://stats.example.cn;script-src *"]
            }
            for value in refused {
                var form = SettingsForm(try await library.settings())
                form[keyPath: text] = value
                await #expect(throws: EditorialError.invalidSetting(field.name), "\(field.name) = \(value.prefix(20))") {
                    try await library.editorial.saveSettings(form, by: nil)
                }
            }
        }
    }

    /// A friend link's name may hold any character, those that join the space after them included.
    @Test func friendLinkNamesMayHoldAnyCharacter() async throws {
        let library = Library(store: try await TestStore.make())
        try await library.changeSettings { $0.friendLinks = "\u{0600} https://a.example.cn\nx\u{06DD} https://b.example.cn\r\n观山 书院 https://c.example.cn" }
        #expect(try await library.settings().friendLinks.map(\.name) == ["\u{0600}", "x\u{06DD}", "观山 书院"])
    }

    /// An analytics ID is checked against the service chosen with it.
    @Test func anAnalyticsIDMustBeWhatItsServiceCallsASite() async throws {
        let library = Library(store: try await TestStore.make())
        let refused = [
            ("baidu", "G-ABC123"), ("baidu", "0123456789abcdef0123456789abcdeg"), ("google", "UA-1234-1"), ("google", "G-abc';alert(1)//"),
            ("google ", "x';alert(1)//"), ("umami", "not-a-uuid"), ("umami", ""), ("plausible", "https://example.cn"), ("plausible", "example"),
        ]
        for (service, id) in refused {
            await #expect(throws: EditorialError.invalidSetting("analyticsID"), "\(service) \(id)") {
                try await library.changeSettings { $0.analyticsService = service; $0.analyticsID = id }
            }
        }
        let accepted = [
            ("baidu", "0123456789abcdef0123456789abcdef"), ("google", "G-ABC123XYZ"), ("umami", "94db1cb1-74f4-4a40-ad6c-962362670409"),
            ("plausible", "wenku.example.cn"), ("none", ""),
        ]
        for (service, id) in accepted {
            try await library.changeSettings { $0.analyticsService = service; $0.analyticsID = id }
            #expect(try await library.settings().analytics.id == id)
        }
    }
}
