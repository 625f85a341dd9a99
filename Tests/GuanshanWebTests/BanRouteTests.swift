import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Admins stop an account from sharing, commenting or signing in, for a time or for good (issue 19 item 6).
@Suite struct BanRouteTests {
    @Test func aBanStopsWhatItSaysUntilItIsLifted() async throws {
        try await AccountRouteTests().withSite { site, client in
            try await site.library.changeSettings { $0.sharing = "readers" }
            let bob = Browser(client)
            try await bob.logIn("bob")
            #expect(try await bob.get("/me").status == .ok)
            let root = Browser(client)
            try await root.logIn("root")
            let users = try await root.get("/admin/users")
            #expect(users.body.contains(#"action="/admin/users/\#(site.users["bob"]!.id)/ban""#))
            #expect(!users.body.contains(#"action="/admin/users/\#(site.users["root"]!.id)/ban""#), "never oneself")
            let bobID = site.users["bob"]!.id
            #expect(try await root.post("/admin/users/\(bobID)/ban", [("scope", "sign-in"), ("length", "7"), ("reason", "  ")]).body.contains("请写明封禁的原因"))
            #expect(try await root.post("/admin/users/\(bobID)/ban", [("scope", "sign-in"), ("length", "7"), ("reason", "反复发布广告")]).status == .seeOther)
            let listed = try await root.get("/admin/users").body
            #expect(listed.contains("禁止登录，至 ") && listed.contains("：反复发布广告"))

            #expect(try await bob.get("/me").status == .seeOther, "signed out everywhere")
            let refused = try await Browser(client).logIn("bob")
            #expect(refused.status == .forbidden && refused.body.contains("该账号被禁止登录，至 ") && refused.body.contains("原因：反复发布广告"))
            let wrong = try await Browser(client).logIn("bob", "not the password")
            #expect(!wrong.body.contains("反复发布广告"), "the ban is told only to whoever knows the password")
            #expect(try await root.get("/admin/security").body.contains("封禁账号"))

            try await root.get("/admin/users")
            #expect(try await root.post("/admin/users/\(bobID)/unban/sign-in").status == .seeOther)
            #expect(try await Browser(client).logIn("bob").status == .seeOther)

            let aliceID = site.users["alice"]!.id
            try await root.get("/admin/users")
            #expect(try await root.post("/admin/users/\(aliceID)/ban", [("scope", "upload"), ("length", "forever"), ("reason", "侵权")]).status == .seeOther)
            let alice = Browser(client)
            try await alice.logIn("alice")
            try await alice.get("/me/uploads")
            let upload = try await alice.upload("/me/uploads", file: "a.txt", Data("标题\n\n正文。".utf8))
            #expect(upload.status == .badRequest && upload.body.contains("管理员已禁止你分享文档。"))
        }
    }

    @Test func theAPIBansAndListsBans() async throws {
        try await APIRouteTests().withAPI { site, callers, _ in
            let root = callers["root"]!
            let bob = site.users["bob"]!.id
            #expect(try await root.call(.put, "/api/v1/admin/users/\(bob)/bans/upload", #"{"length":"30","reason":"刷屏"}"#).status == .noContent)
            #expect(try await root.call(.put, "/api/v1/admin/users/\(bob)/bans/upload", #"{"length":"3","reason":"刷屏"}"#).status == .badRequest)
            let own = try await root.call(.put, "/api/v1/admin/users/\(site.users["root"]!.id)/bans/upload", #"{"length":"1","reason":"x"}"#)
            #expect(own.status == .forbidden)
            let list = try await root.call(.get, "/api/v1/admin/users").body
            #expect(list.contains(#""bans":[{"#) && list.contains(#""scope":"upload""#) && list.contains(#""reason":"刷屏""#))
            #expect(try await callers["editor"]!.call(.put, "/api/v1/admin/users/\(bob)/bans/upload", #"{"length":"1","reason":"x"}"#).status == .forbidden)
            #expect(try await root.call(.delete, "/api/v1/admin/users/\(bob)/bans/upload").status == .noContent)
            #expect(!(try await root.call(.get, "/api/v1/admin/users").body.contains(#""scope":"upload""#)))
        }
    }
}
