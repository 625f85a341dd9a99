import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// A search index that cannot be saved (its disk is full) fails no write: the documents are saved in
/// the store and found at once, since queries read the index in memory; the index is saved later, or
/// caught up from the change log at the next start. A full disk is told apart from other failures, for
/// the site's 507. `Scripts/disk-full-test` does all this on a real full disk.
@Suite struct FullDiskTests {
    @Test func anImportIsAnsweredAsSavedWhenOnlyTheIndexCannotBeSaved() async throws {
        let folder = try TemporaryFolder()
        // A file where the index's folder should be: every save of the index fails, as on a full disk.
        let search = try folder.write("search", "not a folder")
        let store = try await TestStore.make()
        let library = Library(store: store, searchDirectory: URL(fileURLWithPath: search), passwordCost: .testing)
        let markdown = "---\ntitle: 磁盘满时的导入\n---\n\n正文里有 fullindexmarker 这个词。\n"
        let report = try await library.editorial.importUpload(Data(markdown.utf8), fileName: "满盘.md", options: ImportOptions())
        #expect(report.imported.map(\.title) == ["磁盘满时的导入"])
        #expect(report.failed.isEmpty)
        let id = try #require(report.imported.first?.id)
        #expect(try library.search.searchIDs("fullindexmarker") == [id])
        #expect(try await store.documentCount() == 1)
    }

    @Test func outOfSpaceIsToldApartFromOtherFailures() {
        // The shape Foundation throws when a file write meets ENOSPC, as the server logged it.
        let foundation = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileWriteOutOfSpace.rawValue,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue, userInfo: [NSUnderlyingErrorKey: foundation])
        for error: any Error in [foundation, wrapped, CocoaError(.fileWriteOutOfSpace), POSIXError(.ENOSPC), StoreError.outOfSpace] {
            #expect(StoreError.isOutOfSpace(error), "\(error)")
        }
        for error: any Error in [StoreError.unavailable, CocoaError(.fileNoSuchFile), POSIXError(.EACCES), NSError(domain: NSPOSIXErrorDomain, code: Int(EIO))] {
            #expect(!StoreError.isOutOfSpace(error), "\(error)")
        }
    }
}
