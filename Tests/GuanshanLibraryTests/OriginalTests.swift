import Crypto
import Foundation
@testable import GuanshanLibrary
import GuanshanModel
import GuanshanStore
import GuanshanTestSupport
import Testing

/// The file a document was imported from is kept as it came, offered as the site's setting says,
/// carried by backups, and removed once no document holds it.
@Suite struct OriginalTests {
    let store: any Store
    let originals = OriginalsInMemory()
    let library: Library
    let clock = ManualClock()

    init() async throws {
        store = try await TestStore.make()
        let clock = clock
        library = Library(store: store, originals: originals, passwordCost: .testing, now: { clock.now })
    }

    static let notice = FormatFixtures.path("docx/notice.docx")

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    @Test func anImportedWordFileIsKeptAsItCameUnderItsName() async throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.notice))
        let document = try await library.importOne(Self.notice)
        let file = try #require(document.original)
        #expect(file == OriginalFile(hash: Self.sha256(bytes), byteCount: Int64(bytes.count), fileName: "notice.docx", format: .docx))
        #expect(try await originals.bytes(of: file) == bytes)

        let download = try await library.reading.original(id: document.id, downloads: .everyone, signedIn: false)
        var sent = download.firstPart
        for index in stride(from: 1, to: download.file.partCount, by: 1) { sent.append(try await download.part(index)) }
        #expect(sent == bytes)
    }

    @Test func textFilesAreTheirOwnOriginal() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-\(UUID().uuidString).md").path
        try "# 标题\n\n正文一段。".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try await library.importOne(path).original == nil)
    }

    @Test func theSettingSaysWhoMayDownload() async throws {
        let id = try await library.importOne(Self.notice).id
        await #expect(throws: LibraryError.documentNotFound) { try await library.reading.original(id: id, downloads: .nobody, signedIn: true) }
        await #expect(throws: LibraryError.signInRequired) { try await library.reading.original(id: id, downloads: .readers, signedIn: false) }
        #expect(try await library.reading.original(id: id, downloads: .readers, signedIn: true).file.fileName == "notice.docx")
        #expect(try await library.settings().originalDownloads == .readers, "signed-in readers by default")
        try await library.changeSettings { $0.originalDownloads = "everyone" }
        #expect(try await library.settings().originalDownloads == .everyone)
    }

    @Test func aDocumentWithoutItsBytesSaysSoBeforeAnythingIsSent() async throws {
        let document = try await library.importOne(Self.notice)
        try await originals.remove(hash: try #require(document.original).hash)
        await #expect(throws: LibraryError.originalMissing) {
            try await library.reading.original(id: document.id, downloads: .everyone, signedIn: true)
        }
    }

    /// A bucket that will not show the object (403, as S3 answers a key that may not list the bucket) is
    /// an original missing, not a failure of the site.
    @Test func anObjectTheBucketWillNotShowIsAMissingOriginal() async throws {
        let id = try await library.importOne(Self.notice).id
        let hidden = Library(store: store, originals: RefusingOriginals(status: 403), passwordCost: .testing)
        await #expect(throws: LibraryError.originalMissing) { try await hidden.reading.original(id: id, downloads: .everyone, signedIn: true) }
        let away = Library(store: store, originals: RefusingOriginals(status: 503), passwordCost: .testing)
        await #expect(throws: OriginalStorageError.refused(status: 503, said: "SlowDown")) {
            try await away.reading.original(id: id, downloads: .everyone, signedIn: true)
        }
    }

    /// A storage that refuses fails the file, with the reason, and saves no document without its original.
    @Test func aFileWhoseOriginalCannotBeKeptIsNotImported() async throws {
        let refusing = Library(store: store, originals: RefusingOriginals(), passwordCost: .testing)
        let report = try await refusing.editorial.importFiles([Self.notice])
        #expect(report.imported.isEmpty)
        #expect(report.failed.map(\.problem) == [.originalNotKept("refused(status: 503, said: \"SlowDown\")")])
        #expect(report.failed.first?.problem.message(english: false).hasPrefix("未导入：原文件无法保存") == true)
    }

    /// The bytes of a file no document came to hold (a copy skipped as a duplicate, a save that failed)
    /// stay a week, then go; those a document holds stay.
    @Test func originalsNoDocumentHoldsAreRemovedAfterAWeek() async throws {
        let held = try #require(try await library.importOne(Self.notice).original)
        let orphan = Data("只记下、未保存的文件".utf8)
        try await store.noteOriginal(hash: Self.sha256(orphan), byteCount: Int64(orphan.count), at: clock.now)
        try await originals.keep(orphan, hash: Self.sha256(orphan))

        try await library.operations.pruneOriginals(notedBefore: clock.now.addingTimeInterval(-OperationsService.unheldOriginalsKept))
        #expect(try await originals.part(0, of: Self.sha256(orphan), byteCount: Int64(orphan.count)) == orphan, "not a week old yet")
        clock.advance(OperationsService.unheldOriginalsKept + 1)
        try await library.operations.pruneOriginals(notedBefore: clock.now.addingTimeInterval(-OperationsService.unheldOriginalsKept))
        #expect(try await originals.part(0, of: Self.sha256(orphan), byteCount: Int64(orphan.count)) == nil)
        #expect(try await originals.bytes(of: held) != nil)
        #expect(try await store.unheldOriginals(notedBefore: clock.now, limit: 10).isEmpty)
    }

    /// `guanshan backup` and `restore` carry the originals: a library restored elsewhere offers them.
    @Test func aBackupCarriesTheOriginalsToTheRestoredLibrary() async throws {
        let document = try await library.importOne(Self.notice)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-backup-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let counts = try await library.operations.backup(to: path)
        #expect(counts["document_original"] == 1 && counts[BackupCounts.originalsMissing] == 0)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-restored-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let restored = Library(store: try await TestStore.make(), originals: OriginalFolder(root: folder), passwordCost: .testing)
        _ = try await restored.operations.restore(from: path)
        let download = try await restored.reading.original(id: document.id, downloads: .everyone, signedIn: false)
        #expect(download.firstPart == (try Data(contentsOf: URL(fileURLWithPath: Self.notice))))
    }
}

/// A storage that refuses everything with `status`, as S3 does: 503 when it is overloaded, 403 for an
/// object a key may not see.
struct RefusingOriginals: OriginalStorage {
    var status = 503
    var place: String { "refusing" }
    var refusal: OriginalStorageError { .refused(status: status, said: status == 503 ? "SlowDown" : "AccessDenied") }
    func keep(_ bytes: Data, hash: String) async throws { throw refusal }
    func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? { throw refusal }
    func remove(hash: String) async throws {}
}
