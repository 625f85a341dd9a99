import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import GuanshanRequestParsing
import Hummingbird
import HummingbirdTesting
import Testing

/// `/admin/security` and its API: admins only, with filters read by the parameter door.
@Suite struct SecurityLogRouteTests {
    @Test func adminsReadTheLogWithFilters() async throws {
        try await AccountRouteTests().withSite { _, client in
            let guesser = Browser(client)
            #expect(try await guesser.logIn("root", "not the password at all").status != .seeOther)
            let admin = Browser(client)
            #expect(try await admin.logIn("root").status == .seeOther)
            let page = try await admin.get("/admin/security")
            #expect(page.status == .ok)
            for text in ["安全日志", "登录成功", "登录失败", "root", "不记录任何密码"] {
                #expect(page.body.contains(text), "missing \(text)")
            }
            #expect(!page.body.contains("not the password at all"))
            let failures = try await admin.get("/admin/security?kind=sign-in-failed")
            #expect(failures.body.contains("登录失败") && !failures.body.contains("<td>登录成功</td>"))
            let today = Day(parameter: String(ISO8601DateFormatter().string(from: Date()).prefix(10)))
            #expect(try await admin.get("/admin/security?from=2000-01-01&to=\(today?.canonical ?? "")").body.contains("登录成功"))
            #expect(try await admin.get("/admin/security?to=2000-01-01").body.contains("没有符合条件的事件"))
            for bad in ["?from=2026-13-01", "?from=2026-02-30", "?to=yesterday", "?kind=everything", "?page=0"] {
                #expect(try await admin.get("/admin/security\(bad)").status == .badRequest, "\(bad)")
            }
            let reader = Browser(client)
            #expect(try await reader.logIn("alice").status == .seeOther)
            #expect(try await reader.get("/admin/security").status == .forbidden)
            let editor = Browser(client)
            #expect(try await editor.logIn("editor").status == .seeOther)
            #expect(try await editor.get("/admin/security").status == .forbidden, "the log is for admins, not editors")
        }
    }

    /// The pager's links keep the filters, written so that the parameter door reads them back the same.
    @Test func thePagersLinksKeepTheFilters() async throws {
        let path = SitePath.adminSecurity(filters: [("kind", "sign-in"), ("who", "张三&李四+ 1")], page: 2).path
        #expect(path == "/admin/security?kind=sign-in&who=%E5%BC%A0%E4%B8%89%26%E6%9D%8E%E5%9B%9B%2B%201&page=2")
        #expect(SitePath.adminSecurity(filters: [], page: 1).path == "/admin/security")
        try await AccountRouteTests().withSite { _, client in
            let admin = Browser(client)
            #expect(try await admin.logIn("root").status == .seeOther)
            let page = try await admin.get(String(path.dropLast("&page=2".count)))
            #expect(page.status == .ok, "\(page.status)")
            #expect(page.body.contains(#"value="张三&amp;李四+ 1""#))
        }
    }

    @Test func theAPIGivesTheLogToAdminTokensOnly() async throws {
        try await APIRouteTests().withAPI { _, callers, _ in
            let admin = try await callers["root"]!.call(.get, "/api/v1/admin/security-events?kind=sign-in")
            #expect(admin.status == .ok && admin.body.contains(#""kind":"sign-in""#) && admin.body.contains(#""actor":"root""#))
            #expect(try await callers["editor"]!.call(.get, "/api/v1/admin/security-events").status == .forbidden)
            #expect(try await callers["anonymous"]!.call(.get, "/api/v1/admin/security-events").status == .unauthorized)
            let bad = try await callers["root"]!.call(.get, "/api/v1/admin/security-events?from=2026-1-1")
            #expect(bad.status == .badRequest && bad.body.contains(#""error":"bad_parameter""#))
        }
    }
}
