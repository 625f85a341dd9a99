import Foundation
import GuanshanLibrary
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// How the pages and the API answer a visitor who must wait, and a password the rules refuse.
@Suite struct AccountLimitRouteTests {
    func withSite(_ body: @Sendable (Library, ManualClock, any TestClientProtocol) async throws -> Void) async throws {
        let clock = ManualClock()
        let library = Library(store: try await TestStore.make(), passwordCost: .testing, now: { clock.now })
        _ = try await library.accounts.addUser(name: "alice", password: "correct horse", role: .reader)
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in try await body(library, clock, client) }
    }

    @Test func failedLoginsAreAnsweredWithTheWaitInWords() async throws {
        try await withSite { _, clock, client in
            let browser = Browser(client)
            try await browser.get("/login")
            for _ in 0..<6 {
                #expect(try await browser.logIn("alice", "a wrong guess").status == .unauthorized)
            }
            let refused = try await browser.logIn("alice")
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] == "1")
            #expect(refused.body.contains("从您的网络登录失败次数过多，请 1 秒后再试。"))
            clock.advance(1)
            #expect(try await browser.logIn("alice", "a wrong guess").status == .unauthorized)
            let english = try await browser.post("/login?lang=en", [("name", "alice"), ("password", "correct horse")])
            #expect(english.headers[.retryAfter] == "2")
            #expect(english.body.contains("Too many failed logins from your network; please try again in 2 seconds."))
            clock.advance(2)
            #expect(try await browser.logIn("alice").status == .seeOther)
        }
    }

    @Test func aCommonPasswordIsRefusedWithItsReason() async throws {
        try await withSite { _, _, client in
            let browser = Browser(client)
            try await browser.get("/register")
            let common = try await browser.post("/register", [("name", "新读者"), ("password", "Qwerty123456"), ("confirm", "Qwerty123456")])
            #expect(common.status == .badRequest && common.body.contains("这个密码是泄露最多的一万个常见密码之一"))
            let short = try await browser.post("/register?lang=en", [("name", "新读者"), ("password", "eleven char"), ("confirm", "eleven char")])
            #expect(short.status == .badRequest && short.body.contains("A password needs at least 12 characters."))
            #expect(short.body.contains(#"minlength="12""#))
        }
    }

    @Test func theAPIAnswersAWrongCurrentPasswordWithTheWait() async throws {
        try await withSite { library, _, client in
            let signedIn = try await library.accounts.logIn(name: "alice", password: "correct horse", client: nil)
            let visitor = try #require(try await library.accounts.visitor(sessionSecret: signedIn.sessionSecret))
            let token = try await library.accounts.createToken(visitor, name: "脚本", scope: "read-write").secret
            let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            let body = ByteBuffer(string: #"{"password":"a wrong guess"}"#)
            for _ in 0..<6 {
                #expect(try await client.execute(uri: "/api/v1/me", method: .delete, headers: headers, body: body).status == .forbidden)
            }
            let refused = try await client.execute(uri: "/api/v1/me", method: .delete, headers: headers, body: body)
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] == "1")
            #expect(String(buffer: refused.body).contains(#""error":"throttled""#))
            #expect(String(buffer: refused.body).contains("The current password was wrong too many times; please try again in 1 second."))
        }
    }
}
