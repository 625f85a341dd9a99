import Foundation
import GuanshanFormats
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Readers share documents and editors review them, through the site (issue 19, items 1 and 2).
@Suite struct SharingRouteTests {
    func withSite(_ body: @Sendable (AccountRouteTests.Site, any TestClientProtocol) async throws -> Void) async throws {
        try await AccountRouteTests().withSite(body)
    }

    static func docx(_ title: String, _ paragraphs: [String]) throws -> Data {
        try DocxWriter.docx(title: title, blocks: paragraphs.map { .paragraph([Span($0)]) })
    }

    /// The id of the newest submission of `name`'s.
    static func newestUpload(_ site: AccountRouteTests.Site, of name: String) async throws -> SubmissionRow {
        try #require(try await site.store.submissions(uploaderID: site.users[name]!.id, states: nil, offset: 0, limit: 1).rows.first)
    }

    /// The whole loop: a held word, a refusal with its reason, a fixed upload approved and found, taken
    /// down, and the same file refused when it comes again.
    @Test func aReadersDocumentGoesThroughReview() async throws {
        try await withSite { site, client in
            let library = site.library
            try await library.changeSettings { $0.sharing = "readers" }
            try await library.words.replace(.hold, with: ["内部资料"], by: nil)
            let alice = Browser(client)
            try await alice.logIn("alice")
            let form = try await alice.get("/me/uploads")
            #expect(form.status == .ok && form.body.contains(#"<form class="editor" action="/me/uploads" method="post" enctype="multipart/form-data">"#))
            #expect(form.body.contains(#"<option value="使用指南">使用指南</option>"#), "the site's categories to choose from")

            let first = try Self.docx("关于读书会的通知", ["本次读书会的材料属于内部资料，请勿外传。", "时间定在周五下午。"])
            let queued = try await alice.upload("/me/uploads", file: "通知.docx", first, fields: [("category", "使用指南"), ("tags", "读书会，通知")])
            #expect(queued.status == .seeOther && queued.location == "/me/uploads?queued=1")
            try await library.editorial.runJobs()
            let id = try await Self.newestUpload(site, of: "alice").submission.documentID
            #expect(try await alice.get("/me/uploads").body.contains(#"<span class="state state-pending">待审核</span>"#))
            #expect(try await Browser(client).get("/d/\(id)").status == .notFound, "nothing public before approval")

            let editor = Browser(client)
            try await editor.logIn("editor")
            let queue = try await editor.get("/admin/review")
            #expect(queue.body.contains("关于读书会的通知") && queue.body.contains("含有待审词语：内部资料"))
            let item = try await editor.get("/admin/review/\(id)")
            #expect(item.body.contains(#"<mark class="word-hold">内部资料</mark>"#))
            // The editor's form does not publish what waits for review: the review page does.
            let editable = try await library.editorial.editableDocument(id: id)
            var draft = library.editorial.draft(of: editable)
            draft.status = .published
            let editorVisitor = try #require(try await library.accounts.logIn(name: "editor", password: "correct horse", client: nil).asVisitor(library))
            await #expect(throws: EditorialError.underReview) { try await library.editorial.updateDocument(id: id, draft, by: editorVisitor) }
            draft.status = .draft
            draft.title = "关于读书会的通知（编辑改过）"
            try await library.editorial.updateDocument(id: id, draft, by: editorVisitor)
            #expect(try await editor.get("/admin/review").body.contains("关于读书会的通知（编辑改过）"), "edited, still waiting")
            let refused = try await editor.post("/admin/review/\(id)/reject", [("reason", "请删去内部资料的字样后重新分享")])
            #expect(refused.status == .seeOther)

            let mine = try await alice.get("/me/uploads").body
            #expect(mine.contains("已驳回") && mine.contains("原因：请删去内部资料的字样后重新分享"))
            #expect(mine.contains(#"<a class="unread" href="/me/notifications">通知(1)</a>"#))
            let notices = try await alice.get("/me/notifications").body
            #expect(notices.contains("你分享的文档未通过审核：关于读书会的通知"))
            #expect(!(try await alice.get("/me/uploads").body.contains("通知(1)")), "read once seen")

            let fixed = try Self.docx("关于读书会的通知", ["本次读书会的材料请勿外传。", "时间定在周五下午。"])
            try await alice.get("/me/uploads")
            #expect(try await alice.upload("/me/uploads", file: "通知（改）.docx", fixed, fields: [("category", "使用指南")]).status == .seeOther)
            try await library.editorial.runJobs()
            let second = try await Self.newestUpload(site, of: "alice").submission.documentID
            #expect(second != id)
            try await editor.get("/admin/review")
            let approved = try await editor.post("/admin/review", [("d\(second)", "on"), ("decision", "approve")])
            #expect(approved.location == "/admin/review?done=1")
            let page = try await Browser(client).get("/d/\(second)")
            #expect(page.status == .ok && page.body.contains("alice"), "published, alice its sharer")
            #expect(try await library.search.search(SearchRequest("读书会 周五")).items.contains { $0.document.id == second })
            let sharer = try await Browser(client).get("/u/alice")
            #expect(sharer.status == .ok && sharer.body.contains("关于读书会的通知") && sharer.body.contains(#"<h1 class="list-title">alice"#))
            #expect(try await Browser(client).get("/u/bob").status == .notFound, "a name without shared documents is not told apart")
            #expect(try await Browser(client).get("/u/nobody").status == .notFound)

            try await editor.get("/admin/review/\(second)")
            #expect(try await editor.post("/admin/review/\(second)/take-down", [("reason", "")]).status == .badRequest, "a takedown says why")
            #expect(try await editor.post("/admin/review/\(second)/take-down", [("reason", "权利人投诉")]).status == .seeOther)
            #expect(try await Browser(client).get("/d/\(second)").status == .notFound)
            #expect(try await alice.get("/me/notifications").body.contains("你分享的文档已下架"))

            try await alice.get("/me/uploads")
            #expect(try await alice.upload("/me/uploads", file: "再传一次.docx", fixed).status == .seeOther)
            try await library.editorial.runJobs()
            #expect(try await Self.newestUpload(site, of: "alice").submission.documentID == second, "no new submission")
            let refusal = try await alice.get("/me/notifications").body
            #expect(refusal.contains("你上传的文件未能收录") && refusal.contains("与本站已下架的文档相同或相近"), "and no id of a document not public")
        }
    }

    @Test func blockedWordsAreRefusedAndPostReviewPublishesAtOnce() async throws {
        try await withSite { site, client in
            let library = site.library
            try await library.changeSettings { $0.sharing = "readers"; $0.review = "after" }
            try await library.words.replace(.block, with: ["赌博网站"], by: nil)
            let alice = Browser(client)
            try await alice.logIn("alice")
            try await alice.get("/me/uploads")
            try await alice.upload("/me/uploads", files: [("推荐.txt", Data("网站推荐\n\n这里有个赌 博 网 站。".utf8)), ("游记.md", Data("# 游记\n\n山上的风很大。".utf8))])
            try await library.editorial.runJobs()
            let rows = try await site.store.submissions(uploaderID: site.users["alice"]!.id, states: nil, offset: 0, limit: 10).rows
            let refused = try #require(rows.first { $0.title == "网站推荐" })
            #expect(refused.submission.state == .rejected && refused.submission.reason == "含有本站不允许的词语", "the block list is not read out")
            let published = try #require(rows.first { $0.title == "游记" })
            #expect(published.submission.state == .published, "after review, what nothing held is public at once")
            #expect(try await Browser(client).get("/d/\(published.submission.documentID)").status == .ok)
            // What went up without an editor is listed, and taken down from the list.
            let editor = Browser(client)
            try await editor.logIn("editor")
            let listed = try await editor.get("/admin/review?state=published")
            #expect(listed.body.contains("游记") && listed.body.contains(#"value="take-down""#))
            let down = try await editor.post("/admin/review", [("d\(published.submission.documentID)", "on"), ("decision", "take-down"), ("reason", "重复投稿")])
            #expect(down.location == "/admin/review?state=published&done=1")
            #expect(try await Browser(client).get("/d/\(published.submission.documentID)").status == .notFound)
        }
    }

    @Test func whoMayShareAndHowMuchFollowTheSettings() async throws {
        try await withSite { site, client in
            let library = site.library
            let bob = Browser(client)
            try await bob.logIn("bob")
            let closed = try await bob.get("/me/uploads")
            #expect(closed.status == .ok && !closed.body.contains(#"action="/me/uploads""#), "no form while sharing is closed")
            #expect(try await bob.upload("/me/uploads", file: "a.txt", Data("标题\n\n正文。".utf8)).status == .forbidden)

            try await library.changeSettings { $0.sharing = "contributors"; $0.dailyUploadFiles = "2" }
            try await bob.get("/me/uploads")
            #expect(try await bob.upload("/me/uploads", file: "a.txt", Data("标题\n\n正文。".utf8)).status == .forbidden)
            let root = Browser(client)
            try await root.logIn("root")
            try await root.get("/admin/users")
            #expect(try await root.post("/admin/users/\(site.users["bob"]!.id)/contributor").status == .seeOther)
            #expect(try await root.get("/admin/users").body.contains("取消投稿者"))
            try await bob.get("/me/uploads")
            #expect(try await bob.upload("/me/uploads", files: [("a.txt", Data("甲\n\n正文一。".utf8)), ("b.txt", Data("乙\n\n正文二。".utf8))]).status == .seeOther)
            try await bob.get("/me/uploads")
            let over = try await bob.upload("/me/uploads", file: "c.txt", Data("丙\n\n正文三。".utf8))
            #expect(over.status == .badRequest && over.body.contains("每天最多上传 2 个文件"), "queued files count before they are read")
            try await library.editorial.runJobs()
            try await bob.get("/me/uploads")
            #expect(try await bob.upload("/me/uploads", file: "c.txt", Data("丙\n\n正文三。".utf8)).status == .badRequest)
            try await bob.get("/me/uploads")
            let bulk = try await bob.upload("/me/uploads", file: "many.jsonl", Data("{}".utf8))
            #expect(bulk.status == .badRequest && bulk.body.contains("包含多篇文档"))
            try await bob.get("/me/uploads")
            let disguised = try await bob.upload("/me/uploads", file: "many.json\u{7}l", Data("{}".utf8))
            #expect(disguised.status == .badRequest && disguised.body.contains("包含多篇文档"), "the name as the import reads it")
        }
    }
}
