import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Readers' comments under documents, without JavaScript (issue 19 item 5).
@Suite struct CommentRouteTests {
    /// The document's last page, where its comments are.
    static func lastPage(_ site: AccountRouteTests.Site) async throws -> String {
        let count = try await site.library.reading.pageCount(ofDocument: site.document)
        return count <= 1 ? "/d/\(site.document)" : "/d/\(site.document)/\(count)"
    }

    static func commentID(_ page: Browser.Page, containing text: String) throws -> String {
        let match = page.body.matches(of: /<li class="comment(?: reply)?" id="c(\d+)">(.*?)<\/p>/.dotMatchesNewlines()).first { String($0.2).contains(text) }
        return String(try #require(match).1)
    }

    @Test func readersCommentReplyChangeAndDeleteAfterReview() async throws {
        try await AccountRouteTests().withSite { site, client in
            let library = site.library
            try await library.changeSettings { $0.comments = "after" }
            let id = site.document
            let last = try await Self.lastPage(site)
            let anonymous = try await Browser(client).get(last)
            #expect(anonymous.body.contains(#"<section class="comments" id="comments""#) && anonymous.body.contains("登录后发表评论"))
            #expect(!anonymous.body.contains(#"class="comment-form""#))

            let alice = Browser(client)
            try await alice.logIn("alice")
            let page = try await alice.get(last)
            #expect(page.body.contains(#"<form class="comment-form" action="/d/\#(id)/comments" method="post">"#))
            let posted = try await alice.post("/d/\(id)/comments", [("body", "写得清楚，<b>受益</b>匪浅。\n第二行")])
            #expect(posted.status == .seeOther && posted.location?.hasPrefix("/d/\(id)/comments?posted=published#c") == true)
            let shown = try await Browser(client).get(last)
            #expect(shown.body.contains("写得清楚，&lt;b&gt;受益&lt;/b&gt;匪浅。\n第二行") && shown.body.contains("评论（1）"), "escaped, shown to anyone")
            #expect(try await Browser(client).get("/").body.contains("1 条评论"), "counted on lists")
            #expect(try await Browser(client).get("/d/\(id)/all").body.contains("受益"), "under the whole document")
            let comment = try Self.commentID(try await alice.get("/d/\(id)/comments"), containing: "受益")

            let bob = Browser(client)
            try await bob.logIn("bob")
            try await bob.get("/d/\(id)/comments")
            #expect(try await bob.post("/d/\(id)/comments", [("body", "同意楼上"), ("parent", comment)]).status == .seeOther)
            let thread = try await Browser(client).get("/d/\(id)/comments")
            #expect(thread.body.contains(#"<ol class="comment-replies"><li class="comment reply""#) && thread.body.contains("同意楼上"))
            #expect(try await alice.get("/me/notifications").body.contains("有人回复了你的评论"))
            let reply = try Self.commentID(thread, containing: "同意楼上")
            #expect(try await bob.post("/d/\(id)/comments", [("body", "回复的回复"), ("parent", reply)]).status == .notFound, "one level")

            // Changing one's own comment, not another's.
            try await alice.get("/d/\(id)/comments")
            #expect(try await alice.post("/comments/\(comment)/edit", [("body", "改过的评论"), ("next", "/d/\(id)/comments")]).location == "/d/\(id)/comments#c\(comment)")
            let edited = try await Browser(client).get("/d/\(id)/comments")
            #expect(edited.body.contains("改过的评论") && edited.body.contains("已修改"))
            try await bob.get("/d/\(id)/comments")
            #expect(try await bob.post("/comments/\(comment)/edit", [("body", "冒充")]).status == .forbidden)
            #expect(try await bob.post("/comments/\(comment)/delete").status == .forbidden)

            // An editor hides the reply: gone for others, marked for its author.
            let editor = Browser(client)
            try await editor.logIn("editor")
            let editorView = try await editor.get("/d/\(id)/comments")
            #expect(editorView.body.contains(#"action="/comments/\#(reply)/hide""#))
            #expect(try await editor.post("/comments/\(reply)/hide", [("next", "/d/\(id)/comments")]).status == .seeOther)
            #expect(!(try await Browser(client).get("/d/\(id)/comments").body.contains("同意楼上")))
            #expect(try await bob.get("/d/\(id)/comments").body.contains("已被编辑隐藏，仅你自己看得到"))

            // Deleting one's own: a comment with replies others see stays as a mark.
            #expect(try await editor.post("/admin/comments", [("state", "hidden"), ("decision", "publish"), ("c\(reply)", "on")]).status == .seeOther)
            try await alice.get("/d/\(id)/comments")
            #expect(try await alice.post("/comments/\(comment)/delete", [("next", "/d/\(id)/comments")]).status == .seeOther)
            let marked = try await Browser(client).get("/d/\(id)/comments")
            #expect(marked.body.contains("该评论已删除") && !marked.body.contains("改过的评论") && marked.body.contains("同意楼上"))

            // An account deleted: its comments stay under 已注销用户, with the replies of others to them.
            try await alice.post("/d/\(id)/comments", [("body", "注销前的评论")])
            try await bob.get("/d/\(id)/comments")
            let before = try Self.commentID(try await bob.get("/d/\(id)/comments"), containing: "注销前的评论")
            #expect(try await bob.post("/d/\(id)/comments", [("body", "回复注销前的评论"), ("parent", before)]).status == .seeOther)
            _ = try await site.store.deleteUser(id: site.users["alice"]!.id)
            let after = try await Browser(client).get("/d/\(id)/comments").body
            #expect(after.contains("已注销用户") && after.contains("注销前的评论") && after.contains("回复注销前的评论"))
        }
    }

    @Test func reviewFirstWordsBansLimitsAndClosedComments() async throws {
        try await AccountRouteTests().withSite { site, client in
            let library = site.library
            let id = site.document
            try await library.words.replace(.block, with: ["赌博网站"], by: nil)
            try await library.words.replace(.hold, with: ["加微信"], by: nil)
            try await library.words.replace(.mask, with: ["笨蛋"], by: nil)
            let alice = Browser(client)
            try await alice.logIn("alice")
            try await alice.get("/d/\(id)/comments")
            // Reviewed first by default: only its author sees it, marked, until an editor publishes it.
            #expect(try await alice.post("/d/\(id)/comments", [("body", "先审后发的评论")]).location?.contains("posted=pending") == true)
            #expect(try await alice.get("/d/\(id)/comments").body.contains("待审核，仅你自己看得到"))
            #expect(!(try await Browser(client).get("/d/\(id)/comments").body.contains("先审后发的评论")))
            let waiting = try Self.commentID(try await alice.get("/d/\(id)/comments"), containing: "先审后发的评论")
            let bobPeeks = Browser(client)
            try await bobPeeks.logIn("bob")
            try await bobPeeks.get("/d/\(id)/comments")
            #expect(try await bobPeeks.post("/comments/\(waiting)/edit", [("body", "改")]).status == .notFound, "another's waiting comment is not there")
            #expect(try await bobPeeks.post("/comments/\(waiting)/delete").status == .notFound)
            let editor = Browser(client)
            try await editor.logIn("editor")
            try await editor.get("/d/\(id)/comments")
            #expect(try await editor.post("/d/\(id)/comments", [("body", "编辑的说明")]).location?.contains("posted=published") == true, "editors' own are not reviewed")
            let queue = try await editor.get("/admin/comments")
            #expect(queue.body.contains("先审后发的评论"))
            let pending = try #require(queue.body.firstMatch(of: /name="c(\d+)"/)?.1)
            #expect(try await editor.post("/admin/comments", [("state", "pending"), ("decision", "publish"), ("c\(pending)", "on")]).location == "/admin/comments?state=pending&done=1")
            #expect(try await Browser(client).get("/d/\(id)/comments").body.contains("先审后发的评论"))

            try await library.changeSettings { $0.comments = "after" }
            try await alice.get("/d/\(id)/comments")
            let blocked = try await alice.post("/d/\(id)/comments", [("body", "欢迎访问赌 博 网 站")])
            #expect(blocked.status == .badRequest && blocked.body.contains("评论含有本站不允许的词语") && blocked.body.contains("欢迎访问赌 博 网 站</textarea>"))
            #expect(try await alice.post("/d/\(id)/comments", [("body", "有问题加微信")]).location?.contains("posted=pending") == true, "a hold word waits")
            #expect(try await alice.post("/d/\(id)/comments", [("body", "你这个笨蛋")]).status == .seeOther)
            #expect(try await Browser(client).get("/d/\(id)/comments").body.contains("你这个＊＊"), "masked on display")
            let tooMany = try await alice.post("/d/\(id)/comments", [("body", "第四条")])
            #expect(tooMany.status == .tooManyRequests && tooMany.body.contains("评论太频繁"), "three a minute")
            // Refusals count too: the block list is not read out by trying words.
            for _ in 0..<19 { #expect(try await alice.post("/d/\(id)/comments", [("body", "赌博网站")]).status == .badRequest) }
            #expect(try await alice.post("/d/\(id)/comments", [("body", "赌博网站")]).status == .tooManyRequests)

            let bob = Browser(client)
            try await bob.logIn("bob")
            try await bob.get("/d/\(id)/comments")
            #expect(try await bob.post("/d/\(id)/comments", [("body", "   ")]).status == .badRequest)
            #expect(try await bob.post("/d/\(id)/comments", [("body", String(repeating: "长", count: 1_001))]).status == .badRequest)
            #expect(try await bob.post("/d/999999/comments", [("body", "无处可评")]).status == .notFound)
            #expect(try await Browser(client).post("/d/\(id)/comments", [("body", "匿名")]).status != .seeOther, "signed-in readers only")
            let root = try #require(try await library.accounts.logIn(name: "root", password: "correct horse", client: nil).asVisitor(library))
            try await library.accounts.ban(userID: site.users["bob"]!.id, .comment, for: .days(7), reason: "刷屏", by: root)
            let banned = try await bob.post("/d/\(id)/comments", [("body", "被禁言了")])
            #expect(banned.status == .forbidden && banned.body.contains("管理员已禁止你发表评论"))

            try await library.changeSettings { $0.comments = "off" }
            #expect(!(try await Browser(client).get("/d/\(id)/all").body.contains(#"id="comments""#)))
            #expect(try await Browser(client).get("/d/\(id)/comments").status == .notFound)
            #expect(!(try await Browser(client).get("/").body.contains("条评论")), "nor counted")
            #expect(try await alice.post("/d/\(id)/comments", [("body", "关了还能评吗")]).status == .notFound)
        }
    }

    @Test func onlyTheFirstTenMinutesAllowAChange() async throws {
        let clock = ManualClock()
        let store = try await TestStore.make()
        let library = Library(store: store, passwordCost: .testing, now: { clock.now })
        try await library.editorial.seedDemoDocumentsIfEmpty()
        try await library.changeSettings { $0.comments = "after" }
        _ = try await library.accounts.addUser(name: "alice", password: "correct horse", role: .reader)
        let alice = try #require(try await library.accounts.logIn(name: "alice", password: "correct horse", client: nil).asVisitor(library))
        let document = try #require(try await library.reading.home().newest.first?.id)
        let posted = try await library.comments.post(documentID: document, replyingTo: nil, body: "初稿", by: alice)
        clock.advance(9 * 60)
        #expect(try await library.comments.edit(id: posted.id, body: "二稿", by: alice) == .published)
        clock.advance(2 * 60)
        await #expect(throws: CommentError.tooLate) { try await library.comments.edit(id: posted.id, body: "三稿", by: alice) }
    }
}
