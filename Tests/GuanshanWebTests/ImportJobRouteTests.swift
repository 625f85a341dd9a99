import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanStore
import GuanshanWeb
import GuanshanTestSupport
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// Imports from the admin as jobs (issue 17, item 3): uploading queues them and shows a page that
/// follows the import to its report; a failed import says why and can be queued again.
@Suite struct ImportJobRouteTests {
    static let notice = Data("# 关于开放时间的通知\n\n观山文库每日八时开放。".utf8)
    static let plan = Data("年度工作计划\n\n一、总体要求\n\n全年完成三项重点任务。".utf8)

    @Test func severalFilesAreOneImportFollowedToItsReport() async throws {
        try await AccountRouteTests().withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let long = String(repeating: "很长的文件名", count: 30) + ".txt"
            let (queued, ended) = try await editor.importFiles([
                ("通知.md", Self.notice), ("计划.txt", Self.plan), ("图.png", Data([0x89, 0x50])), (long, Data("长名文件\n\n正文一段。".utf8)),
            ])
            let id = try #require(queued.location.flatMap { Int64($0.dropFirst("/admin/imports/".count)) })
            #expect(ended.status == .ok)
            #expect(ended.body.contains("导入 3 篇，跳过 0 篇，失败 1 个。"), "a name longer than the file system allows is shortened")
            #expect(ended.body.contains(">关于开放时间的通知</a>") && ended.body.contains(">年度工作计划</a>"))
            #expect(ended.body.contains("图.png："), "a failure names the file as uploaded")
            #expect(!ended.body.contains("guanshan-upload-"), "not the temporary folder")
            let job = try #require(try await site.library.editorial.importJob(id: id))
            #expect(job.state == .done && job.fileNames.prefix(3) == ["通知.md", "计划.txt", "图.png"] && job.bytesDone == job.bytesTotal)
            #expect(job.fileNames.last?.hasSuffix(".txt") == true && (job.fileNames.last?.utf8.count ?? 999) <= 200)
            #expect(try await site.library.search.search(SearchRequest("八时开放")).total == 1, "searchable once the job is done")
        }
    }

    /// PDFs uploaded in the admin go through poppler like those of `guanshan import`: the text PDF is
    /// imported, a scan read by OCR, and one in which OCR finds no word fails saying so.
    @Test func uploadedPDFsAreReadOrRefusedWithTheirReason() async throws {
        try await AccountRouteTests().withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let (_, ended) = try await editor.importFiles([
                ("通知.pdf", try FormatFixtures.data("pdf/notice.pdf")), ("扫描件.pdf", try FormatFixtures.data("pdf/scanned-text.pdf")),
                ("空白扫描.pdf", try FormatFixtures.data("pdf/scan.pdf")),
            ])
            #expect(ended.body.contains("导入 2 篇，跳过 0 篇，失败 1 个。"))
            #expect(ended.body.contains(">关于加强公文管理的通知</a>"))
            #expect(ended.body.contains("空白扫描.pdf：文档没有正文"))
            #expect(try await site.library.search.search(SearchRequest("保障机制")).total == 1)
            #expect(try await site.library.search.search(SearchRequest("二十四小时值班")).total == 1, "the scan's text, read by OCR")
        }
    }

    /// A file that failed for a reason that can mend (here the storage of originals was away) is kept,
    /// and the editor tries it again alone: a new import of that file, offered once. A damaged file is
    /// not kept: it would fail again.
    @Test func theFilesThatFailedCanBeTriedAgainAlone() async throws {
        let originals = AwayOriginals()
        let library = Library(store: try await TestStore.make(), originals: originals, passwordCost: .testing)
        _ = try await library.accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let (queued, ended) = try await editor.importFiles([
                ("好.md", Data("# 可以导入\n\n正文一段。".utf8)), ("通知.docx", try FormatFixtures.data("docx/notice.docx")),
                ("截断.pdf", try FormatFixtures.data("pdf/truncated.pdf")),
            ])
            let first = try #require(queued.location)
            #expect(ended.body.contains("导入 1 篇，跳过 0 篇，失败 2 个。") && ended.body.contains("通知.docx：未导入：原文件无法保存"))
            #expect(ended.body.contains("<form action=\"\(first)/retry-failed\" method=\"post\">"))
            originals.away.store(false, ordering: .relaxed)
            let retried = try await editor.post("\(first)/retry-failed")
            let second = try #require(retried.location)
            #expect(retried.status == .seeOther && second != first)
            let deadline = ContinuousClock.now + TestTime.bound(.seconds(30))
            var page = try await editor.get(second)
            while page.headers[Browser.refresh] != nil, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
                page = try await editor.get(second)
            }
            #expect(page.body.contains("导入 1 篇，跳过 0 篇，失败 0 个。"), "only 通知.docx was tried again, and went in")
            let none = try await editor.post("\(first)/retry-failed")
            #expect(none.location == "\(first)?retried=none")
            #expect(try await editor.get(none.location!).body.contains("没有可重试的文件"))
        }
    }

    @Test func aQueuedImportShowsAPageThatRefreshesItself() async throws {
        try await AccountRouteTests().withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            let id = try await site.library.editorial.queueImport([("通知.md", Self.notice)], options: ImportOptions(owner: site.users["editor"]))
            let waiting = try await editor.get("/admin/imports/\(id)")
            #expect(waiting.status == .ok && waiting.headers[Browser.refresh] == "2")
            #expect(waiting.body.contains("排队中") && waiting.body.contains("通知.md"))
            #expect(waiting.body.contains("<ol class=\"job-files\"><li>通知.md<span class=\"hint\">等待</span></li></ol>"), "each file and how far it is")
            #expect(try await editor.get("/admin/imports").body.contains("排队中"))
            #expect(try await site.library.editorial.runJobs() == 1)
            let done = try await editor.get("/admin/imports/\(id)")
            #expect(done.headers[Browser.refresh] == nil && done.body.contains("导入 1 篇"))
            #expect(try await editor.get("/admin/imports/\(id + 1)").status == .notFound)
            #expect(try await editor.get("/admin/imports/abc").status == .notFound)
        }
    }

    /// A job whose nodes kept stopping (here: claimed three times by nodes that never finished) is given
    /// up; the editor sees why and queues it again, and it then runs to its end.
    @Test func aGivenUpImportSaysWhyAndIsQueuedAgain() async throws {
        try await AccountRouteTests().withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            let id = try await site.library.editorial.queueImport([("通知.md", Self.notice)], options: ImportOptions(owner: site.users["editor"]))
            for _ in 1...3 {
                _ = try await site.store.claimJob(at: Date(), leaseUntil: Date(timeIntervalSinceNow: -1), maximumAttempts: 3, abandoned: "abandoned")
            }
            #expect(try await site.library.editorial.runJobs() == 0)
            let failed = try await editor.get("/admin/imports/\(id)")
            #expect(failed.headers[Browser.refresh] == nil)
            #expect(failed.body.contains("导入失败：接手的节点屡次中断") && failed.body.contains("/admin/imports/\(id)/retry"))
            #expect(try await site.store.jobFiles(id: id).count == 1, "its file is kept for a retry")

            let retried = try await editor.post("/admin/imports/\(id)/retry")
            #expect(retried.status == .seeOther && retried.location == "/admin/imports/\(id)")
            try await site.library.editorial.runJobs()
            let done = try await editor.get("/admin/imports/\(id)")
            #expect(done.body.contains("导入 1 篇"))
            #expect(try await editor.post("/admin/imports/\(id)/retry").status == .seeOther, "a done job is left as it is")
            #expect(try await site.library.editorial.importJob(id: id)?.state == .done)

            let reader = Browser(client)
            try await reader.logIn("alice")
            try await reader.get("/me")
            #expect(try await reader.post("/admin/imports/\(id)/retry").status == .forbidden)
            #expect(try await reader.get("/admin/imports/\(id)").status == .forbidden)
        }
    }

    @Test func anUploadOfTooManyFilesIsRefusedWithAMessage() async throws {
        try await AccountRouteTests().withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let files = (1...101).map { n in (name: "第\(n)号.txt", data: Data("第\(n)号\n\n正文。".utf8)) }
            let refused = try await editor.upload("/admin/documents/upload", files: files)
            #expect(refused.status == .badRequest && refused.body.contains("一次最多上传 100 个文件。"))
            #expect(try await site.library.editorial.importJobs().isEmpty, "nothing queued")
        }
    }
}

/// Originals kept in memory, refused while `away` (as a storage that is down refuses them).
final class AwayOriginals: OriginalStorage {
    let away = Atomic<Bool>(true)
    let kept = OriginalsInMemory()
    var place: String { "away" }
    func keep(_ bytes: Data, hash: String) async throws {
        if away.load(ordering: .relaxed) { throw OriginalStorageError.unreachable("away") }
        try await kept.keep(bytes, hash: hash)
    }
    func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? { try await kept.part(index, of: hash, byteCount: byteCount) }
    func remove(hash: String) async throws { try await kept.remove(hash: hash) }
}
