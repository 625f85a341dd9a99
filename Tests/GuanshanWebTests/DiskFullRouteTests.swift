import Foundation
import GRDB
import GuanshanLibrary
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// A write that meets a full disk answers 507 with what happened, in Chinese and English, saves nothing,
/// and the site goes on serving reads; once there is room, writes work again without a restart.
/// SQLite's `max_page_count` stands in for the full disk here (SQLite answers a write past it with
/// SQLITE_FULL, as it does on ENOSPC); `Scripts/disk-full-test` fills a real one.
@Suite struct DiskFullRouteTests {
    /// Lets the database grow no more (`full`), or again.
    static func setFull(_ store: SQLiteStore, _ full: Bool) async throws {
        try await store.writer.write { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(full ? pages : 1_073_741_823)")
        }
    }

    @Test func writesOnAFullDiskAnswer507AndSaveNothing() async throws {
        let store = try SQLiteStore.inMemory()
        let library = Library(store: store, passwordCost: .testing)
        try await library.editorial.seedDemoDocumentsIfEmpty()
        _ = try await library.accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            let browser = Browser(client)
            #expect(try await browser.logIn("editor").status == .seeOther)
            let token = try #require(try await browser.get("/me").status == .ok ? browser.formToken : nil)
            let body = String(repeating: "磁盘已满时发布的一段很长的正文。", count: 20_000)
            func publish() async throws -> Browser.Page {
                let json = try JSONSerialization.data(withJSONObject: ["title": "磁盘满时发布", "body": body])
                return try await browser.send(
                    "/api/v1/admin/documents", method: .post, headers: [.contentType: "application/json", .init("X-CSRF-Token")!: token],
                    body: ByteBuffer(data: json))
            }
            let before = try await store.documentCount()
            try await Self.setFull(store, true)

            let refused = try await publish()
            #expect(refused.status.code == 507)
            #expect(refused.body.contains(#""error":"insufficient_storage""#))
            #expect(refused.body.contains("磁盘空间已满") && refused.body.contains("disk is full"), "\(refused.body)")
            let upload = try await browser.upload("/api/v1/admin/imports", file: "满盘.md", Data("# 磁盘满时导入\n\n\(body)\n".utf8))
            #expect(upload.status.code == 507, "\(upload.body)")
            #expect(try await store.documentCount() == before, "nothing of the refused writes is saved")

            // Reads go on; the admin's form says what happened, on a page.
            #expect(try await browser.get("/").status == .ok)
            let form = try await browser.post("/admin/documents/new", [("title", "磁盘满时从表单发布"), ("body", body)])
            #expect(form.status.code == 507)
            #expect(form.body.contains("服务器磁盘空间已满"), "\(form.body.prefix(300))")
            #expect(try await store.documentCount() == before)

            try await Self.setFull(store, false)
            #expect(try await publish().status == .created)
            #expect(try await store.documentCount() == before + 1)
        }
    }

    /// An import queued before the disk filled fails with that reason and keeps its files; once there is
    /// room, 重新导入 imports it. An upload the disk has no room for is refused with 507.
    @Test func anImportJobMeetingAFullDiskFailsAndIsRetried() async throws {
        let store = try SQLiteStore.inMemory()
        let library = Library(store: store, passwordCost: .testing)
        let editor = try await library.accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        let body = String(repeating: "磁盘已满时导入的一段很长的正文。", count: 20_000)
        let id = try await library.editorial.queueImport([("满盘.md", Data("# 磁盘满时导入\n\n\(body)\n".utf8))], options: ImportOptions(owner: editor))
        try await Self.setFull(store, true)
        #expect(try await library.editorial.runJobs() == 1)
        let failed = try #require(try await library.editorial.importJob(id: id))
        #expect(failed.state == .failed && failed.failure == .outOfSpace, "\(String(describing: failed.failure))")
        #expect(try await store.jobFiles(id: id).count == 1)
        #expect(try await store.documentCount() == 0)

        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            let browser = Browser(client)
            #expect(try await browser.logIn("editor").status == .seeOther)
            let page = try await browser.get("/admin/imports/\(id)")
            #expect(page.body.contains("磁盘已满，腾出空间后可重新导入"))
            try await browser.get("/admin/documents/new")
            let refused = try await browser.upload("/admin/documents/upload", file: "又一个.md", Data("# 又一个\n\n\(body)\n".utf8))
            #expect(refused.status.code == 507, "no room for the upload itself")

            try await Self.setFull(store, false)
            try await browser.get("/admin/imports/\(id)")
            #expect(try await browser.post("/admin/imports/\(id)/retry").status == .seeOther)
            try await library.editorial.runJobs()
            #expect(try await library.editorial.importJob(id: id)?.counts?.imported == 1)
            #expect(try await store.documentCount() == 1)
        }
    }
}
