import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// The sensitive-word lists through the site: the admin's page and its files, searches and names refused,
/// pages masked.
@Suite struct SensitiveWordRouteTests {
    func withSite(_ body: @Sendable (AccountRouteTests.Site, any TestClientProtocol) async throws -> Void) async throws {
        try await AccountRouteTests().withSite(body)
    }

    @Test func anAdminEditsImportsAndExportsTheLists() async throws {
        try await withSite { site, client in
            let admin = Browser(client)
            try await admin.logIn("root")
            let page = try await admin.get("/admin/words")
            #expect(page.status == .ok && page.body.contains("<legend>屏蔽 <span class=\"meta\">共 0 个词</span></legend>"))
            #expect(page.body.contains(#"action="/admin/words/mask" method="post" enctype="multipart/form-data""#))
            let saved = try await admin.post("/admin/words/block", [("words", "赌博\n\n  代开发票 \n赌博")])
            #expect(saved.status == .seeOther && saved.location == "/admin/words?saved=block")
            let after = try await admin.get("/admin/words?saved=block")
            #expect(after.body.contains("已保存“屏蔽”列表，共 2 个词。") && after.body.contains(">代开发票\n赌博</textarea>"))
            let refused = try await admin.post("/admin/words/mask", [("words", "好词\n！？")])
            #expect(refused.status == .badRequest && refused.body.contains("第 2 行不是词语") && refused.body.contains(">好词\n！？</textarea>"))
            #expect(try await site.library.words.list(.mask).isEmpty)

            // A file replaces the list: GB18030, as Chinese Windows saves text.
            try await admin.get("/admin/words")
            let file = Data([0xC3, 0xF4, 0xB8, 0xD0, 0x0A, 0xB4, 0xCA, 0xD3, 0xEF]) // 敏感\n词语
            let uploaded = try await admin.upload("/admin/words/mask", file: "words.txt", file, fields: [("words", "ignored")])
            #expect(uploaded.location == "/admin/words?saved=mask")
            #expect(try await site.library.words.list(.mask) == ["敏感", "词语"])
            let exported = try await admin.get("/admin/words/mask/export")
            #expect(exported.body == "敏感\n词语\n")
            #expect(exported.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(exported.headers[.contentDisposition]?.contains("filename=\"sensitive-words-mask.txt\"") == true)
            #expect(try await admin.get("/admin/words/other/export").status == .notFound)
            // What was changed, by whom, is in the security log.
            let log = try await admin.get("/admin/security").body
            #expect(log.contains("words.block (2)") && log.contains("words.mask (2)"))
        }
    }

    @Test func readersMeetTheLists() async throws {
        try await withSite { site, client in
            try await site.library.words.replace(.block, with: ["禁词"], by: nil)
            let folder = try TemporaryFolder()
            let file = try folder.write("通告.txt", "关于蓝鲸草莓的通告\n\n本站不再提供蓝鲸草莓的下载。")
            let id = try #require(try await site.library.editorial.importFiles([file]).imported.first?.id)
            try await site.library.words.replace(.mask, with: ["蓝鲸草莓"], by: nil)
            let visitor = Browser(client)
            let search = try await visitor.get("/search?q=%E7%A6%81%20%E8%AF%8D")
            #expect(search.status == .ok && search.body.contains("搜索词中含有本站不允许的词语，没有结果。"))
            let api = try await visitor.get("/api/v1/search?q=%E7%A6%81%E8%AF%8D")
            #expect(api.body.contains(#""blocked":true"#) && api.body.contains(#""total":0"#))
            let page = try await visitor.get("/d/\(id)").body
            #expect(page.contains("<title>关于＊＊＊＊的通告") && page.contains("本站不再提供＊＊＊＊的下载。") && !page.contains("蓝鲸"))
            #expect(try await visitor.get("/").body.contains("关于＊＊＊＊的通告"), "and so do the lists")
            try await site.library.changeSettings { $0.publicURL = "https://wenku.example.cn" }
            let feed = try await visitor.get("/feed.atom")
            #expect(feed.status == .ok && feed.body.contains("关于＊＊＊＊的通告") && !feed.body.contains("蓝鲸"), "and the feed")
            // Registration refuses a name holding a blocked word, and says why.
            try await visitor.get("/register")
            let registered = try await visitor.post("/register", [("name", "禁词读者"), ("password", "一句足够长的中文密码"), ("confirm", "一句足够长的中文密码")])
            #expect(registered.status == .badRequest && registered.body.contains("这个用户名含有本站不允许的词语"))
        }
    }
}
