import Foundation
@testable import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// Limits on names are counted in Unicode code points, as the API's JSON Schema `maxLength` counts
/// them: a name of 40 characters with combining marks may be more than 40 code points, and is refused.
@Suite struct NameLengthTests {
    @Test func namesAreCountedInCodePoints() async throws {
        let library = Library(store: try await TestStore.make())
        try await library.editorial.seedDemoDocumentsIfEmpty()
        let tag = try #require(try await library.editorial.tags().first?.name)
        let marked = String(repeating: "क्षि", count: 10) // 10 characters as Swift counts, 40 code points
        #expect(marked.count == 10 && marked.unicodeScalars.count == 40)
        try await library.editorial.renameTag(tag, to: marked)
        await #expect(throws: EditorialError.invalidTag) { try await library.editorial.renameTag(marked, to: marked + "क") }
        await #expect(throws: EditorialError.invalidCategory) {
            _ = try await library.editorial.createCategory(name: marked + "्", slug: "marked")
        }
        #expect(try await library.editorial.createCategory(name: String(repeating: "长", count: 40), slug: "long").name.count == 40)
    }
}
