import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API reaches what the pages do, with API tokens.
@Suite struct APIRouteTests {
    struct Caller {
        let client: any TestClientProtocol
        let token: String?

        func call(_ method: HTTPRequest.Method, _ uri: String, _ json: String? = nil) async throws -> (status: HTTPResponse.Status, body: String) {
            var headers: HTTPFields = [:]
            if let token { headers[.authorization] = "Bearer \(token)" }
            if json != nil { headers[.contentType] = "application/json" }
            let response = try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
            return (response.status, String(buffer: response.body))
        }
    }

    func withAPI(_ body: @Sendable (AccountRouteTests.Site, [String: Caller], any TestClientProtocol) async throws -> Void) async throws {
        try await AccountRouteTests().withSite { site, client in
            var callers: [String: Caller] = ["anonymous": Caller(client: client, token: nil)]
            for name in ["root", "editor", "alice", "bob"] {
                let signedIn = try await site.library.accounts.logIn(name: name, password: "correct horse", client: nil)
                let visitor = try #require(try await signedIn.asVisitor(site.library))
                let scope = name == "root" ? "admin" : "read-write"
                callers[name] = Caller(client: client, token: try await site.library.accounts.createToken(visitor, name: "test", scope: scope).secret)
            }
            try await body(site, callers, client)
        }
    }

    @Test func readersListAndReadDocumentsAsJSON() async throws {
        try await withAPI { site, callers, _ in
            let anonymous = callers["anonymous"]!
            let list = try await anonymous.call(.get, "/api/v1/documents")
            #expect(list.status == .ok && list.body.contains(#""total":7"#))
            let page = try await anonymous.call(.get, "/api/v1/documents/\(site.document)?page=2")
            #expect(page.status == .ok && page.body.contains(#""page":2"#) && page.body.contains(#""markdown":"#))
            #expect(!page.body.contains(#""favorite""#), "nothing personal for a visitor")
            #expect(try await anonymous.call(.get, "/api/v1/documents/\(site.document)?page=99").status == .notFound)
            #expect(try await anonymous.call(.get, "/api/v1/documents/\(site.document)?page=x").body.contains(#""error":"bad_parameter""#))
            let categories = try await anonymous.call(.get, "/api/v1/categories")
            #expect(categories.body.contains(#""slug":"#))
            let alice = try await callers["alice"]!.call(.get, "/api/v1/documents/\(site.document)?page=all")
            #expect(alice.body.contains(#""favorite":false"#) && alice.body.contains(#""pageCount":1"#))
        }
    }

    @Test func anEditorPublishesThroughTheAPI() async throws {
        try await withAPI { site, callers, _ in
            let editor = callers["editor"]!
            let created = try await editor.call(.post, "/api/v1/admin/documents", #"{"title":"接口发布的文档","body":"第一段正文。\n第二段正文。","category":"接口","tags":["测试"]}"#)
            #expect(created.status == .created)
            let id = try #require(created.body.range(of: #"(?<="id":)\d+"#, options: .regularExpression).map { Int64(created.body[$0])! })
            #expect(try await site.library.search.searchIDs("第二段").contains(id))
            let fetched = try await editor.call(.get, "/api/v1/admin/documents/\(id)")
            #expect(fetched.body.contains(#""state":"published""#) && fetched.body.contains(#""format":"markdown""#))
            let duplicate = try await editor.call(.post, "/api/v1/admin/documents", #"{"title":"接口发布的文档","body":"第一段正文。\n第二段正文。"}"#)
            #expect(duplicate.status == .conflict && duplicate.body.contains(#""error":"duplicate""#))
            #expect(try await editor.call(.put, "/api/v1/admin/documents/\(id)", #"{"title":"改名","body":"新的正文。","status":"draft"}"#).status == .noContent)
            #expect(try await callers["anonymous"]!.call(.get, "/api/v1/documents/\(id)").status == .notFound)
            #expect(try await editor.call(.post, "/api/v1/admin/documents/\(id)/trash").status == .noContent)
            #expect(try await editor.call(.delete, "/api/v1/admin/documents/\(id)").status == .noContent)
            #expect(try await editor.call(.get, "/api/v1/admin/documents/\(id)").status == .notFound)
            #expect(try await editor.call(.post, "/api/v1/admin/documents", #"{"body":"#).status == .badRequest, "malformed JSON")
            #expect(try await editor.call(.get, "/api/v1/admin/dashboard").body.contains(#""dailyViews""#))
        }
    }

    @Test func rolesHoldInTheAPI() async throws {
        try await withAPI { site, callers, _ in
            let body = #"{"title":"读者不能发布","body":"正文。"}"#
            #expect(try await callers["anonymous"]!.call(.post, "/api/v1/admin/documents", body).status == .unauthorized)
            #expect(try await callers["alice"]!.call(.post, "/api/v1/admin/documents", body).status == .forbidden)
            #expect(try await callers["editor"]!.call(.get, "/api/v1/admin/users").status == .forbidden)
            #expect(try await callers["editor"]!.call(.get, "/api/v1/admin/settings").status == .forbidden)
            let bob = site.users["bob"]!.id
            #expect(try await callers["editor"]!.call(.patch, "/api/v1/admin/users/\(bob)", #"{"role":"admin"}"#).status == .forbidden)
            #expect(try await callers["root"]!.call(.patch, "/api/v1/admin/users/\(bob)", #"{"role":"editor"}"#).status == .noContent)
            let own = try await callers["root"]!.call(.patch, "/api/v1/admin/users/\(site.users["root"]!.id)", #"{"disabled":true}"#)
            #expect(own.status == .forbidden && own.body.contains("own_account"))
            #expect(try await callers["bob"]!.call(.get, "/api/v1/admin/documents").status == .ok, "bob is an editor now")
        }
    }

    @Test func settingsAndAccountsThroughTheAPI() async throws {
        try await withAPI { site, callers, _ in
            let root = callers["root"]!
            let settings = try await root.call(.get, "/api/v1/admin/settings")
            #expect(settings.body.contains(#""pageBudget":2000"#))
            let changed = settings.body.replacingOccurrences(of: #""siteName":"观山文库""#, with: #""siteName":"接口文库""#)
            #expect(try await root.call(.put, "/api/v1/admin/settings", changed).status == .ok)
            #expect(try await site.library.settings().siteName == "接口文库")
            let bad = changed.replacingOccurrences(of: #""pageBudget":2000"#, with: #""pageBudget":5"#)
            let refused = try await root.call(.put, "/api/v1/admin/settings", bad).body
            #expect(refused.contains(#""error":"invalid_setting""#) && refused.contains(#""field":"pageBudget""#))
            // The account: a new token, the password, deletion.
            let alice = callers["alice"]!
            let token = try await alice.call(.post, "/api/v1/me/tokens", #"{"name":"第二个"}"#)
            #expect(token.status == .forbidden && token.body.contains(#""error":"token_needs_session""#), "a token makes no tokens")
            let tokens = try await alice.call(.get, "/api/v1/me/tokens").body
            #expect(tokens.components(separatedBy: #""name""#).count == 2 && tokens.contains(#""scope":"read-write""#) && tokens.contains(#""expires":""#))
            let wrong = try await alice.call(.post, "/api/v1/me/password", #"{"current":"nope nope","new":"battery staple"}"#)
            #expect(wrong.status == .forbidden && wrong.body.contains(#""error":"wrong_password""#))
            #expect(try await alice.call(.post, "/api/v1/me/password", #"{"current":"correct horse","new":"battery staple"}"#).status == .noContent)
            #expect(try await alice.call(.delete, "/api/v1/me", #"{"password":"battery staple"}"#).status == .noContent)
            #expect(try await alice.call(.get, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func aSessionNeedsTheFormTokenForChangesButATokenDoesNot() async throws {
        try await withAPI { site, callers, client in
            let browser = Browser(client)
            try await browser.logIn("alice")
            try await browser.get("/me")
            let path = "/api/v1/users/me/favorites/\(site.document)"
            #expect(try await browser.send(path, method: .put, body: nil).status == .forbidden)
            #expect(try await browser.send(path, method: .put, headers: [.csrfToken: browser.formToken!], body: nil).status == .noContent)
            #expect(try await callers["alice"]!.call(.delete, path).status == .noContent)
        }
    }

    /// `Authorization: Bearer` with no token beside a session cookie is refused, as any token that is not one:
    /// before, the header was passed over and the session answered (schemathesis' ignored_auth check).
    @Test func aBearerHeaderWithoutATokenIsRefusedNotPassedOver() async throws {
        try await withAPI { _, _, client in
            let browser = Browser(client)
            try await browser.logIn("alice")
            #expect(try await browser.send("/api/v1/me", method: .get, body: nil).status == .ok)
            for header in ["Bearer", "bearer ", "Bearer   ", "BEARER\tgst_nothing"] {
                let refused = try await browser.send("/api/v1/me", method: .get, headers: [.authorization: header], body: nil)
                #expect(refused.status == .unauthorized, "\(header)")
            }
            // Another scheme (a proxy's Basic credentials) is not the site's: the session answers.
            #expect(try await browser.send("/api/v1/me", method: .get, headers: [.authorization: "Basic YTpi"], body: nil).status == .ok)
        }
    }

    /// An API address called with a method it does not take is 405 with `Allow` (found by schemathesis'
    /// unsupported_method check: the router answered 404, as for an address that does not exist).
    @Test func aMethodTheAddressDoesNotTakeIs405WithAllow() async throws {
        try await withAPI { site, callers, client in
            let root = callers["root"]!
            let trace = try await client.execute(
                uri: "/api/v1/admin/documents", method: HTTPRequest.Method(rawValue: "TRACE")!,
                headers: [.authorization: "Bearer \(root.token!)"], body: nil)
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers[.allow] == "GET, HEAD, POST")
            #expect(String(buffer: trace.body).contains(#""error":"method_not_allowed""#))
            let put = try await callers["anonymous"]!.call(.put, "/api/v1/documents/\(site.document)")
            #expect(put.status == .methodNotAllowed && put.body.contains(#""error":"method_not_allowed""#))
            #expect(try await root.call(.post, "/api/v1/me").status == .methodNotAllowed)
            // A path that is no route at all stays 404; one the method fits goes to its route.
            #expect(try await root.call(.delete, "/api/v1/nothing/here").status == .notFound)
            #expect(try await root.call(.get, "/api/v1/admin/documents").status == .ok)
            #expect(try await root.call(.get, "/api/v1/documents/\(site.document)").status == .ok)
        }
    }

    /// A draft's `format` and `status`, and an import's `status`, are one of their words or refused: before,
    /// `"format": "html"` was taken as text and `"status": "hidden"` published the document (schemathesis'
    /// negative_data_rejection check).
    @Test func aDraftWithAnUnknownFormatOrStatusIsRefused() async throws {
        try await withAPI { _, callers, _ in
            let editor = callers["editor"]!
            for body in [#"{"title":"格式","body":"正文。","format":"html"}"#, #"{"title":"状态","body":"正文。","status":"hidden"}"#] {
                let refused = try await editor.call(.post, "/api/v1/admin/documents", body)
                #expect(refused.status == .badRequest && refused.body.contains(#""error":"bad_parameter""#), "\(body)")
            }
            let list = try await editor.call(.get, "/api/v1/admin/documents")
            #expect(!list.body.contains("格式") && !list.body.contains("状态"), "nothing saved")
            let null = try await editor.call(.post, "/api/v1/admin/documents", #"{"title":"空值","body":"正文。","format":null,"status":null}"#)
            #expect(null.status == .created, "null is the default, as a field left out")
            let boundary = "b0undary"
            var upload = "--\(boundary)\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nhidden\r\n"
            upload += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n导入\n正文。\r\n--\(boundary)--\r\n"
            let imported = try await editor.client.execute(
                uri: "/api/v1/admin/imports", method: .post,
                headers: [.authorization: "Bearer \(editor.token!)", .contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: upload))
            #expect(imported.status == .badRequest)
        }
    }
}

/// Failures of the site's own making are 500s with their cause, never an empty or partial 200.
@Suite struct RenderingFailureTests {
    @Test func aMissingTemplateIsAnErrorNotAnEmptyPage() async throws {
        let library = Library(store: try await TestStore.make())
        let pages = try PageRenderer(reading: library.reading, formKey: library.formKey)
        #expect(throws: PageRenderer.MissingTemplate.self) { try pages.render("no-such-template", [String: String]()) }
        #expect(throws: PageRenderer.MissingTemplate.self) {
            try pages.representation("no-such-template", [String: String](), lastModified: Date())
        }
    }

    @Test func aValueJSONCannotHoldIsAnErrorNotAnEmptyObject() throws {
        #expect(throws: APIResponse.EncodingFailure.self) { try APIResponse.json(["ratio": Double.nan]) }
    }

    @Test func everyAccountRefusalHasItsOwnStableCode() {
        let refusals: [AccountError] = [
            .invalidName, .invalidDisplayName, .nameTaken, .passwordTooShort, .passwordTooLong, .passwordTooCommon, .wrongCredentials,
            .wrongPassword, .accountDisabled, .registrationClosed, .throttled(.logIn, retryAfter: 1), .busy, .setupUnavailable, .lastAdmin,
            .tokenNotFound, .invalidTokenName, .invalidTokenScope, .invalidTokenLifetime, .tokenScopeAboveRole, .tokenNeedsSession, .tokenExpired,
        ]
        let codes = refusals.map { APIErrorCode($0).rawValue }
        #expect(Set(codes).count == refusals.count)
        #expect(codes.contains("wrong_credentials") && codes.contains("token_expired") && codes.contains("throttled"))
    }
}
