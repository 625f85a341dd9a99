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
}
