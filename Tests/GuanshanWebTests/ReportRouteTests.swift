import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Any visitor reports a document; editors deal with the reports; enough people hide it at once (issue 19 item 4).
@Suite struct ReportRouteTests {
    @Test func visitorsReportAndEditorsDealWithIt() async throws {
        try await AccountRouteTests().withSite { site, client in
            let id = site.document
            let page = try await Browser(client).get("/d/\(id)")
            #expect(page.body.contains(#"<a class="report" href="/d/\#(id)/report" rel="nofollow">举报</a>"#))
            let visitor = Browser(client)
            let form = try await visitor.get("/d/\(id)/report")
            #expect(form.status == .ok && form.body.contains(#"<input type="radio" name="reason" value="infringement" checked>侵权"#))
            let sent = try await visitor.post("/d/\(id)/report", [("reason", "advertising"), ("details", "文末有 <b>广告</b> 链接")])
            #expect(sent.status == .ok && sent.body.contains("举报已收到"))
            try await visitor.get("/d/\(id)/report")
            let long = try await visitor.post("/d/\(id)/report", [("reason", "other"), ("details", String(repeating: "长", count: 1_001))])
            #expect(long.status == .badRequest && long.body.contains("说明最多 1000 字"))
            #expect(try await Browser(client).get("/d/999999/report").status == .notFound)

            let alice = Browser(client)
            try await alice.logIn("alice")
            try await alice.get("/d/\(id)/report")
            #expect(try await alice.post("/d/\(id)/report", [("reason", "infringement")]).status == .ok)

            let editor = Browser(client)
            try await editor.logIn("editor")
            let queue = try await editor.get("/admin/reports")
            #expect(queue.body.contains("2 人举报 2 次") && queue.body.contains("侵权、广告"))
            let item = try await editor.get("/admin/reports/\(id)")
            #expect(item.body.contains("文末有 &lt;b&gt;广告&lt;/b&gt; 链接"), "escaped")
            #expect(try await editor.post("/admin/reports/\(id)/dismiss").status == .seeOther)
            #expect(try await editor.get("/admin/reports").body.contains("没有待处理的举报"))
            #expect(try await Browser(client).get("/d/\(id)").status == .ok, "dismissed: it stays")

            try await visitor.get("/d/\(id)/report")
            try await visitor.post("/d/\(id)/report", [("reason", "illegal")])
            try await editor.get("/admin/reports/\(id)")
            #expect(try await editor.post("/admin/reports/\(id)/take-down", [("reason", "")]).status == .badRequest)
            #expect(try await editor.post("/admin/reports/\(id)/take-down", [("reason", "违法违规")]).status == .seeOther)
            #expect(try await Browser(client).get("/d/\(id)").status == .notFound, "taken down: in the trash")
        }
    }

    @Test func enoughPeopleHideADocumentAndTooManyReportsWait() async throws {
        try await AccountRouteTests().withSite { site, client in
            try await site.library.changeSettings { $0.reportsToHide = "2" }
            let id = site.document
            for name in ["alice", "bob"] {
                let reader = Browser(client)
                try await reader.logIn(name)
                try await reader.get("/d/\(id)/report")
                #expect(try await reader.post("/d/\(id)/report", [("reason", "vulgar")]).status == .ok)
                #expect(try await Browser(client).get("/d/\(id)").status == (name == "alice" ? .ok : .notFound), "\(name)")
            }
            let other = try #require(try await site.library.reading.home().newest.first?.id)
            let flood = Browser(client)
            try await flood.get("/d/\(other)/report")
            for _ in 0..<10 { #expect(try await flood.post("/d/\(other)/report", [("reason", "other")]).status == .ok) }
            #expect(try await flood.post("/d/\(other)/report", [("reason", "other")]).status == .tooManyRequests)
        }
    }
}
