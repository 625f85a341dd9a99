import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

@Suite struct EditorialTests {
    let library: Library

    init() async throws {
        library = Library(store: try await TestStore.make(), passwordCost: .testing)
    }

    private func editor() async throws -> Visitor {
        _ = try await library.accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        let session = try await library.accounts.logIn(name: "editor", password: "correct horse", client: nil)
        return try #require(try await library.accounts.visitor(sessionSecret: session.sessionSecret))
    }

    /// The editor shows a document as Markdown; saving it unchanged keeps every block, style and link.
    @Test func savingAnUntouchedDraftKeepsEveryBlock() async throws {
        #expect(try await library.editorial.seedDemoDocumentsIfEmpty() > 0)
        let editor = try await editor()
        for summary in try await library.reading.newest(pageNumber: 1).items {
            let before = try await library.editorial.editableDocument(id: summary.id)
            let draft = library.editorial.draft(of: before)
            #expect(draft.format == .markdown)
            #expect(try await library.editorial.preview(draft).blocks == before.document.blocks, "\(summary.title)")
            try await library.editorial.updateDocument(id: summary.id, draft, by: editor)
            let after = try await library.editorial.editableDocument(id: summary.id)
            #expect(after.document.blocks == before.document.blocks)
            #expect(after.document.summary.title == before.document.summary.title)
            #expect(after.document.tags == before.document.tags)
        }
    }
}
