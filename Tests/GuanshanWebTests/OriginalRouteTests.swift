import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// `/d/{id}/original`: the file a document was imported from, offered on its reading page, to whom the
/// site's setting allows.
@Suite struct OriginalRouteTests {
    static let notice = FormatFixtures.path("docx/notice.docx")

    func withSite(_ body: @Sendable (Library, Int64, Browser) async throws -> Void) async throws {
        let previews = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-previews-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: previews) }
        let library = Library(store: try await TestStore.make(), previewDirectory: previews, passwordCost: .testing)
        try await library.editorial.seedDemoDocumentsIfEmpty()
        _ = try await library.accounts.addUser(name: "alice", password: "correct horse", role: .reader)
        let report = try await library.editorial.importFiles([Self.notice])
        let id = try #require(report.imported.first?.id)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in try await body(library, id, Browser(client)) }
    }

    @Test func signedInReadersDownloadTheFileAsItCameUnderItsName() async throws {
        try await withSite { _, id, browser in
            let page = try await browser.get("/d/\(id)")
            #expect(page.body.contains("<a class=\"original\" href=\"/d/\(id)/original\" rel=\"nofollow\">下载原文件（DOCX，"))

            let visitor = try await browser.get("/d/\(id)/original")
            #expect(visitor.status == .seeOther || visitor.status == .found)
            #expect(visitor.location == "/login?next=/d/\(id)/original")

            try await browser.logIn("alice")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.notice))
            let file = try await browser.get("/d/\(id)/original")
            #expect(file.status == .ok)
            #expect(file.data == bytes)
            #expect(file.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"document-\(id).docx\"; filename*=UTF-8''notice.docx")
            #expect(file.headers[.cacheControl] == "private, no-cache")
            #expect(file.headers[.contentLength] == String(bytes.count))
            let again = try await browser.get("/d/\(id)/original", headers: [.ifNoneMatch: try #require(file.headers[.eTag])])
            #expect(again.status == .notModified && again.data.isEmpty)
        }
    }

    @Test func theSettingOffersOriginalsToEveryoneOrToNobody() async throws {
        try await withSite { library, id, browser in
            try await library.changeSettings { $0.originalDownloads = "everyone" }
            let file = try await browser.get("/d/\(id)/original")
            #expect(file.status == .ok && file.headers[.cacheControl] == "public, max-age=3600")

            try await library.changeSettings { $0.originalDownloads = "nobody" }
            #expect(try await browser.get("/d/\(id)/original").status == .notFound)
            #expect(!(try await browser.get("/d/\(id)").body.contains("/original")))
        }
    }

    /// A document read by OCR from a scan says so under its text, and offers the scan itself.
    @Test func aScanReadByOCRSaysSo() async throws {
        try await withSite { library, _, browser in
            let report = try await library.editorial.importFiles([FormatFixtures.path("pdf/scanned-text.pdf")])
            let id = try #require(report.imported.first?.id)
            let last = try await browser.get("/d/\(id)/all")
            #expect(last.body.contains("<p class=\"ocr-note\">本文文字由 OCR 从扫描件识别，可能有个别错字，请以原文件为准。</p>"))
            #expect(last.body.contains("下载原文件（PDF，"))
        }
    }

    /// `原版预览` shows the first pages of a PDF as images, lists show its first page small, and what
    /// cannot be drawn is a blank page in lists.
    @Test func theOriginalsPagesArePreviewedAndListsShowThumbnails() async throws {
        try await withSite { library, id, browser in
            let report = try await library.editorial.importFiles([FormatFixtures.path("pdf/notice.pdf")])
            let pdf = try #require(report.imported.first?.id)
            #expect(try await browser.get("/").body.contains("<img class=\"thumb\" src=\"/d/\(pdf)/thumbnail.jpg\" alt=\"\" loading=\"lazy\" width=\"60\">"))
            #expect(try await browser.get("/search?q=公文管理").body.contains("/d/\(pdf)/thumbnail.jpg"))
            #expect(try await browser.get("/d/\(pdf)").body.contains("<a class=\"preview-link\" href=\"/d/\(pdf)/preview\">原版预览</a>"))
            // Where each of the original's pages begins in the text, linked to its preview.
            let whole = try await browser.get("/d/\(pdf)/all").body
            for page in 2...3 {
                #expect(whole.contains("<p class=\"source-page\"><a href=\"/d/\(pdf)/preview#p\(page)\" rel=\"nofollow\">原版第\(page)页</a></p>"))
            }

            let preview = try await browser.get("/d/\(pdf)/preview")
            #expect(preview.status == .ok)
            for page in 1...3 {
                #expect(preview.body.contains("<img src=\"/d/\(pdf)/preview/\(page)\" alt=\"原文件第\(page)页\" loading=\"lazy\" width=\"900\">"))
            }
            let image = try await browser.get("/d/\(pdf)/preview/2")
            #expect(image.status == .ok && image.headers[.contentType] == "image/jpeg" && image.data.starts(with: [0xFF, 0xD8, 0xFF]))
            #expect(image.headers[.cacheControl] == "public, max-age=86400")
            let again = try await browser.get("/d/\(pdf)/preview/2", headers: [.ifNoneMatch: try #require(image.headers[.eTag])])
            #expect(again.status == .notModified)
            #expect(try await browser.get("/d/\(pdf)/preview/4").status == .notFound)
            for page in ["0", "-1", "99999999999999999999", "2.jpg"] {
                #expect([.badRequest, .notFound].contains(try await browser.get("/d/\(pdf)/preview/\(page)").status), "\(page)")
            }
            #expect(try await browser.get("/d/\(pdf)/thumbnail.jpg").headers[.contentType] == "image/jpeg")

            // notice.docx makes LibreOffice 7.4 crash: a blank page stands in for its thumbnail.
            let blank = try await browser.get("/d/\(id)/thumbnail.jpg")
            #expect(blank.status == .ok && blank.headers[.contentType] == "image/svg+xml")
            #expect(try await browser.get("/d/\(id)/preview/1").status == .notFound)

            try await library.changeSettings { $0.previewPages = "2" }
            #expect(!(try await browser.get("/d/\(pdf)/preview").body.contains("/preview/3\"")))
            #expect(try await browser.get("/d/\(pdf)/all").body.contains("<p class=\"source-page\">原版第3页</p>"), "a page not previewed is named, not linked")
            #expect(try await browser.get("/d/\(pdf)/preview").body.contains("仅预览前2页，原文件共3页。"))
            try await library.changeSettings { $0.previewPages = "0" }
            #expect(try await browser.get("/d/\(pdf)/preview").status == .notFound)
            #expect(!(try await browser.get("/").body.contains("thumbnail.jpg")))
        }
    }

    /// An original whose bytes are gone from its storage: its pages are not found, and lists show a blank
    /// page for its thumbnail rather than a broken image.
    @Test func anOriginalWhoseBytesAreGoneShowsABlankThumbnail() async throws {
        let previews = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-previews-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: previews) }
        let originals = OriginalsInMemory()
        let library = Library(store: try await TestStore.make(), originals: originals, previewDirectory: previews, passwordCost: .testing)
        let pdf = try #require(try await library.editorial.importFiles([FormatFixtures.path("pdf/notice.pdf")]).imported.first?.id)
        let hash = try #require(try await library.reading.readWholeDocument(id: pdf, counting: false).document.original?.hash)
        try await originals.remove(hash: hash)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            let browser = Browser(client)
            let thumbnail = try await browser.get("/d/\(pdf)/thumbnail.jpg")
            #expect(thumbnail.status == .ok && thumbnail.headers[.contentType] == "image/svg+xml")
            #expect(try await browser.get("/d/\(pdf)/preview/1").status == .notFound)
        }
    }

    @Test func documentsWithoutAnOriginalOfferNone() async throws {
        try await withSite { library, id, browser in
            try await library.changeSettings { $0.originalDownloads = "everyone" }
            let demo = try #require(try await library.reading.home().newest.first { $0.id != id }?.id)
            #expect(!(try await browser.get("/d/\(demo)").body.contains("class=\"original\"")))
            #expect(try await browser.get("/d/\(demo)/original").status == .notFound)
            #expect(try await browser.get("/d/999999/original").status == .notFound)
            let robots = try await browser.get("/robots.txt").body
            for line in ["Disallow: /d/*/original", "Disallow: /d/*/preview", "Disallow: /d/*/thumbnail.jpg"] { #expect(robots.contains(line)) }
            #expect(try await browser.get("/d/\(demo)/thumbnail.jpg").status == .notFound)
            #expect(try await browser.get("/d/\(demo)/preview").status == .notFound)
        }
    }
}
