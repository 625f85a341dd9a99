import Foundation
@testable import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// Related documents: the closest in content, never the document itself or a near-duplicate of it,
/// shown where the document ends.
@Suite struct RelatedTests {
    let library: Library
    /// The store the library was opened on, to arrange and check what the library API does not show.
    let store: any Store
    let folder: TemporaryFolder
    let paragraphs = try! Samples.seedParagraphs()

    init() async throws {
        store = try await TestStore.make()
        library = Library(store: store)
        folder = try TemporaryFolder()
    }

    /// Imports each text as a document named by its key; returns the ids by name.
    private func importTexts(_ texts: KeyValuePairs<String, String>) async throws -> [String: Int64] {
        let files = try texts.map { try folder.write("\($0.key).txt", $0.value) }
        let report = try await library.editorial.importFiles(files)
        return Dictionary(uniqueKeysWithValues: report.imported.map { ($0.title, $0.id) })
    }

    private var nearCopy: String { Samples.oneSentenceChanged(Array(paragraphs[0..<6])).joined(separator: "\n") }

    private func relatedTitles(of id: Int64) async throws -> [String] {
        let document = try #require(try await store.document(id: id))
        return try await library.reading.relatedDocuments(to: document).map(\.summary.title)
    }

    @Test func theClosestComeFirstAndNeitherItselfNorANearCopyIsListed() async throws {
        let ids = try await importTexts([
            "原稿": paragraphs[0..<6].joined(separator: "\n"),
            "修改稿": nearCopy,
            "同题": paragraphs[6...].joined(separator: "\n"),
            "文库说明": Samples.longDocumentParagraphs().joined(separator: "\n"),
            "保险问答": "租客保险通常覆盖个人财产的损失。如果您搬家，大多数租客保险政策会在搬家期间继续有效。请向保险代理人确认保单条款。",
        ])
        let original = try #require(ids["原稿"])
        let titles = try await relatedTitles(of: original)
        #expect(titles.first == "同题")
        #expect(!titles.contains("原稿") && !titles.contains("修改稿"))
        #expect(titles.count <= ReadingService.relatedLimit)

        let related = try await library.reading.relatedDocuments(to: try #require(try await store.document(id: ids["同题"]!)))
        #expect(related.first?.summary.title == "原稿" || related.first?.summary.title == "修改稿")
        #expect(related.allSatisfy { $0.summary.id != ids["同题"] })
        #expect(related.first.map { $0.excerpt.hasPrefix("1.在加强党") } == true)
    }

    @Test func aTrashedDocumentLeavesTheListOnceTheIndexHasIt() async throws {
        let ids = try await importTexts([
            "原稿": paragraphs[0..<6].joined(separator: "\n"),
            "同题": paragraphs[6...].joined(separator: "\n"),
        ])
        let original = try #require(ids["原稿"])
        #expect(try await relatedTitles(of: original) == ["同题"])
        try await library.editorial.trashDocument(id: try #require(ids["同题"]), by: nil)
        try await library.search.catchUp()
        #expect(try await relatedTitles(of: original) == [])
    }

    @Test func onlyThePageWhereTheDocumentEndsShowsThem() async throws {
        let ids = try await importTexts([
            "参考页": paragraphs.joined(separator: "\n"),
            "前半": paragraphs[0..<5].joined(separator: "\n"),
        ])
        let id = try #require(ids["参考页"])
        let first = try await library.reading.readPage(id: id, pageNumber: 1)
        #expect(first.pageCount > 1)
        #expect(first.related.isEmpty)
        let last = try await library.reading.readPage(id: id, pageNumber: first.pageCount)
        #expect(last.related.map(\.summary.title) == ["前半"])
        #expect(try await library.reading.readWholeDocument(id: id).related.map(\.summary.title) == ["前半"])
    }

    /// A crawler walking more documents than the memo holds pushes out those nobody read since, not
    /// the ones readers keep coming back to; and the memo stays within its bound.
    @Test func aWalkOverEveryDocumentKeepsTheRelatedOfDocumentsStillRead() async throws {
        let memo = RelatedMemo()
        func document(_ id: Int64) -> StoredDocument {
            StoredDocument(
                summary: DocumentSummary(
                    id: id, title: "第\(id)篇", sharer: "测试", category: nil, published: Date(timeIntervalSince1970: 0),
                    updated: Date(timeIntervalSince1970: 0), characterCount: 1, readingMinutes: 1, viewCount: 0),
                tags: [], status: .published, created: Date(timeIntervalSince1970: 0), updated: Date(timeIntervalSince1970: 0),
                revision: 1, blocks: [],
                metrics: DocumentMetrics(characterCount: 1, readingMinutes: 1, pages: [], outline: [], fingerprint: 0, contentHash: "\(id)"))
        }
        let popular = document(1)
        await memo.remember([], for: popular, indexRevision: 7)
        for id in Int64(2)...Int64(3 * RelatedMemo.capacity) {
            await memo.remember([], for: document(id), indexRevision: 7)
            if id % 1_000 == 0 { #expect(await memo.related(to: popular, indexRevision: 7) != nil, "read again after \(id) others") }
            #expect(await memo.count <= RelatedMemo.capacity)
        }
        #expect(await memo.related(to: document(2), indexRevision: 7) == nil, "a document nobody read again went")
        #expect(await memo.related(to: popular, indexRevision: 8) == nil, "a newer index asks again")
    }
}
