import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// `/api/v1/openapi.json` describes exactly the API there is: the same routes, and every answer the
/// site gives matches the schema it declares (checked by `Tests/oracles/openapi_check.py`).
@Suite struct OpenAPITests {
    struct Sample: Encodable {
        var method: String
        var path: String
        var status: Int
        var body: String
    }

    /// Calls the API by the spec's path templates and keeps every answer.
    final class Recorder: @unchecked Sendable {
        let client: any TestClientProtocol
        private let lock = NSLock()
        private var samples: [Sample] = []

        init(_ client: any TestClientProtocol) { self.client = client }

        var recorded: [Sample] { lock.withLock { samples } }

        @discardableResult
        func call(
            _ token: String?, _ method: HTTPRequest.Method, _ template: String, _ values: [String: String] = [:], query: String = "",
            json: String? = nil, multipart: (boundary: String, body: String)? = nil, headers more: HTTPFields = [:]
        ) async throws -> (status: Int, body: String) {
            var path = template
            for (name, value) in values {
                path = path.replacingOccurrences(of: "{\(name)}", with: value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? value)
            }
            var headers = more
            if let token { headers[.authorization] = "Bearer \(token)" }
            if json != nil { headers[.contentType] = "application/json" }
            if let multipart { headers[.contentType] = "multipart/form-data; boundary=\(multipart.boundary)" }
            let response = try await client.execute(
                uri: "/api/v1" + path + query, method: method, headers: headers,
                body: (json ?? multipart?.body).map { ByteBuffer(string: $0) })
            let answer = (Int(response.status.code), String(buffer: response.body))
            lock.withLock { samples.append(Sample(method: method.rawValue, path: template, status: answer.0, body: answer.1)) }
            return answer
        }
    }

    @Test func theSpecNamesEveryRouteUnderAPIV1AndNoOther() async throws {
        let router = try buildRouter(library: Library(store: try await TestStore.make(), passwordCost: .testing))
        let routes = Set(router.routes.map { "\($0.method.rawValue) \($0.path)" }.filter { $0.contains(" /api/v1/") })
        let spec = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as! [String: Any]
        let paths = spec["paths"] as! [String: [String: Any]]
        let described = Set(paths.flatMap { path, operations in
            operations.keys.map { "\($0.uppercased()) /api/v1\(path)" }
        })
        #expect(routes == described)
        // What any route may meet: the database away (503), and for a write a full disk (507).
        for (path, operations) in paths where path != "/openapi.json" {
            for (method, operation) in operations {
                let responses = try #require((operation as? [String: Any])?["responses"] as? [String: Any])
                #expect(responses["503"] != nil, "\(method) \(path)")
                #expect((responses["507"] != nil) == (method != "get"), "\(method) \(path)")
            }
        }
    }

    @Test func theSpecIsValidAndEveryAnswerMatchesIt() async throws {
        try await APIRouteTests().withAPI { site, callers, client in
            let api = Recorder(client)
            let (root, editor, alice, bob) = (callers["root"]!.token, callers["editor"]!.token, callers["alice"]!.token, callers["bob"]!.token)
            let document = ["id": String(site.document)]

            // Reading, as anyone.
            #expect(try await api.call(nil, .get, "/openapi.json").status == 200)
            #expect(try await api.call(nil, .get, "/search", query: "?q=%E6%96%87%E5%BA%93").status == 200)
            #expect(try await api.call(nil, .get, "/search", query: "?q=x&limit=1000").status == 400)
            #expect(try await api.call(nil, .get, "/search", query: "?q=%E6%96%87%E5%BA%93&time=year&pages=1-&sort=newest").status == 200)
            #expect(try await api.call(nil, .get, "/search", query: "?q=%E6%96%87%E5%BA%93&from=2000-01-01&to=2100-12-31&sort=views").status == 200)
            #expect(try await api.call(nil, .get, "/search", query: "?q=%E6%96%87%E6%B0%B4&tag=nothing").status == 200)
            #expect(try await api.call(nil, .get, "/search", query: "?q=%E6%96%87%E6%B0%B4").status == 200, "a suggestion")
            #expect(try await api.call(nil, .get, "/search", query: "?q=x&from=2024-05-01&to=2024-04-30").status == 400)
            #expect(try await api.call(nil, .get, "/documents").status == 200)
            #expect(try await api.call(nil, .get, "/documents", query: "?page=0").status == 400)
            #expect(try await api.call(nil, .get, "/documents", query: "?page=99999999999").status == 404)
            #expect(try await api.call(nil, .get, "/documents/{id}", document, query: "?page=all").status == 200)
            #expect(try await api.call(nil, .get, "/documents/{id}", ["id": "999999"]).status == 404)
            #expect(try await api.call(nil, .get, "/categories").status == 200)
            #expect(try await api.call(nil, .get, "/me").status == 401)

            // A reader's account, favorites and history.
            #expect(try await api.call(alice, .get, "/documents/{id}", document, query: "?page=2").status == 200)
            #expect(try await api.call(alice, .get, "/documents/{id}", document).status == 200)
            #expect(try await api.call(alice, .get, "/me").status == 200)
            #expect(try await api.call(alice, .patch, "/me", json: #"{"displayName":"爱丽丝","role":"admin"}"#).status == 200)
            #expect(try await api.call(alice, .patch, "/me", json: #"{"displayName":""}"#).status == 400)
            #expect(try await api.call(alice, .post, "/me/tokens", json: #"{"name":"脚本"}"#).status == 403, "a token makes no tokens")
            let browser = Browser(client)
            try await browser.logIn("alice")
            try await browser.get("/me")
            let signedIn: HTTPFields = [.cookie: "gs_session=\(browser.cookies["gs_session"] ?? "")", .csrfToken: browser.formToken ?? ""]
            let token = try await api.call(nil, .post, "/me/tokens", json: #"{"name":"脚本","scope":"read","expiresInDays":30}"#, headers: signedIn)
            #expect(token.status == 201)
            #expect(try await api.call(nil, .post, "/me/tokens", json: #"{"name":"脚本","expiresInDays":1}"#, headers: signedIn).status == 400)
            #expect(try await api.call(alice, .get, "/me/tokens").status == 200)
            let tokenID = try #require(token.body.range(of: #"(?<="id":)\d+"#, options: .regularExpression).map { String(token.body[$0]) })
            #expect(try await api.call(alice, .delete, "/me/tokens/{id}", ["id": tokenID]).status == 204)
            #expect(try await api.call(alice, .delete, "/me/tokens/{id}", ["id": tokenID]).status == 404)
            let mine = document.merging(["user": "me"]) { $1 }
            #expect(try await api.call(alice, .put, "/users/{user}/favorites/{id}", mine).status == 204)
            #expect(try await api.call(alice, .get, "/users/{user}/favorites", ["user": "me"]).status == 200)
            #expect(try await api.call(alice, .get, "/users/{user}/favorites", ["user": String(site.users["bob"]!.id)]).status == 404)
            #expect(try await api.call(alice, .delete, "/users/{user}/favorites/{id}", mine).status == 204)
            #expect(try await api.call(alice, .get, "/users/{user}/history", ["user": String(site.users["alice"]!.id)]).status == 200)
            #expect(try await api.call(alice, .delete, "/users/{user}/history/{id}", mine).status == 204)
            #expect(try await api.call(alice, .delete, "/users/{user}/history", ["user": "me"]).status == 204)
            #expect(try await api.call(alice, .post, "/me/password", json: #"{"current":"wrong one","new":"battery staple"}"#).status == 403)
            #expect(try await api.call(alice, .post, "/me/password", json: #"{"current":"correct horse","new":"short"}"#).status == 400)
            #expect(try await api.call(alice, .post, "/me/password", json: #"{"current":"correct horse","new":"battery staple"}"#).status == 204)
            #expect(try await api.call(alice, .post, "/admin/documents", json: #"{"body":"读者不能发布。"}"#).status == 403)
            #expect(try await api.call(alice, .get, "/me/uploads").status == 200)
            #expect(try await api.call(alice, .get, "/me/notifications").status == 200)
            let share = (boundary: "share-boundary", body: "--share-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"分享.md\"\r\n\r\n# 分享的文档\n\n正文。\r\n--share-boundary--\r\n")
            #expect(try await api.call(alice, .post, "/me/uploads", multipart: share).status == 403, "sharing is closed by default")
            let shared = try await api.call(root, .post, "/me/uploads", multipart: share)
            #expect(shared.status == 202)
            try await site.library.editorial.runJobs()
            #expect(try await api.call(root, .get, "/me/uploads").status == 200)
            #expect(try await api.call(editor, .get, "/admin/review").status == 200)
            let waiting = try #require(try await site.store.submissions(uploaderID: site.users["root"]!.id, states: nil, offset: 0, limit: 1).rows.first)
            let decision = #"{"decision":"reject","ids":[\#(waiting.submission.documentID)]}"#
            #expect(try await api.call(editor, .post, "/admin/review/decisions", json: decision).status == 400, "a refusal says why")
            let approval = #"{"decision":"approve","ids":[\#(waiting.submission.documentID)]}"#
            #expect(try await api.call(editor, .post, "/admin/review/decisions", json: approval).status == 200)
            #expect(try await api.call(root, .get, "/me/notifications").status == 200)

            // An editor's documents, imports, categories and tags.
            #expect(try await api.call(editor, .get, "/admin/documents", query: "?state=published").status == 200)
            let draft = ##"{"title":"接口文档","body":"# 第一章\n\n正文**加粗**。","format":"markdown","category":"接口","tags":["测试"]}"##
            let created = try await api.call(editor, .post, "/admin/documents", json: draft)
            #expect(created.status == 201)
            #expect(try await api.call(editor, .post, "/admin/documents", json: draft).status == 409)
            #expect(try await api.call(editor, .post, "/admin/documents", json: #"{"body":""}"#).status == 400)
            let id = try #require(created.body.range(of: #"(?<="id":)\d+"#, options: .regularExpression).map { ["id": String(created.body[$0])] })
            #expect(try await api.call(editor, .get, "/admin/documents/{id}", id).status == 200)
            #expect(try await api.call(editor, .put, "/admin/documents/{id}", id, json: #"{"title":"接口文档","body":"新正文。","tags":["测试"]}"#).status == 204)
            #expect(try await api.call(editor, .post, "/admin/documents/{id}/trash", id).status == 204)
            #expect(try await api.call(editor, .post, "/admin/documents/{id}/restore", id).status == 204)
            #expect(try await api.call(editor, .delete, "/admin/documents/{id}", ["id": "999999"]).status == 404)
            #expect(try await api.call(editor, .post, "/admin/documents/{id}/trash", id).status == 204)
            #expect(try await api.call(editor, .delete, "/admin/documents/{id}", id).status == 204)
            let boundary = "guanshan-test-boundary"
            func upload(_ name: String, _ content: String) -> (boundary: String, body: String) {
                (boundary, "--\(boundary)\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\ndraft\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    + content + "\r\n--\(boundary)--\r\n")
            }
            #expect(try await api.call(editor, .post, "/admin/imports", multipart: upload("上传.md", "# 上传的文档\n\n上传的正文。")).status == 200)
            #expect(try await api.call(editor, .post, "/admin/imports", multipart: upload("坏的.md", "   ")).status == 422)
            #expect(try await api.call(editor, .post, "/admin/imports", json: "{}").status == 400)
            #expect(try await api.call(editor, .get, "/admin/categories").status == 200)
            let category = try await api.call(editor, .post, "/admin/categories", json: #"{"name":"新分类","slug":"xin"}"#)
            #expect(category.status == 201)
            #expect(try await api.call(editor, .post, "/admin/categories", json: #"{"name":"新分类","slug":"xin"}"#).status == 409)
            let categoryID = try #require(category.body.range(of: #"(?<="id":)\d+"#, options: .regularExpression).map { ["id": String(category.body[$0])] })
            #expect(try await api.call(editor, .put, "/admin/categories/{id}", categoryID, json: #"{"name":"改名分类","slug":"gai"}"#).status == 204)
            #expect(try await api.call(editor, .delete, "/admin/categories/{id}", categoryID).status == 204)
            #expect(try await api.call(editor, .post, "/admin/documents", json: #"{"title":"有标签","body":"正文。","tags":["旧标签"]}"#).status == 201)
            #expect(try await api.call(editor, .get, "/admin/tags").status == 200)
            #expect(try await api.call(editor, .put, "/admin/tags/{name}", ["name": "旧标签"], json: #"{"name":"新标签"}"#).status == 204)
            #expect(try await api.call(editor, .delete, "/admin/tags/{name}", ["name": "新标签"]).status == 204)
            #expect(try await api.call(editor, .get, "/admin/dashboard").status == 200)
            #expect(try await api.call(editor, .get, "/admin/users").status == 403)

            // The admin's users and settings.
            #expect(try await api.call(root, .get, "/admin/users").status == 200)
            #expect(try await api.call(root, .get, "/admin/security-events", query: "?kind=sign-in").status == 200)
            #expect(try await api.call(root, .get, "/admin/security-events", query: "?from=2026-02-30").status == 400)
            #expect(try await api.call(root, .patch, "/admin/users/{id}", ["id": String(site.users["bob"]!.id)], json: #"{"role":"editor"}"#).status == 204)
            #expect(try await api.call(root, .patch, "/admin/users/{id}", ["id": String(site.users["root"]!.id)], json: #"{"disabled":true}"#).status == 403)
            let settings = try await api.call(root, .get, "/admin/settings")
            #expect(try await api.call(root, .put, "/admin/settings", json: settings.body).status == 200)
            let badBudget = settings.body.replacingOccurrences(of: #""pageBudget":2000"#, with: #""pageBudget":1"#)
            #expect(try await api.call(root, .put, "/admin/settings", json: badBudget).status == 400)
            let block = ["policy": "block"]
            #expect(try await api.call(root, .put, "/admin/words/{policy}", block, json: #"{"words":["赌博","代开发票"]}"#).status == 200)
            #expect(try await api.call(root, .put, "/admin/words/{policy}", block, json: #"{"words":["，。"]}"#).status == 400)
            #expect(try await api.call(root, .get, "/admin/words/{policy}", block).status == 200)
            #expect(try await api.call(root, .get, "/admin/words/{policy}", ["policy": "other"]).status == 404)
            #expect(try await api.call(editor, .get, "/admin/words/{policy}", block).status == 403)
            #expect(try await api.call(nil, .get, "/search", query: "?q=%E8%B5%8C%E5%8D%9A").status == 200)
            #expect(try await api.call(alice, .post, "/documents/{id}/reports", document, json: #"{"reason":"error","details":"第二页有错字"}"#).status == 204)
            #expect(try await api.call(nil, .post, "/documents/{id}/reports", document, json: #"{"reason":"nonsense"}"#).status == 400)
            #expect(try await api.call(nil, .post, "/documents/{id}/reports", ["id": "999999"], json: #"{"reason":"other"}"#).status == 404)
            #expect(try await api.call(editor, .get, "/admin/reports").status == 200)
            #expect(try await api.call(editor, .post, "/admin/reports/{id}/dismiss", document).status == 204)
            #expect(try await api.call(editor, .post, "/admin/reports/{id}/take-down", document, json: #"{"reason":""}"#).status == 400)
            #expect(try await api.call(editor, .post, "/admin/reports/{id}/take-down", document, json: #"{"reason":"测试下架"}"#).status == 204)
            #expect(try await api.call(editor, .post, "/admin/documents/{id}/restore", document).status == 204)
            let banned = ["id": String(site.users["alice"]!.id), "scope": "comment"]
            #expect(try await api.call(root, .put, "/admin/users/{id}/bans/{scope}", banned, json: #"{"length":"7","reason":"测试"}"#).status == 204)
            #expect(try await api.call(root, .put, "/admin/users/{id}/bans/{scope}", banned, json: #"{"length":"7","reason":" "}"#).status == 400)
            #expect(try await api.call(root, .get, "/admin/users").status == 200)
            #expect(try await api.call(root, .delete, "/admin/users/{id}/bans/{scope}", banned).status == 204)
            // Comments, copyright notices, takedown records.
            let commentsAfter = settings.body.replacingOccurrences(of: #""comments":"before""#, with: #""comments":"after""#)
            #expect(try await api.call(root, .put, "/admin/settings", json: commentsAfter).status == 200)
            let posted = try await api.call(alice, .post, "/documents/{id}/comments", document, json: #"{"body":"写得很好"}"#)
            #expect(posted.status == 201)
            let commentID = try #require(posted.body.firstMatch(of: /"id":(\d+)/)?.1)
            let comment = ["id": String(commentID)]
            #expect(try await api.call(bob, .post, "/documents/{id}/comments", document, json: #"{"body":"同意","parent":\#(commentID)}"#).status == 201)
            #expect(try await api.call(bob, .post, "/documents/{id}/comments", document, json: #"{"body":" "}"#).status == 400)
            #expect(try await api.call(nil, .post, "/documents/{id}/comments", document, json: #"{"body":"匿名"}"#).status == 401)
            #expect(try await api.call(nil, .get, "/documents/{id}/comments", document).status == 200)
            #expect(try await api.call(nil, .get, "/documents/{id}/comments", ["id": "999999"]).status == 404)
            #expect(try await api.call(alice, .patch, "/comments/{id}", comment, json: #"{"body":"写得很好，受益匪浅"}"#).status == 200)
            #expect(try await api.call(bob, .patch, "/comments/{id}", comment, json: #"{"body":"改"}"#).status == 403, "an editor deletes, never changes")
            #expect(try await api.call(editor, .get, "/admin/comments", query: "?state=published").status == 200)
            #expect(try await api.call(editor, .get, "/admin/comments", query: "?state=deleted").status == 400)
            #expect(try await api.call(editor, .post, "/admin/comments/decisions", json: #"{"decision":"hide","ids":[\#(commentID)]}"#).status == 200)
            #expect(try await api.call(alice, .delete, "/comments/{id}", comment).status == 204)
            #expect(try await api.call(alice, .delete, "/comments/{id}", comment).status == 404, "deleted once")
            let notice = #"{"claimant":"某出版社","contact":"rights@example.cn","work":"《某书》著作权","documents":["/d/\#(site.document)"],"declared":true}"#
            let sent = try await api.call(nil, .post, "/copyright-notices", json: notice)
            #expect(sent.status == 201)
            let noticeID = try #require(sent.body.firstMatch(of: /"id":(\d+)/)?.1)
            #expect(try await api.call(nil, .post, "/copyright-notices", json: notice.replacingOccurrences(of: "true", with: "false")).status == 400)
            #expect(try await api.call(editor, .get, "/admin/copyright-notices", query: "?open=1").status == 200)
            #expect(try await api.call(editor, .post, "/admin/copyright-notices/{id}/handled", ["id": String(noticeID)]).status == 204)
            #expect(try await api.call(editor, .post, "/admin/reports/{id}/take-down", document, json: #"{"reason":"权利人投诉"}"#).status == 204)
            let records = try await api.call(editor, .get, "/admin/takedowns")
            #expect(records.status == 200)
            let recordID = try #require(records.body.firstMatch(of: /"id":(\d+)/)?.1)
            #expect(try await api.call(alice, .delete, "/admin/takedowns/{id}", ["id": String(recordID)]).status == 403)
            #expect(try await api.call(editor, .delete, "/admin/takedowns/{id}", ["id": String(recordID)]).status == 204)
            #expect(try await api.call(editor, .delete, "/admin/takedowns/{id}", ["id": String(recordID)]).status == 404)
            #expect(try await api.call(editor, .post, "/admin/documents/{id}/restore", document).status == 204)
            #expect(try await api.call(bob, .delete, "/me", json: #"{"password":"correct horse"}"#).status == 204)

            try Self.check(api.recorded)
        }
    }

    /// Runs the oracle over the spec and the answers; its complaints are the failure's message.
    static func check(_ samples: [Sample]) throws {
        let folder = try TemporaryFolder()
        let spec = try folder.write("openapi.json", OpenAPIDocument.json)
        let recorded = try folder.write("samples.json", JSONEncoder().encode(samples))
        let result = try Command.oracle("openapi_check.py", [spec, recorded])
        #expect(result.status == 0, "\(result.output)")
    }
}
