import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// Documents close to one in the library: imported with a mark by default, skipped when the setting says.
@Suite struct NearDuplicateTests {
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

    /// The reference page with one sentence of one paragraph changed.
    private var edited: String { Samples.oneSentenceChanged(paragraphs).joined(separator: "\n") }

    @Test func aNearCopyIsImportedWithAMarkAndAnExactCopyIsSkipped() async throws {
        let original = try folder.write("原稿.txt", paragraphs.joined(separator: "\n"))
        let first = try await library.editorial.importFiles([original])
        let originalID = try #require(first.imported.first?.id)
        #expect(first.nearDuplicates.isEmpty)

        let copy = try folder.write("副本/原稿.txt", paragraphs.joined(separator: "\n"))
        let near = try folder.write("修改稿.txt", edited)
        let other = try folder.write("别的.txt", Samples.longDocumentParagraphs().joined(separator: "\n"))
        let report = try await library.editorial.importFiles([copy, near, other])
        #expect(report.skipped.map(\.duplicateOf) == [originalID])
        #expect(report.imported.count == 2)
        let mark = try #require(report.nearDuplicates.first)
        #expect(report.nearDuplicates.count == 1)
        #expect(mark.similarTo == originalID && mark.similarTitle == "原稿" && mark.title == "修改稿")
        #expect(mark.importedID == report.imported.first?.id)
        let rows = try await library.editorial.adminDocuments(state: nil, categoryID: nil, title: "修改稿", pageNumber: 1).documents.items
        #expect(rows.first?.nearDuplicateOf == originalID)
    }

    @Test func nearCopiesWithinOneImportAreFoundToo() async throws {
        let a = try folder.write("甲.txt", paragraphs.joined(separator: "\n"))
        let b = try folder.write("乙.txt", edited)
        let report = try await library.editorial.importFiles([a, b])
        #expect(report.imported.count == 2)
        #expect(report.nearDuplicates.map(\.similarTo) == [report.imported[0].id])
    }

    @Test func theSettingSkipsThem() async throws {
        var form = SettingsForm(try await library.settings())
        form.skipNearDuplicates = true
        try await library.editorial.saveSettings(form, by: nil)
        let original = try folder.write("原稿.txt", paragraphs.joined(separator: "\n"))
        let near = try folder.write("修改稿.txt", edited)
        let report = try await library.editorial.importFiles([original, near])
        #expect(report.imported.map(\.title) == ["原稿"])
        #expect(report.nearDuplicates.map(\.importedID) == [nil])
        #expect(try await store.documentCount() == 1)
    }
}
