import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

@Suite struct ReadingTests {
    let library: Library
    /// The store the library was opened on, to arrange and check what the library API does not show.
    let store: any Store
    let folder: TemporaryFolder

    init() async throws {
        store = try await TestStore.make()
        library = Library(store: store)
        folder = try TemporaryFolder()
    }

    private func importLongDocument() async throws -> Int64 {
        let path = try folder.write("长文.txt", Samples.longDocumentParagraphs().joined(separator: "\n"))
        return try #require(try await library.editorial.importFiles([path]).imported.first?.id)
    }

    @Test func pagesCoverTheBodyInOrderAndShowTheWholeCount() async throws {
        let id = try await importLongDocument()
        var texts: [String] = []
        for number in 1...4 {
            let page = try await library.reading.readPage(id: id, pageNumber: number)
            #expect(page.pageCount == 4)
            #expect(page.pageNumber == number)
            #expect(page.document.summary.characterCount > 8_000)
            texts += page.blocks.map(\.block.plainText)
        }
        let whole = try await library.reading.readWholeDocument(id: id)
        #expect(texts == whole.blocks.map(\.block.plainText))
        #expect(whole.blocks.map(\.index) == Array(0..<whole.blocks.count))
    }

    @Test func missingDocumentsAndPagesAreErrors() async throws {
        let id = try await importLongDocument()
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.readPage(id: id, pageNumber: 5) }
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.readPage(id: id, pageNumber: 0) }
        await #expect(throws: LibraryError.documentNotFound) { try await library.reading.readPage(id: id + 1, pageNumber: 1) }
    }

    @Test func viewsAreCountedInMemoryAndWrittenInOneBatch() async throws {
        let id = try await importLongDocument()
        for _ in 0..<5 { _ = try await library.reading.readPage(id: id, pageNumber: 2) }
        let sixth = try await library.reading.readPage(id: id, pageNumber: 1)
        #expect(sixth.viewCount == 6)
        #expect(try await store.document(id: id)?.summary.viewCount == 0)
        try await library.operations.flushPendingWrites()
        #expect(try await store.document(id: id)?.summary.viewCount == 6)
        #expect(library.reading.views.pendingViews(of: id) == 0)
    }

    @Test func viewsPendingAtShutdownAreWritten() async throws {
        let id = try await importLongDocument()
        _ = try await library.reading.readPage(id: id, pageNumber: 1)
        let service = RepeatingService.pendingWrites(operations: library.operations, interval: .seconds(3600), logger: .init(label: "test"))
        let run = Task { try await service.run() }
        try await Task.sleep(for: .milliseconds(50))
        run.cancel()
        try await run.value
        #expect(try await store.document(id: id)?.summary.viewCount == 1)
    }

    @Test func theDemoLibraryIsSeededOnceIntoAnEmptyLibrary() async throws {
        let added = try await library.editorial.seedDemoDocumentsIfEmpty()
        #expect(added >= 5)
        #expect(try await library.editorial.seedDemoDocumentsIfEmpty() == 0)
        let home = try await library.reading.home()
        #expect(home.documentCount == added)
        #expect(home.categories.count >= 2)
        let guide = try #require(home.newest.first)
        #expect(guide.title.contains("使用指南"))
        let page = try await library.reading.readPage(id: guide.id, pageNumber: 1)
        #expect(page.pageCount >= 3)
        #expect(page.document.metrics.outline.contains { $0.level == 1 })
        #expect(page.document.metrics.outline.contains { $0.level == 2 })
        #expect(page.document.metrics.outline.contains { $0.level == 3 })
    }

    @Test func aLibraryWithDocumentsIsNotSeeded() async throws {
        _ = try await importLongDocument()
        #expect(try await library.editorial.seedDemoDocumentsIfEmpty() == 0)
        #expect(try await store.documentCount() == 1)
    }

    @Test func categoryListsArePaged() async throws {
        let lines = (1...45).map { #"{"title": "文档\#($0)", "paragraphs": ["第\#($0)篇的正文。"], "category": "语料"}"# }
        let path = try folder.write("many.jsonl", lines.joined(separator: "\n"))
        _ = try await library.editorial.importFiles([path])
        let first = try await library.reading.category(slug: "语料", pageNumber: 1)
        #expect(first.page.pageCount == 3)
        #expect(first.page.items.count == 20)
        let last = try await library.reading.category(slug: "语料", pageNumber: 3)
        #expect(last.page.items.count == 5)
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.category(slug: "语料", pageNumber: 4) }
        await #expect(throws: LibraryError.categoryNotFound) { try await library.reading.category(slug: "无", pageNumber: 1) }
    }
}
