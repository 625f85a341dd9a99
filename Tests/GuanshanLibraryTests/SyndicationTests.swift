import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Testing

/// Feed excerpts, and sitemaps cut into parts of a given size while the documents are read in runs.
@Suite struct SyndicationTests {
    @Test func excerptsSqueezeWhiteSpaceAndStopAt200Characters() {
        #expect(SyndicationService.excerpt(["　　第一段，有空格。  ", "\n第二段\t结束。"]) == "第一段，有空格。 第二段 结束。")
        #expect(SyndicationService.excerpt([]) == "")
        #expect(SyndicationService.excerpt(["　 "]) == "")
        let exact = String(repeating: "字", count: 200)
        #expect(SyndicationService.excerpt([Substring(exact)]) == exact)
        #expect(SyndicationService.excerpt([Substring(exact + "多")]) == exact + "…")
        #expect(SyndicationService.excerpt([Substring(exact), "多"]) == exact + "…")
        #expect(SyndicationService.excerpt(["一二三四", "五六"], length: 4) == "一二三四…")
    }

    /// Documents of these page counts, in id order, published unless the count is negative (a draft).
    static func library(pageCounts: [Int]) async throws -> (library: Library, store: any Store) {
        let store = try await TestStore.make()
        let library = Library(store: store)
        let documents = pageCounts.enumerated().map { index, pages in
            NewDocument(
                id: Int64(index + 1) * 10, title: "文档\(index)", sharer: "admin", category: nil, tags: [],
                status: pages < 0 ? .draft : .published, created: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)),
                blocks: [.paragraph([Span("正文\(index)")])],
                metrics: DocumentMetrics(
                    characterCount: 3, readingMinutes: 1, pages: (0..<abs(pages)).map { PageStart(block: $0, offset: 0) }, outline: [],
                    fingerprint: UInt64(index), contentHash: "hash-\(index)"))
        }
        _ = try await store.saveNewDocuments(documents)
        return (library, store)
    }

    static func read(_ library: Library, part: Int, limit: Int, reserved: Int, batch: Int) async throws -> [String] {
        var cursor = try await library.syndication.sitemapPages(part: part, limit: limit, reserved: reserved, batch: batch)
        var pages: [String] = []
        while let run = try await cursor.next() {
            #expect(!run.isEmpty)
            pages += run.map { "\($0.documentID)/\($0.page)" }
        }
        return pages
    }

    @Test(arguments: [1, 2, 100])
    func partsCutThePagesInOrderAfterTheReservedOnes(batch: Int) async throws {
        // Documents 10 (5 pages), 20 (1), 30 (a draft), 40 (2), 50 (0 page starts: one page).
        let (library, store) = try await Self.library(pageCounts: [5, 1, -3, 2, 0])
        // 3 reserved URLs + 9 pages, 4 a part: [r r r 10/1] [10/2 … 10/5] [20/1 40/1 40/2 50/1].
        let parts = try await library.syndication.sitemapParts(limit: 4, reserved: 3, batch: batch)
        #expect(parts.map(\.number) == [1, 2, 3])
        #expect(try await Self.read(library, part: 1, limit: 4, reserved: 3, batch: batch) == ["10/1"])
        #expect(try await Self.read(library, part: 2, limit: 4, reserved: 3, batch: batch) == ["10/2", "10/3", "10/4", "10/5"])
        #expect(try await Self.read(library, part: 3, limit: 4, reserved: 3, batch: batch) == ["20/1", "40/1", "40/2", "50/1"])
        await #expect(throws: LibraryError.pageNotFound) { _ = try await library.syndication.sitemapPages(part: 4, limit: 4, reserved: 3, batch: batch) }
        await #expect(throws: LibraryError.pageNotFound) { _ = try await library.syndication.sitemapPages(part: 0, limit: 4, reserved: 3, batch: batch) }
        for part in [Int.max, Int.max / 4 + 1, Int.max / 4] {
            await #expect(throws: LibraryError.pageNotFound) { _ = try await library.syndication.sitemapPages(part: part, limit: 4, reserved: 3, batch: batch) }
        }
        // Each part's time is the newest of its documents'.
        let updated = try await store.publishedPageCounts(afterID: 0, limit: 10)
        let byID = Dictionary(uniqueKeysWithValues: updated.map { ($0.id, $0.updated) })
        #expect(parts[0].lastModified == byID[10])
        #expect(parts[2].lastModified == [20, 40, 50].compactMap { byID[$0] }.max())

        // Reserved URLs that fill whole parts; the one past them starts with the documents.
        #expect(try await library.syndication.sitemapParts(limit: 2, reserved: 4, batch: batch).count == 7)
        #expect(try await library.syndication.sitemapParts(limit: 2, reserved: 4, batch: batch)[0].lastModified == nil)
        #expect(try await Self.read(library, part: 2, limit: 2, reserved: 4, batch: batch).isEmpty)
        #expect(try await Self.read(library, part: 3, limit: 2, reserved: 4, batch: batch) == ["10/1", "10/2"])
        #expect(try await Self.read(library, part: 7, limit: 2, reserved: 4, batch: batch) == ["50/1"])
    }

    @Test func anEmptyLibraryHasOneSitemapForItsOtherPages() async throws {
        let (library, _) = try await Self.library(pageCounts: [-2])
        let parts = try await library.syndication.sitemapParts(limit: 10, reserved: 1)
        #expect(parts.map(\.number) == [1])
        #expect(parts[0].lastModified == nil)
        #expect(try await Self.read(library, part: 1, limit: 10, reserved: 1, batch: 5).isEmpty)
        await #expect(throws: LibraryError.pageNotFound) { _ = try await library.syndication.sitemapPages(part: 2, limit: 10, reserved: 1) }
    }
}
