import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// What a visitor or a document writes reaches a page escaped scalar by scalar: a quote followed by a
/// combining mark is one character to Swift, and swift-mustache's escaping let it through whole, so
/// it ended the attribute it stood in (`value="{{query}}"`).
@Suite struct EscapingRouteTests {
    static let breakout = "\"\u{301} autofocus data-x='\u{301}<\u{301}b>&\u{301}"

    @Test func aQuoteWithACombiningMarkStaysInsideItsAttribute() async throws {
        let library = Library(store: try await TestStore.make())
        let folder = try TemporaryFolder()
        let record: [String: Any] = ["title": "标题\(Self.breakout)", "paragraphs": ["正文\(Self.breakout)", "第二段。"], "tags": [Self.breakout]]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        _ = try await library.editorial.importFiles([try folder.write("breakout.jsonl", line)])
        let id = try #require(try await library.reading.home().newest.first?.id)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            for uri in [SearchRouteTests.page(Self.breakout), SearchRouteTests.page("标题"), "/d/\(id)", "/d/\(id)/all", "/"] {
                let page = String(buffer: try await client.execute(uri: uri, method: .get).body)
                // JSON-LD escapes for JSON (`\"`, `\u003c`), where a quote ends nothing.
                let html = page.replacing(/<script type="application\/ld\+json">.*?<\/script>/.dotMatchesNewlines(), with: "")
                for raw in ["\"\u{301}", "'\u{301}", "<\u{301}", "&\u{301}"] {
                    #expect(!Self.containsScalars(html, raw), "\(uri) writes \(raw.debugDescription) unescaped")
                }
            }
            let search = String(buffer: try await client.execute(uri: SearchRouteTests.page(Self.breakout), method: .get).body)
            #expect(search.contains("value=\"&quot;\u{301} autofocus data-x=&#39;\u{301}&lt;\u{301}b&gt;&amp;\u{301}\""))
        }
    }

    /// Whether `text` holds `part` scalar for scalar (String.contains compares characters).
    static func containsScalars(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
