import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct AdminRouteTests {
    func withSite(_ body: @Sendable (AccountRouteTests.Site, any TestClientProtocol) async throws -> Void) async throws {
        try await AccountRouteTests().withSite(body)
    }

    enum Visitor: String, CaseIterable { case anonymous, reader = "alice", anotherReader = "bob", editor, admin = "root" }

    /// Each route with the status every kind of visitor gets.
    @Test func everyRoleGetsItsStatusOnEveryRoute() async throws {
        try await withSite { site, client in
            let alice = site.users["alice"]!.id
            let rows: [(String, [Visitor: HTTPResponse.Status])] = [
                ("/", [.anonymous: .ok, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/me", [.anonymous: .seeOther, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/me/favorites", [.anonymous: .seeOther, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/me/history", [.anonymous: .seeOther, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/api/v1/me", [.anonymous: .unauthorized, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/api/v1/users/\(alice)/favorites", [.anonymous: .unauthorized, .reader: .ok, .anotherReader: .notFound, .editor: .notFound, .admin: .notFound]),
                ("/api/v1/users/\(alice)/history", [.anonymous: .unauthorized, .reader: .ok, .anotherReader: .notFound, .editor: .notFound, .admin: .notFound]),
                ("/admin", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/documents", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/documents/new", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/documents/\(site.document)", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/categories", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/imports", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/tags", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/users", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden, .admin: .ok]),
                ("/admin/settings", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden, .admin: .ok]),
                ("/me/uploads", [.anonymous: .seeOther, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/me/notifications", [.anonymous: .seeOther, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/api/v1/me/uploads", [.anonymous: .unauthorized, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/admin/review", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/review/\(site.document)", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .notFound, .admin: .notFound]),
                ("/api/v1/admin/review", [.anonymous: .unauthorized, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/words", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden, .admin: .ok]),
                ("/admin/words/block/export", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden, .admin: .ok]),
                ("/api/v1/admin/words/block", [.anonymous: .unauthorized, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden, .admin: .ok]),
                ("/admin/reports", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/api/v1/admin/reports", [.anonymous: .unauthorized, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/d/\(site.document)/comments", [.anonymous: .ok, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/api/v1/documents/\(site.document)/comments", [.anonymous: .ok, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/admin/comments", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/api/v1/admin/comments", [.anonymous: .unauthorized, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/copyright", [.anonymous: .ok, .reader: .ok, .anotherReader: .ok, .editor: .ok, .admin: .ok]),
                ("/admin/copyright", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/api/v1/admin/copyright-notices", [.anonymous: .unauthorized, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/admin/takedowns", [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
                ("/api/v1/admin/takedowns", [.anonymous: .unauthorized, .reader: .forbidden, .anotherReader: .forbidden, .editor: .ok, .admin: .ok]),
            ]
            let browsers = try await Self.browsers(client)
            for (path, expected) in rows {
                for visitor in Visitor.allCases {
                    let status = try await browsers[visitor]!.get(path).status
                    #expect(status == expected[visitor], "\(visitor) GET \(path)")
                }
            }
            // Changes: a valid form token is not enough; a visitor who is not signed in is sent to log in.
            let bob = site.users["bob"]!.id
            let posts: [(String, [(String, String)], [Visitor: HTTPResponse.Status])] = [
                ("/admin/documents/\(site.document)/trash", [], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
                ("/admin/users/\(bob)/role", [("role", "admin")], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden]),
                ("/admin/settings", [("siteName", "被改的站名"), ("pageBudget", "2000"), ("readingSpeed", "300")],
                 [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden]),
                ("/admin/categories", [("name", "新分类")], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
                ("/admin/words/block", [("words", "观山")], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden]),
                ("/admin/review", [("d\(site.document)", "on"), ("decision", "approve")], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
                ("/admin/users/\(bob)/contributor", [], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden, .editor: .forbidden]),
                ("/me/uploads", [], [.anonymous: .seeOther]),
                ("/admin/comments", [("c1", "on"), ("decision", "delete")], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
                ("/comments/1/hide", [], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
                ("/admin/copyright/1/handled", [], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
                ("/admin/takedowns/1/delete", [], [.anonymous: .seeOther, .reader: .forbidden, .anotherReader: .forbidden]),
            ]
            for (path, fields, expected) in posts {
                for (visitor, status) in expected {
                    let browser = browsers[visitor]!
                    try await browser.get(visitor == .anonymous ? "/login" : "/me")
                    #expect(try await browser.post(path, fields).status == status, "\(visitor) POST \(path)")
                }
            }
            #expect(try await site.store.user(id: bob)?.role == .reader)
            #expect(try await site.library.settings().siteName == "观山文库")
            #expect(try await site.library.words.list(.block).isEmpty)
            #expect(try await site.store.document(id: site.document) != nil)
        }
    }

    static func browsers(_ client: any TestClientProtocol) async throws -> [Visitor: Browser] {
        var browsers: [Visitor: Browser] = [:]
        for visitor in Visitor.allCases {
            let browser = Browser(client)
            if visitor != .anonymous { #expect(try await browser.logIn(visitor.rawValue).status == .seeOther) }
            browsers[visitor] = browser
        }
        return browsers
    }

    @Test func anEditorWritesPreviewsPublishesEditsTrashesAndRestores() async throws {
        try await withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let body = "关于开展读书活动的通知\n\n一、活动时间\n\n1.本月每周五下午举行。\n\n2.地点在图书室。"
            let preview = try await editor.post("/admin/documents/new", [
                ("title", ""), ("body", body), ("format", "text"), ("category", "通知"), ("tags", "读书，活动"), ("status", "draft"), ("action", "preview"),
            ])
            #expect(preview.status == .ok)
            #expect(preview.body.contains(#"<article class="document preview">"#) && preview.body.contains("<h1>关于开展读书活动的通知</h1>"))
            #expect(preview.body.contains("1.本月每周五下午举行。"))
            let saved = try await editor.post("/admin/documents/new", [
                ("title", ""), ("body", body), ("format", "text"), ("category", "通知"), ("tags", "读书，活动"), ("status", "draft"), ("action", "save"),
            ])
            let location = try #require(saved.location)
            let id = try #require(Int64(location.split(separator: "/").last!.split(separator: "?").first!))
            #expect(try await editor.get("/d/\(id)").status == .notFound, "a draft is not public")
            #expect(try await site.library.search.searchIDs("读书活动").contains(id) == false)
            // The form shows the body as Markdown; publish it with a new title.
            let form = try await editor.get(location)
            #expect(form.body.contains("已保存") && form.body.contains(#"value="读书, 活动""#) || form.body.contains(#"value="读书, 活动""#))
            let published = try await editor.post("/admin/documents/\(id)", [
                ("title", "读书活动通知"), ("body", "一、活动时间\n\n1\\.本月每周五下午举行。"), ("format", "markdown"), ("category", "通知"),
                ("tags", "读书"), ("status", "published"), ("action", "save"),
            ])
            #expect(published.location == "/admin/documents/\(id)?done=saved")
            let page = try await editor.get("/d/\(id)")
            #expect(page.status == .ok && page.body.contains("读书活动通知") && page.body.contains("1.本月每周五下午举行。"))
            #expect(page.body.contains(">editor</span>"), "the editor's display name is the sharer")
            #expect(try await site.library.search.searchIDs("每周五").contains(id))
            // Trash, restore, trash again and delete for good.
            try await editor.get("/admin/documents")
            #expect(try await editor.post("/admin/documents/\(id)/trash").location == "/admin/documents?done=trashed")
            #expect(try await editor.get("/d/\(id)").status == .notFound)
            #expect(try await !site.library.search.searchIDs("每周五").contains(id))
            let trash = try await editor.get("/admin/documents?state=trashed")
            #expect(trash.body.contains("读书活动通知") && trash.body.contains("恢复"))
            try await editor.post("/admin/documents/\(id)/restore")
            #expect(try await editor.get("/d/\(id)").status == .ok)
            try await editor.post("/admin/documents/\(id)/trash")
            try await editor.post("/admin/documents/\(id)/delete")
            #expect(try await editor.get("/admin/documents/\(id)").status == .notFound)
        }
    }

    @Test func badDraftsKeepWhatWasTyped() async throws {
        try await withSite { _, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let empty = try await editor.post("/admin/documents/new", [("title", "只有标题"), ("body", "  "), ("format", "text"), ("action", "save")])
            #expect(empty.status == .badRequest && empty.body.contains("正文不能为空") && empty.body.contains(#"value="只有标题""#))
            let guide = try await editor.post("/admin/documents/new", [
                ("title", "<script>alert(1)</script>"), ("body", "正文<b>不是</b>标记。"), ("format", "text"), ("action", "preview"),
            ])
            #expect(!guide.body.contains("<script>alert(1)") && guide.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(guide.body.contains("正文&lt;b&gt;不是&lt;/b&gt;标记。"))
        }
    }

    @Test func anUploadedFileIsImportedAndShowsOnTheDashboard() async throws {
        try await withSite { _, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            // A real GB18030 file, as Windows tools in China save them.
            let gb18030 = try FormatFixtures.data("notice-gb18030.txt")
            let (queued, result) = try await editor.importFiles([("通知.txt", gb18030)], fields: [("category", "上传"), ("status", "published")])
            #expect(queued.status == .seeOther && queued.location?.hasPrefix("/admin/imports/") == true, "an import is a job")
            #expect(result.status == .ok)
            #expect(result.body.contains("导入 1 篇，跳过 0 篇，失败 0 个。") && result.body.contains(">观山文库开放时间</a>"))
            let imports = try await editor.get("/admin/imports")
            #expect(imports.body.contains("通知.txt") && imports.body.contains("已完成：导入 1 篇，跳过 0 篇，失败 0 个。"))
            let dashboard = try await editor.get("/admin")
            #expect(dashboard.body.contains("后台上传") && dashboard.body.contains("导入 1 篇"))
            #expect(dashboard.body.components(separatedBy: #"<rect class="bar""#).count == 31, "30 days of bars")
        }
    }

    @Test func aNearDuplicateUploadIsMarkedOrSkippedAsTheSettingsSay() async throws {
        try await withSite { site, client in
            let paragraphs = try Samples.seedParagraphs()
            let folder = try TemporaryFolder()
            let original = try #require(try await site.library.editorial.importFiles([try folder.write("对照检查材料.txt", paragraphs.joined(separator: "\n"))]).imported.first)
            var edited = paragraphs
            edited[2] += "要在年底前完成整改。"
            let admin = Browser(client)
            try await admin.logIn("root")
            try await admin.get("/admin/documents/new")
            let marked = try await admin.importFiles([("修改稿.txt", Data(edited.joined(separator: "\n").utf8))]).ended
            #expect(marked.body.contains("近似重复") && marked.body.contains(">对照检查材料</a>（已导入并标记）"))
            let list = try await admin.get("/admin/documents?q=%E4%BF%AE%E6%94%B9%E7%A8%BF")
            #expect(list.body.contains(#"<a class="mark" href="/admin/documents/\#(original.id)">近似重复</a>"#))
            let fields = Browser.formFields(of: try await admin.get("/admin/settings")).filter { $0.0 != "skipNearDuplicates" }
            #expect(try await admin.post("/admin/settings", fields + [("skipNearDuplicates", "on")]).status == .seeOther)
            #expect(try await site.library.settings().skipNearDuplicates)
            edited[3] += "另起一句。"
            try await admin.get("/admin/documents/new")
            let skipped = try await admin.importFiles([("再改稿.txt", Data(edited.joined(separator: "\n").utf8))]).ended
            #expect(skipped.body.contains("导入 0 篇") && skipped.body.contains("（已跳过）"))
        }
    }

    @Test func anOversizedOrBrokenUploadIsRefusedWithAMessage() async throws {
        try await withSite { _, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/documents/new")
            let boundary = "----guanshan-test"
            var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(editor.formToken!)\r\n".utf8)
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n".utf8))
            body.append(Data(repeating: 0x41, count: 22 << 20))
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
            let big = try await editor.send("/admin/documents/upload", method: .post, headers: headers, body: ByteBuffer(data: body))
            #expect(big.status == .contentTooLarge && big.body.contains("文件太大"))
            let broken = try await editor.send(
                "/admin/documents/upload", method: .post, headers: headers, body: ByteBuffer(string: "--\(boundary)\r\nnot a part"))
            #expect(broken.status == .badRequest || broken.status == .forbidden)
            let garbage = Data([0xFF, 0xFE, 0x00, 0x01, 0x02] + Array(repeating: UInt8(0x80), count: 100))
            let refused = try await editor.importFiles([("../../etc/坏.txt", garbage)]).ended
            #expect(refused.status == .ok && refused.body.contains("失败 1 个") && refused.body.contains("坏.txt："))
            #expect(!refused.body.contains("/tmp/") && !refused.body.contains("../"))
        }
    }

    @Test func theAdminChangesSettingsAndEveryDocumentIsPagedAgain() async throws {
        try await withSite { site, client in
            let admin = Browser(client)
            try await admin.logIn("root")
            let before = try #require(try await site.store.document(id: site.document)).metrics.pages.count
            try await admin.get("/admin/settings")
            var fields = [("siteName", "测试文库"), ("slogan", "读书好"), ("tagline", ""), ("publicURL", "not a url"), ("pageBudget", "1000"),
                          ("readingSpeed", "500"), ("footer", ""), ("promoCaption", "微信扫码领取福利"), ("promoImage", ""), ("promoTarget", "https://example.cn/"),
                          ("originalDownloads", "readers"), ("previewPages", "20")]
            let refused = try await admin.post("/admin/settings", fields)
            #expect(refused.status == .badRequest && refused.body.contains(#"aria-invalid="true""#) && refused.body.contains(#"value="not a url""#))
            fields[3] = ("publicURL", "")
            let saved = try await admin.post("/admin/settings", fields)
            #expect(saved.location?.hasPrefix("/admin/settings?done=") == true)
            let notice = try await admin.get(saved.location!).body
            #expect(notice.contains("设置已保存。") && notice.contains("正在按每页 1000 字、每分钟 500 字重新分页，已完成 0 篇"), "the save lays nothing out itself")
            // What the server's follow service does each second.
            #expect(try await site.library.layout.follow() > 0)
            let after = try #require(try await site.store.document(id: site.document))
            #expect(after.metrics.pages.count > before)
            #expect(!(try await admin.get("/admin/settings").body.contains("重新分页，")), "done")
            #expect(try await admin.get("/").body.contains("测试文库"))
            #expect(try await !site.library.settings().registrationOpen, "an unticked box turns registration off")
        }
    }

    @Test func theAdminManagesRolesButNeverTheirOwnOrTheLastAdmin() async throws {
        try await withSite { site, client in
            let admin = Browser(client), alice = Browser(client)
            try await admin.logIn("root")
            try await alice.logIn("alice")
            let users = try await admin.get("/admin/users")
            #expect(users.body.contains("root（您）"))
            let root = site.users["root"]!.id, bob = site.users["bob"]!.id, aliceID = site.users["alice"]!.id
            #expect(try await admin.post("/admin/users/\(bob)/role", [("role", "editor")]).location == "/admin/users")
            #expect(try await site.store.user(id: bob)?.role == .editor)
            let own = try await admin.post("/admin/users/\(root)/role", [("role", "reader")])
            #expect(own.status == .badRequest && own.body.contains("不能修改自己的角色"))
            try await admin.post("/admin/users/\(aliceID)/disable")
            #expect(try await alice.get("/me").status == .seeOther, "a disabled account is signed out")
            #expect(try await admin.post("/admin/users/999999/disable").status == .notFound)
        }
    }

    @Test func categoriesAndTagsAreManaged() async throws {
        try await withSite { site, client in
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/admin/categories")
            #expect(try await editor.post("/admin/categories", [("name", "会议纪要"), ("slug", "")]).location == "/admin/categories")
            let taken = try await editor.post("/admin/categories", [("name", "会议纪要"), ("slug", "")])
            #expect(taken.status == .badRequest && taken.body.contains("已有同名"))
            let id = try #require(try await site.library.editorial.allCategories().first { $0.name == "会议纪要" }?.id)
            try await editor.post("/admin/categories/\(id)", [("name", "纪要"), ("slug", "jiyao")])
            #expect(try await site.library.editorial.allCategories().contains { $0.name == "纪要" && $0.slug == "jiyao" })
            try await editor.post("/admin/categories/\(id)/delete")
            #expect(try await !site.library.editorial.allCategories().contains { $0.id == id })
            let tags = try await editor.get("/admin/tags")
            let tag = try #require(try await site.library.editorial.tags().first?.name)
            #expect(tags.body.contains(tag))
            try await editor.post("/admin/tags/rename", [("name", tag), ("new", "改名后的标签")])
            #expect(try await site.library.editorial.tags().contains { $0.name == "改名后的标签" })
        }
    }
}
