import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The stamp page caches are keyed on: it rises with every change pages show, and only then.
@Suite struct SiteVersionTests {
    @Test func theStampRisesWithEveryChangePagesShow() async throws {
        let library = Library(store: try await TestStore.make())
        let folder = try TemporaryFolder()
        let record: [String: Any] = ["title": "长文", "paragraphs": Samples.longDocumentParagraphs(), "category": "分类", "tags": ["标签"]]
        let id = try #require(try await library.editorial.importFiles([try folder.write("a.jsonl", try JSONSerialization.data(withJSONObject: record))])
            .imported.first?.id)
        var stamp = try await library.version.current().stamp
        #expect(try await library.version.refresh().stamp == stamp, "nothing changed")
        // Views change no stamp: a page's count ages at most as long as a cached page lives.
        _ = try await library.reading.readPage(id: id, pageNumber: 1)
        try await library.operations.flushPendingWrites()
        #expect(try await library.version.refresh().stamp == stamp)

        // Every write of the library follows the change log at once, so this node's stamp has moved by the
        // time the write returns, without waiting for the follow service.
        let changes: [(String, @Sendable () async throws -> Void)] = [
            ("a setting", {
                var form = SettingsForm(try await library.settings())
                form.siteName = "新站名"
                try await library.editorial.saveSettings(form, by: nil)
            }),
            ("a category renamed", {
                let category = try #require(try await library.editorial.allCategories().first { $0.name == "分类" })
                try await library.editorial.updateCategory(id: category.id, name: "新分类", slug: "")
            }),
            ("a category created", { _ = try await library.editorial.createCategory(name: "空分类", slug: "") }),
            ("a category deleted", {
                let category = try #require(try await library.editorial.allCategories().first { $0.name == "空分类" })
                try await library.editorial.deleteCategory(id: category.id, by: nil)
            }),
            ("a tag renamed", { try await library.editorial.renameTag("标签", to: "新标签") }),
            ("a tag deleted", { try await library.editorial.deleteTag("新标签", by: nil) }),
            ("a document trashed", { try await library.editorial.trashDocument(id: id, by: nil) }),
            ("a document restored", { try await library.editorial.restoreDocument(id: id) }),
        ]
        for (change, make) in changes {
            try await make()
            let next = try #require(library.version.known)
            #expect(next.stamp > stamp, "\(change)")
            #expect(try await library.version.refresh().stamp == next.stamp, "\(change) was followed in full")
            stamp = next.stamp
        }
        #expect(try await library.version.current().settings.siteName == "新站名")
    }
}
