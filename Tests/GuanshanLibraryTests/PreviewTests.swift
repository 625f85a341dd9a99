import Foundation
@testable import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
import Testing

/// `原版预览`: the first pages of a document's original drawn as images, on first need, kept in a
/// cache of this node's that lets go of what was used longest ago.
@Suite struct PreviewTests {
    let library: Library
    let folder: URL

    init() async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-previews-\(UUID().uuidString)")
        library = Library(store: try await TestStore.make(), previewDirectory: folder, passwordCost: .testing)
    }

    /// The width and height of a JPEG, from its first frame header.
    static func size(ofJPEG data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            if (0xC0...0xC3).contains(marker) {
                return (Int(bytes[index + 7]) << 8 | Int(bytes[index + 8]), Int(bytes[index + 5]) << 8 | Int(bytes[index + 6]))
            }
            index += 2 + length
        }
        return nil
    }

    @Test func aPDFsFirstPagesAreDrawnAsManyAsTheSettingAllows() async throws {
        let id = try await library.importOne(FormatFixtures.path("pdf/notice.pdf")).id
        let previewed = try await library.reading.previewedPages(id: id, limit: 20)
        #expect(previewed.count == 3 && previewed.total == 3)
        #expect(try await library.reading.previewedPages(id: id, limit: 2).count == 2)

        let page = try await library.reading.previewImage(id: id, page: 2, width: .page, limit: 20)
        let size = try #require(Self.size(ofJPEG: page))
        #expect(size.width == 900 && abs(Double(size.height) / 900 - 842.0 / 595.0) < 0.01, "an A4 page, 900 pixels wide")
        let thumbnail = try await library.reading.previewImage(id: id, page: 1, width: .thumbnail, limit: 20)
        #expect(Self.size(ofJPEG: thumbnail)?.width == 240)
        #expect(try await library.reading.previewImage(id: id, page: 2, width: .page, limit: 20) == page, "drawn once, then kept")

        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.previewImage(id: id, page: 4, width: .page, limit: 20) }
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.previewImage(id: id, page: 3, width: .page, limit: 2) }
        await #expect(throws: LibraryError.documentNotFound) { try await library.reading.previewedPages(id: id, limit: 0) }
    }

    /// An original that the storage will not show (403, as S3 answers a key that may not list its bucket)
    /// has no preview: it is missing, not a failure of the site.
    @Test func anOriginalTheStorageWillNotShowHasNoPreview() async throws {
        let store = try await TestStore.make()
        let id = try await Library(store: store, passwordCost: .testing).importOne(FormatFixtures.path("pdf/notice.pdf")).id
        let hidden = Library(store: store, originals: RefusingOriginals(status: 403), previewDirectory: folder, passwordCost: .testing)
        await #expect(throws: LibraryError.originalMissing) { try await hidden.reading.previewedPages(id: id, limit: 20) }
        await #expect(throws: LibraryError.originalMissing) { try await hidden.reading.previewImage(id: id, page: 1, width: .page, limit: 20) }
    }

    /// Slides are drawn from the PDF LibreOffice makes of them, made once for all their pages.
    @Test func slidesArePreviewedThroughLibreOffice() async throws {
        let id = try await library.importOne(FormatFixtures.path("office/slides.odp")).id
        let previewed = try await library.reading.previewedPages(id: id, limit: 20)
        #expect(previewed.count == 3)
        for page in 1...3 {
            #expect(Self.size(ofJPEG: try await library.reading.previewImage(id: id, page: page, width: .page, limit: 20))?.width == 900)
        }
        let hash = try #require(try await library.reading.readWholeDocument(id: id, counting: false).document.original?.hash)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains("\(hash).pdf"), "LibreOffice's PDF is kept for the next page")
    }

    /// A file LibreOffice cannot read (this .docx crashes LibreOffice 7.4) has no preview, and is not
    /// tried again at each request; a document without an original has none either.
    @Test func whatCannotBeDrawnHasNoPreviewAndIsNotTriedAgain() async throws {
        let id = try await library.importOne(FormatFixtures.path("docx/notice.docx")).id
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.previewImage(id: id, page: 1, width: .thumbnail, limit: 20) }
        let hash = try #require(try await library.reading.readWholeDocument(id: id, counting: false).document.original?.hash)
        let refusal = try String(contentsOf: folder.appendingPathComponent("\(hash).refused"), encoding: .utf8)
        #expect(refusal.contains("soffice"), "the refusal is kept, with LibreOffice's reason: \(refusal)")
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.previewImage(id: id, page: 1, width: .thumbnail, limit: 20) }

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-\(UUID().uuidString).md").path
        try "# 没有原文件\n\n正文。".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plain = try await library.importOne(path).id
        await #expect(throws: LibraryError.documentNotFound) { try await library.reading.previewedPages(id: plain, limit: 20) }
    }

    /// Many readers asking for the same page at once get the same image.
    @Test func aPageAskedForManyTimesAtOnceIsTheSameImage() async throws {
        let id = try await library.importOne(FormatFixtures.path("pdf/two-columns.pdf")).id
        let library = library
        let images = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 { group.addTask { try await library.reading.previewImage(id: id, page: 1, width: .page, limit: 20) } }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(Set(images).count == 1)
    }

    /// The cache lets go of the files used longest ago once it holds more than its size.
    @Test func theCacheLetsGoOfWhatWasUsedLongestAgo() async throws {
        let cache = PreviewCache(directory: folder.appendingPathComponent("small"), limitBytes: 1_000)
        for name in ["a", "b", "c"] {
            await cache.keep(Data(repeating: 1, count: 240), as: name)
        }
        for (name, age) in [("a", 300.0), ("b", 200), ("c", 100)] {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: cache.url(name).path)
        }
        #expect(await cache.data("a") != nil, "reading a touches it")
        await cache.keep(Data(repeating: 2, count: 240), as: "d")
        await cache.keep(Data(repeating: 3, count: 240), as: "e")
        var kept: [String] = []
        for name in ["a", "b", "c", "d", "e"] where await cache.contains(name) { kept.append(name) }
        #expect(kept == ["a", "d", "e"], "b and c, used longest ago, made room down to four fifths; a was read since")
        await cache.keep(Data(repeating: 4, count: 251), as: "too-large")
        let tooLarge = await cache.contains("too-large")
        #expect(!tooLarge, "a file over a quarter of the cache is not kept")
    }
}
