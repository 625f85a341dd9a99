import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct AccountRouteTests {
    struct Site {
        let library: Library
        /// The store the library was opened on, to check what no page shows.
        let store: any Store
        let document: Int64
        let users: [String: User]
    }

    /// The demo library with an admin, an editor and two readers, all with the password "correct horse".
    static func makeSite() async throws -> Site {
        let store = try await TestStore.make()
        let library = Library(store: store, passwordCost: .testing)
        try await library.editorial.seedDemoDocumentsIfEmpty()
        var users: [String: User] = [:]
        for (name, role) in [("root", Role.admin), ("editor", .editor), ("alice", .reader), ("bob", .reader)] {
            users[name] = try await library.accounts.addUser(name: name, password: "correct horse", role: role)
        }
        let document = try #require(try await library.reading.home().newest.first?.id)
        return Site(library: library, store: store, document: document, users: users)
    }

    func withSite(_ body: @Sendable (Site, any TestClientProtocol) async throws -> Void) async throws {
        let site = try await Self.makeSite()
        let app = Application(router: try buildRouter(library: site.library))
        try await app.test(.router) { client in try await body(site, client) }
    }

    @Test func registerLogOutAndLogInAgain() async throws {
        try await withSite { _, client in
            let browser = Browser(client)
            let form = try await browser.get("/register")
            #expect(form.status == .ok)
            #expect(browser.cookies["gs_form"] != nil, "the form's token is bound to a cookie before login")
            let registered = try await browser.post("/register", [("name", "新读者"), ("password", "一句足够长的中文密码就写在这里"), ("confirm", "一句足够长的中文密码就写在这里")])
            #expect(registered.status == .seeOther)
            let cookie = try #require(registered.headers[values: .setCookie].first { $0.hasPrefix("gs_session=") })
            for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000"] { #expect(cookie.contains(attribute)) }
            #expect(!cookie.contains("Secure"), "plain http until the admin sets an https address")
            #expect(try await browser.get("/").body.contains(#"class="account-name" href="/me">新读者</a>"#))
            #expect(try await browser.post("/logout").status == .found)
            #expect(browser.cookies["gs_session"] == nil)
            #expect(try await browser.get("/me").location == "/login?next=/me")
            let loggedIn = try await browser.logIn("新读者", "一句足够长的中文密码就写在这里")
            #expect(loggedIn.status == .seeOther)
            #expect(try await browser.get("/me").status == .ok)
        }
    }

    @Test func loginRefusalsLookAlikeAndGoBackWhereTheReaderWas() async throws {
        try await withSite { _, client in
            let browser = Browser(client)
            try await browser.get("/login?next=/d/1/2")
            let wrong = try await browser.post("/login", [("name", "alice"), ("password", "not the password"), ("next", "/d/1/2")])
            let unknown = try await browser.post("/login", [("name", "nobody"), ("password", "not the password"), ("next", "/d/1/2")])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.body.contains("用户名或密码不正确。") && unknown.body.contains("用户名或密码不正确。"))
            let right = try await browser.post("/login", [("name", "alice"), ("password", "correct horse"), ("next", "/d/1/2")])
            #expect(right.location == "/d/1/2")
            // A login that would send the reader to another site goes home instead.
            for next in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
                let other = Browser(client)
                #expect(try await other.logIn("bob").location == "/", "not \(next)")
                _ = other
            }
            let offsite = Browser(client)
            try await offsite.get("/login")
            #expect(try await offsite.post("/login", [("name", "bob"), ("password", "correct horse"), ("next", "//evil.example/")]).location == "/")
        }
    }

    @Test func aNewSessionIdAtLoginAndLogoutEndsItOnTheServer() async throws {
        try await withSite { _, client in
            let browser = Browser(client)
            try await browser.logIn("alice")
            let first = try #require(browser.cookies["gs_session"])
            #expect(first != browser.cookies["gs_form"])
            try await browser.get("/me")
            try await browser.post("/logout")
            try await browser.logIn("alice")
            let second = try #require(browser.cookies["gs_session"])
            #expect(first != second)
            let thief = Browser(client)
            #expect(try await thief.get("/me", headers: [.cookie: "gs_session=\(first)"]).status == .seeOther)
            try await browser.get("/me")
            try await browser.post("/logout")
            // The old cookie, replayed, opens nothing.
            let replay = try await thief.get("/me", headers: [.cookie: "gs_session=\(second)"])
            #expect(replay.status == .seeOther)
            #expect(replay.headers[values: .setCookie].contains { $0.hasPrefix("gs_session=;") }, "a dead session's cookie is removed")
        }
    }

    @Test func favoritesWorkWithoutJavaScriptAndHistoryOffersToContinue() async throws {
        try await withSite { site, client in
            let browser = Browser(client)
            let anonymous = try await browser.get("/d/\(site.document)")
            #expect(anonymous.body.contains(#"href="/login?next=/d/\#(site.document)" rel="nofollow" title="登录后即可收藏">加入收藏</a>"#))
            try await browser.logIn("alice")
            let page = try await browser.get("/d/\(site.document)/3")
            #expect(page.body.contains(#"<form class="inline favorite" action="/d/\#(site.document)/favorite" method="post">"#))
            let added = try await browser.post("/d/\(site.document)/favorite", [("on", "1"), ("next", "/d/\(site.document)/3")])
            #expect(added.location == "/d/\(site.document)/3")
            #expect(try await browser.get("/d/\(site.document)/3").body.contains("已收藏"))
            let favorites = try await browser.get("/me/favorites")
            #expect(favorites.body.contains("共1篇") && favorites.body.contains("读到第3页"))
            let back = try await browser.get("/d/\(site.document)")
            #expect(back.body.contains(#"<p class="continue"><a href="/d/\#(site.document)/3">继续阅读第3页</a></p>"#))
            let history = try await browser.get("/me/history")
            #expect(history.body.contains("/d/\(site.document)/3") && history.body.contains("继续阅读第3页"))
            try await browser.post("/d/\(site.document)/favorite", [("on", "0"), ("next", "/me/favorites")])
            #expect(try await browser.get("/me/favorites").body.contains("还没有收藏的文档"))
            try await browser.post("/me/history/clear")
            #expect(try await browser.get("/me/history").body.contains("还没有阅读记录"))
        }
    }

    @Test func formsWithoutAValidTokenOrFromAnotherSiteAreRefused() async throws {
        try await withSite { site, client in
            let alice = Browser(client), bob = Browser(client)
            try await alice.logIn("alice")
            try await bob.logIn("bob")
            try await alice.get("/me")
            try await bob.get("/me")
            let bobsToken = try #require(bob.formToken)
            let target = "/d/\(site.document)/favorite"
            #expect(try await alice.post(target, [("on", "1")], token: .none).status == .forbidden, "no token")
            #expect(try await alice.post(target, [("on", "1")], token: "forged-token").status == .forbidden, "a wrong token")
            #expect(try await alice.post(target, [("on", "1")], token: .some(bobsToken)).status == .forbidden, "another session's token")
            let foreign = try await alice.post(target, [("on", "1")], headers: [.origin: "https://evil.example"])
            #expect(foreign.status == .forbidden, "a foreign Origin")
            #expect(foreign.body.contains("表单已失效"))
            #expect(try await alice.post(target, [("on", "1")], headers: [.referer: "https://evil.example/page"]).status == .forbidden, "a foreign Referer")
            #expect(try await alice.post(target, [("on", "1")], headers: [.origin: "null"]).status == .forbidden)
            #expect(try await alice.post(target, [("on", "1")], headers: [.origin: "http://localhost"]).status == .seeOther)
            #expect(try await alice.post(target, [("on", "1")], headers: [.origin: "http://localhost:8081"]).status == .forbidden)
            #expect(try await alice.post(target, [("on", "1")]).status == .seeOther)
            // Before login: the login form is bound to the anonymous form cookie.
            let stranger = Browser(client)
            try await stranger.get("/login")
            stranger.forgetCookie("gs_form")
            #expect(try await stranger.post("/login", [("name", "alice"), ("password", "correct horse")]).status == .forbidden)
        }
    }

    @Test func aPasswordChangeEndsTheOtherSessions() async throws {
        try await withSite { _, client in
            let phone = Browser(client), laptop = Browser(client)
            try await phone.logIn("alice")
            try await laptop.logIn("alice")
            try await laptop.get("/me")
            let refused = try await laptop.post("/me/password", [("current", "wrong wrong"), ("password", "battery staple"), ("confirm", "battery staple")])
            #expect(refused.status == .forbidden && refused.body.contains("当前密码不正确。"))
            let differ = try await laptop.post("/me/password", [("current", "correct horse"), ("password", "battery staple"), ("confirm", "battery stable")])
            #expect(differ.status == .badRequest && differ.body.contains("两次输入的密码不一致。"))
            let changed = try await laptop.post("/me/password", [("current", "correct horse"), ("password", "battery staple"), ("confirm", "battery staple")])
            #expect(changed.location == "/me?done=password")
            #expect(try await laptop.get("/me?done=password").body.contains("密码已修改"))
            #expect(try await phone.get("/me").status == .seeOther)
        }
    }

    @Test func aProfileUpdateChangesTheDisplayNameOnly() async throws {
        try await withSite { site, client in
            let browser = Browser(client)
            try await browser.logIn("alice")
            try await browser.get("/me")
            let saved = try await browser.post("/me/profile", [("display_name", "爱丽丝"), ("role", "admin"), ("name", "root")])
            #expect(saved.location == "/me?done=profile")
            let alice = try #require(try await site.store.user(id: site.users["alice"]!.id))
            #expect(alice.displayName == "爱丽丝" && alice.role == .reader && alice.name == "alice")
            // Through the API, with a token.
            let (_, token) = try await site.library.accounts.createToken(
                try #require(try await site.library.accounts.logIn(name: "alice", password: "correct horse", client: nil).asVisitor(site.library)),
                name: "test", scope: "read-write")
            let patch = try await client.execute(
                uri: "/api/v1/me", method: .patch, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"displayName":"Alice","role":"admin","disabled":false}"#))
            #expect(patch.status == .ok)
            #expect(String(buffer: patch.body).contains(#""role":"reader""#))
            #expect(try await site.store.user(id: alice.id)?.role == .reader)
        }
    }

    @Test func tokensAreCreatedShownOnceUsedByTheAPIAndRevoked() async throws {
        try await withSite { site, client in
            let browser = Browser(client)
            try await browser.logIn("alice")
            try await browser.get("/me")
            let form = try await browser.get("/me").body
            #expect(form.contains(#"<option value="read" selected>只读</option>"#) && !form.contains(#"value="admin""#))
            #expect(form.contains(#"<option value="90" selected>90 天</option>"#))
            let created = try await browser.post("/me/tokens", [("name", "阅读器"), ("scope", "read-write"), ("days", "30")])
            #expect(created.body.contains("读写") && created.body.contains("到期"))
            let token = try #require(created.body.range(of: #"gst_[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(created.body[$0]) })
            #expect(try await !browser.get("/me").body.contains(token), "shown once")
            let bearer: HTTPFields = [.authorization: "Bearer \(token)"]
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer)
            #expect(me.status == .ok && String(buffer: me.body).contains(#""name":"alice""#))
            // The API with a token needs no form token.
            let put = try await client.execute(uri: "/api/v1/users/me/favorites/\(site.document)", method: .put, headers: bearer)
            #expect(put.status == .noContent)
            let list = try await client.execute(uri: "/api/v1/users/\(site.users["alice"]!.id)/favorites", method: .get, headers: bearer)
            #expect(String(buffer: list.body).contains(#""total":1"#))
            let id = try #require(try await site.store.tokens(userID: site.users["alice"]!.id).first?.id)
            #expect(try await browser.post("/me/tokens/\(id)/delete").location == "/me#tokens")
            let after = try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer)
            #expect(after.status == .unauthorized)
            #expect(String(buffer: after.body).contains(#""error":"unauthorized""#))
        }
    }

    @Test func deletingTheAccountNeedsThePassword() async throws {
        try await withSite { site, client in
            let browser = Browser(client)
            try await browser.logIn("bob")
            try await browser.get("/me")
            #expect(try await browser.post("/me/delete", [("password", "nope nope")]).status == .forbidden)
            let deleted = try await browser.post("/me/delete", [("password", "correct horse")])
            #expect(deleted.location == "/")
            #expect(try await site.store.user(id: site.users["bob"]!.id) == nil)
            #expect(try await browser.logIn("bob").status == .unauthorized)
        }
    }

    @Test func theSetupLinkWorksOnceAndThenIsGone() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        let secret = try #require(try await library.accounts.prepareSetup())
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            let browser = Browser(client)
            #expect(try await browser.get("/setup/guess").status == .notFound)
            let page = try await browser.get("/setup/\(secret)")
            #expect(page.status == .ok && page.body.contains("创建管理员"))
            let created = try await browser.post("/setup/\(secret)", [("name", "站长"), ("password", "观山文库管理员的一句长密码"), ("confirm", "观山文库管理员的一句长密码")])
            #expect(created.status == .seeOther)
            #expect(try await browser.get("/me").body.contains("管理员"))
            let again = Browser(client)
            #expect(try await again.get("/setup/\(secret)").status == .notFound)
        }
    }

    @Test func registrationCanBeTurnedOff() async throws {
        try await withSite { site, client in
            try await site.library.changeSettings { $0.registrationOpen = false }
            let browser = Browser(client)
            let page = try await browser.get("/register")
            #expect(page.body.contains("本站暂不开放注册") && !page.body.contains(#"name="confirm""#))
            #expect(!(try await browser.get("/").body.contains(#"href="/register""#)))
            let refused = try await browser.post("/register", [("name", "late"), ("password", "correct horse"), ("confirm", "correct horse")])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func anHTTPSAddressMakesCookiesSecureAndHostOnly() async throws {
        try await withSite { site, client in
            try await site.library.changeSettings { $0.publicURL = "https://wenku.example.cn" }
            let browser = Browser(client)
            try await browser.get("/login")
            #expect(browser.cookies["__Host-gs_form"] != nil)
            let loggedIn = try await browser.post("/login", [("name", "alice"), ("password", "correct horse")], headers: [.origin: "https://wenku.example.cn"])
            let cookie = try #require(loggedIn.headers[values: .setCookie].first { $0.hasPrefix("__Host-gs_session=") })
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && !cookie.contains("Domain"))
            let me = try await browser.get("/me")
            #expect(me.status == .ok && me.headers[.strictTransportSecurity] == "max-age=31536000")
            #expect(try await browser.post("/logout", headers: [.origin: "http://wenku.example.cn"]).status == .forbidden, "the scheme counts")
        }
    }

    @Test func theClientAddressComesFromATrustedProxyOnly() {
        let proxies: Set<String> = ["10.0.0.1"]
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: "198.51.100.7", trustedProxies: proxies) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: "198.51.100.7", trustedProxies: proxies) == "198.51.100.7")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: "1.2.3.4, 198.51.100.7, 10.0.0.1", trustedProxies: proxies) == "198.51.100.7")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: String?.none, trustedProxies: proxies) == "10.0.0.1")
    }
}

extension SignedIn {
    func asVisitor(_ library: Library) async throws -> Visitor? {
        try await library.accounts.visitor(sessionSecret: sessionSecret)
    }
}
