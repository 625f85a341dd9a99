import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// The page counts a sitemap reads, and the updated time that lists carry, on SQLite and on PostgreSQL.
@Suite struct PageCountStoreTests {
    static func document(id: Int64, pages: Int, status: DocumentStatus = .published) -> NewDocument {
        var document = StoreFixtures.newDocument(id: id, hash: "pages-\(id)")
        document.status = status
        document.metrics.pages = (0..<pages).map { PageStart(block: $0, offset: 0) }
        return document
    }

    @Test(arguments: StoreKind.allCases)
    func pageCountsComeByIdAfterAKeyAndLeaveOutDrafts(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let outcomes = try await store.saveNewDocuments([
            Self.document(id: 14, pages: 2), Self.document(id: 10, pages: 3), Self.document(id: 11, pages: 1),
            Self.document(id: 12, pages: 5, status: .draft), Self.document(id: 13, pages: 0),
        ])
        #expect(outcomes.allSatisfy { if case .inserted = $0 { true } else { false } })
        let first = try await store.publishedPageCounts(afterID: 0, limit: 2)
        #expect(first.map(\.id) == [10, 11])
        #expect(first.map(\.pages) == [3, 1])
        let rest = try await store.publishedPageCounts(afterID: 11, limit: 10)
        // The draft is left out; a document without page starts has one page.
        #expect(rest.map(\.id) == [13, 14])
        #expect(rest.map(\.pages) == [1, 2])
        #expect(try await store.publishedPageCounts(afterID: 14, limit: 10).isEmpty)

        // The updated time is the document's own, the same in lists as in the page counts.
        let stored = try #require(try await store.document(id: 10))
        #expect(stored.summary.updated == stored.updated)
        #expect(first[0].updated == stored.updated)
        let listed = try await store.documents(DocumentListQuery(limit: 10)).documents
        #expect(listed.first { $0.id == 10 }?.updated == stored.updated)
    }
}
