import Foundation
import GuanshanLibrary
import GuanshanTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// Two `guanshan serve` processes on one PostgreSQL, as behind a load balancer: what one node writes the
/// other serves within 2 seconds, and the view counts of both add up.
@Suite struct MultiNodeTests {
    /// Polls `condition` every 50 ms; true once it holds, false when 2 seconds pass first.
    private func within2Seconds(_ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + TestTime.bound(.seconds(2))
        repeat {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        } while ContinuousClock.now < deadline
        return try await condition()
    }

    @Test func twoNodesShareDocumentsSessionsSettingsAndViews() async throws {
        let databaseURL = try TestPostgres.freshDatabaseURL()
        let folder = try TemporaryFolder()
        let shell = try await Library.open(dataDirectory: folder.url.appendingPathComponent("shell"), databaseURL: databaseURL)
        _ = try await shell.accounts.addUser(name: "管理员", password: "correct horse", role: .admin)
        let a = try await LiveNode(databaseURL: databaseURL, data: folder.url.appendingPathComponent("a"))
        defer { a.stop() }
        let b = try await LiveNode(databaseURL: databaseURL, data: folder.url.appendingPathComponent("b"))
        defer { b.stop() }

        let (id, views) = try await TestClient.local(port: a.port) { clientA in
            try await TestClient.local(port: b.port) { (clientB: TestClient) async throws in
                var views = 0
                let onA = Browser(live: clientA)
                #expect(try await onA.logIn("管理员").location == "/")
                let onB = Browser(live: clientB, cookies: onA.cookies)
                #expect(try await onB.get("/admin").status == .ok, "a session made on A is valid on B")

                try await onA.get("/admin/documents/new")
                let saved = try await onA.post("/admin/documents/new", [
                    ("title", "跨节点发布的通知"), ("body", "各部门：\n\n请于本周五前报送年度鉴湖计划材料。"), ("format", "text"),
                    ("category", "通知"), ("tags", ""), ("status", "published"), ("action", "save"),
                ])
                let location = try #require(saved.location)
                let id = try #require(Int64(location.split(separator: "/").last?.split(separator: "?").first ?? ""))
                let reader = Browser(live: clientB)
                #expect(try await within2Seconds {
                    let page = try await reader.get("/d/\(id)")
                    if page.status == .ok { views += 1 }
                    return page.status == .ok && page.body.contains("鉴湖计划")
                }, "a document published on A is readable on B")
                #expect(try await within2Seconds {
                    try await reader.get("/search?q=\("鉴湖".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)").body.contains("/d/\(id)")
                }, "and searchable on B")

                // B holds its home page in its page cache: the change on A must reach it all the same.
                #expect(try await reader.get("/").status == .ok)
                let fields = Browser.formFields(of: try await onA.get("/admin/settings"), changing: ["siteName": "双节点文库"])
                #expect(try await onA.post("/admin/settings", fields).status == .seeOther)
                #expect(try await within2Seconds { try await reader.get("/").body.contains("双节点文库") }, "settings changed on A show on B")

                let onAReader = Browser(live: clientA)
                for _ in 0..<5 {
                    #expect(try await onAReader.get("/d/\(id)").status == .ok)
                    #expect(try await reader.get("/d/\(id)").status == .ok)
                    views += 2
                }
                return (id, views)
            }
        }
        a.stop()
        b.stop()
        let stored = try await shell.reading.readWholeDocument(id: id, counting: false)
        #expect(stored.document.summary.viewCount == views, "views counted on both nodes, none lost on a clean stop")
    }

    /// A reader stops at a paragraph of page 3 on one node; another node, in the same session and in a new one,
    /// offers to go on there (issue 20 item 1). A node writes readings in batches, and all of them on a clean stop.
    @Test func aReaderGoesOnWhereTheyStoppedOnAnotherNode() async throws {
        let databaseURL = try TestPostgres.freshDatabaseURL()
        let folder = try TemporaryFolder()
        let shell = try await Library.open(dataDirectory: folder.url.appendingPathComponent("shell"), databaseURL: databaseURL)
        _ = try await shell.accounts.addUser(name: "读者", password: "correct horse", role: .reader)
        let a = try await LiveNode(databaseURL: databaseURL, data: folder.url.appendingPathComponent("a"))
        defer { a.stop() }
        let b = try await LiveNode(databaseURL: databaseURL, data: folder.url.appendingPathComponent("b"))
        defer { b.stop() }
        let id = try #require(try await shell.reading.home().newest.first { $0.characterCount > 8_000 }?.id, "a document of several pages")
        let block = try #require(try await shell.reading.readPage(id: id, pageNumber: 3, counting: false).blocks.last?.index)
        let place = #"href="/d/\#(id)/3?b=\#(block)#b\#(block)""#

        let cookies = try await TestClient.local(port: a.port) { (clientA: TestClient) async throws -> [String: String] in
            let onA = Browser(live: clientA)
            #expect(try await onA.logIn("读者").location == "/")
            #expect(try await onA.get("/d/\(id)/3?b=\(block)").status == .ok)
            return onA.cookies
        }
        a.stop()
        try await TestClient.local(port: b.port) { (clientB: TestClient) async throws in
            let sameSession = Browser(live: clientB, cookies: cookies)
            #expect(try await sameSession.get("/d/\(id)").body.contains(#"<a \#(place)>继续阅读第3页</a>"#), "the first page offers it")
            let otherSession = Browser(live: clientB)
            #expect(try await otherSession.logIn("读者").location == "/")
            #expect(try await otherSession.get("/").body.contains(#"\#(place)>继续阅读第3页</a>"#), "and the home page")
        }
    }

    /// PostgreSQL stopped as by a crash: pages answer 503 with a page that says so (those already rendered
    /// for anonymous visitors go on from the page cache), and the node serves again by itself once the
    /// server is back.
    @Test func aNodeAnswers503WhileItsDatabaseIsDownAndRecoversByItself() async throws {
        let cluster = try PostgresCluster(name: "node-crash")
        defer { cluster.remove() }
        let folder = try TemporaryFolder()
        let node = try await LiveNode(databaseURL: cluster.url, data: folder.url.appendingPathComponent("data"))
        defer { node.stop() }
        try await TestClient.local(port: node.port) { client in
            let reader = Browser(live: client)
            #expect(try await reader.get("/").status == .ok)
            cluster.stop("immediate")
            #expect(try await reader.get("/").status == .ok, "from the page cache")
            let down = try await reader.get("/?page=2")
            #expect(down.status == .serviceUnavailable)
            #expect(down.headers[.retryAfter] == "5")
            #expect(down.body.contains("暂时无法访问"))
            #expect(try await reader.get("/search?q=%E9%80%9A%E7%9F%A5").status == .serviceUnavailable)
            try cluster.start()
            let deadline = ContinuousClock.now + TestTime.bound(.seconds(15))
            var status = HTTPResponse.Status.serviceUnavailable
            while status != .ok, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                status = try await reader.get("/?page=2").status
            }
            #expect(status == .ok, "the node recovers without a restart")
        }
    }
}
