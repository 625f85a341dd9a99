import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Takedown records outlive their documents; copyright notices are kept for the operator (issue 19 item 4).
@Suite struct TakedownRouteTests {
    /// Thirty distinct sentences: long enough that a changed sentence stays a near-duplicate.
    static func text(changing line: Int? = nil) -> [String] {
        (1...30).map { number in
            number == line ? "第\(number)条　这一条在第二次上传时改写过了。"
                : "第\(number)条　本馆第\(number)号藏书的借阅期限为\(number + 13)天，逾期每日收取\(number)角的滞纳金，请读者留意。"
        }
    }

    @Test func aTakenDownTextIsRefusedOrHeldAfterItsDocumentIsGone() async throws {
        try await AccountRouteTests().withSite { site, client in
            let library = site.library
            try await library.changeSettings { $0.sharing = "readers" }
            let alice = Browser(client)
            try await alice.logIn("alice")
            let original = try SharingRouteTests.docx("借阅规则", Self.text())
            try await alice.get("/me/uploads")
            #expect(try await alice.upload("/me/uploads", file: "借阅规则.docx", original).status == .seeOther)
            try await library.editorial.runJobs()
            let id = try await SharingRouteTests.newestUpload(site, of: "alice").submission.documentID
            let editor = try #require(try await library.accounts.logIn(name: "editor", password: "correct horse", client: nil).asVisitor(library))
            #expect(try await library.editorial.approve([id], by: editor) == 1)
            #expect(try await library.editorial.takeDown([id], reason: "权利人投诉，已核实", by: editor) == 1)
            try await library.editorial.trashDocument(id: id, by: editor)
            try await library.editorial.deleteTrashedDocument(id: id, by: editor)

            let editorBrowser = Browser(client)
            try await editorBrowser.logIn("editor")
            let records = try await editorBrowser.get("/admin/takedowns")
            #expect(records.body.contains("借阅规则") && records.body.contains("权利人投诉，已核实") && records.body.contains("文档已删除"))

            // The very text comes to nothing, though its document is gone.
            try await alice.get("/me/uploads")
            #expect(try await alice.upload("/me/uploads", file: "again.docx", original).status == .seeOther)
            try await library.editorial.runJobs()
            let again = try await SharingRouteTests.newestUpload(site, of: "alice").submission
            #expect(again.state == .rejected && again.reason == "与本站已下架的文档相同或相近")

            // A text close to it (corrected, say) waits for an editor, the record named.
            try await alice.get("/me/uploads")
            #expect(try await alice.upload("/me/uploads", file: "changed.docx", try SharingRouteTests.docx("借阅规则（修订）", Self.text(changing: 7))).status == .seeOther)
            try await library.editorial.runJobs()
            let held = try await SharingRouteTests.newestUpload(site, of: "alice").submission
            #expect(held.state == .pending)
            #expect(held.heldFor.contains { if case .takenDown = $0 { true } else { false } })
            #expect(try await editorBrowser.get("/admin/review").body.contains("与已下架的文档相近（下架记录 #"))

            // By the setting, refused as well.
            try await library.changeSettings { $0.takedownReuploads = "refuse" }
            try await alice.get("/me/uploads")
            #expect(try await alice.upload("/me/uploads", file: "third.docx", try SharingRouteTests.docx("借阅规则三", Self.text(changing: 20))).status == .seeOther)
            try await library.editorial.runJobs()
            let refused = try await SharingRouteTests.newestUpload(site, of: "alice").submission
            #expect(refused.state == .rejected && refused.reason == "与本站已下架的文档相同或相近")

            // An editor deletes the record: the text may come again.
            let page = try await editorBrowser.get("/admin/takedowns")
            let recordID = try #require(page.body.firstMatch(of: /action="\/admin\/takedowns\/(\d+)\/delete"/)?.1)
            #expect(try await editorBrowser.post("/admin/takedowns/\(recordID)/delete").status == .seeOther)
            #expect(try await editorBrowser.get("/admin/takedowns").body.contains("没有下架记录"))
            #expect(try await editorBrowser.post("/admin/takedowns/\(recordID)/delete").status == .notFound)
        }
    }

    /// A document taken down and published again (restored from the trash) loses its records.
    @Test func aDocumentPublishedAgainLosesItsRecords() async throws {
        try await AccountRouteTests().withSite { site, client in
            let library = site.library
            let editor = try #require(try await library.accounts.logIn(name: "editor", password: "correct horse", client: nil).asVisitor(library))
            try await library.editorial.takeDownReported(documentID: site.document, reason: "误判", by: editor)
            #expect(try await library.editorial.takedowns(pageNumber: 1).page.total == 1)
            try await library.editorial.restoreDocument(id: site.document)
            #expect(try await library.editorial.takedowns(pageNumber: 1).page.total == 0)
        }
    }

    @Test func aCopyrightNoticeIsCheckedKeptAndDealtWith() async throws {
        try await AccountRouteTests().withSite { site, client in
            let id = site.document
            let visitor = Browser(client)
            let report = try await visitor.get("/d/\(id)/report")
            #expect(report.body.contains(#"<a href="/copyright?d=\#(id)" rel="nofollow">权利人投诉</a>"#))
            let form = try await visitor.get("/copyright?d=\(id)")
            #expect(form.status == .ok && form.body.contains("/d/\(id)</textarea>"), "the document the visitor came from")
            #expect(try await visitor.get("/").body.contains(#"<a href="/copyright" rel="nofollow">权利人投诉</a>"#), "in the footer")
            var fields = [
                ("claimant", "某某出版社"), ("role", "agent"), ("contact", "rights@example.cn"), ("work", "《借阅规则》，著作权"),
                ("documents", "https://example.cn/d/\(id)/2\n#\(id)"), ("details", "<script>alert(1)</script>"),
            ]
            let undeclared = try await visitor.post("/copyright", fields)
            #expect(undeclared.status == .badRequest && undeclared.body.contains("请勾选声明后再提交"))
            #expect(undeclared.body.contains("某某出版社"), "nothing typed is lost")
            fields.append(("declared", "on"))
            let unknown = try await visitor.post("/copyright", fields.map { $0.0 == "documents" ? ($0.0, "/d/\(id)\n/d/999999") : $0 })
            #expect(unknown.status == .badRequest && unknown.body.contains("第 2 行不是本站文档的网址或编号"))
            let empty = try await visitor.post("/copyright", fields.map { $0.0 == "claimant" ? ($0.0, " ") : $0 })
            #expect(empty.status == .badRequest && empty.body.contains("请填写：权利人"))
            let sent = try await visitor.post("/copyright", fields)
            #expect(sent.status == .ok && sent.body.contains("投诉已收到"))

            let editor = Browser(client)
            try await editor.logIn("editor")
            let open = try await editor.get("/admin/copyright?open=1")
            #expect(open.body.contains("某某出版社") && open.body.contains("权利人的代理人") && open.body.contains("rights@example.cn"))
            #expect(open.body.contains("&lt;script&gt;"), "escaped")
            #expect(open.body.contains(#"<a href="/admin/reports/\#(id)">#\#(id)</a>"#) && open.body.contains("（1 件未处理）"), "each document once")
            let action = try #require(open.body.firstMatch(of: /action="(\/admin\/copyright\/\d+\/handled)"/)?.1)
            #expect(try await editor.post(String(action)).status == .seeOther)
            #expect(try await editor.get("/admin/copyright?open=1").body.contains("没有投诉"))
            #expect(try await editor.get("/admin/copyright").body.contains("已处理"))
            #expect(try await Browser(client).get("/admin/copyright").status != .ok, "editors only")

            // Another site's page cannot make its visitors send notices: without credentials, JSON only.
            let json = #"{"claimant":"某人","contact":"a@example.cn","work":"作品","documents":["\#(id)"],"declared":true}"#
            let plain = try await Browser(client).send(
                "/api/v1/copyright-notices", method: .post, headers: [.contentType: "text/plain", .origin: "https://evil.example"], body: ByteBuffer(string: json))
            #expect(plain.status == .unsupportedMediaType)
            for _ in 0..<4 { #expect(try await visitor.post("/copyright", fields).status == .ok) }
            #expect(try await visitor.post("/copyright", fields).status == .tooManyRequests, "five an hour")
        }
    }
}
