import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// What every 文库 operator sets up on day one: friend links and the record numbers in the footer, adverts
/// in their slots, and an analytics service whose origins alone the Content-Security-Policy lets in.
@Suite struct PageFurnitureRouteTests {
    /// The demo library with a four-page document (`CachingRouteTests.makeSite`), through the router.
    func withSite(_ body: @Sendable (Library, Int64, Browser) async throws -> Void) async throws {
        let site = try await CachingRouteTests.makeSite()
        let app = Application(router: try buildRouter(library: site.library))
        try await app.test(.router) { client in try await body(site.library, site.long, Browser(client)) }
    }

    @Test func theFooterLinksFriendsAndTheRecordNumbersToTheirRegistries() async throws {
        try await withSite { library, _, browser in
            #expect(!(try await browser.get("/").body.contains("friend-links")), "nothing shown until set")
            try await library.changeSettings {
                $0.friendLinks = "观山书院 https://shuyuan.example.cn\n\n<b>坏</b>名 http://example.org/?a=1&b=2"
                $0.icpRecord = "京ICP备12345678号-1"
                $0.policeRecord = "京公网安备11010502000001号"
            }
            let home = try await browser.get("/").body
            #expect(home.contains(#"<nav class="friend-links" aria-label="友情链接"><span>友情链接</span><a href="https://shuyuan.example.cn">观山书院</a><a href="http://example.org/?a=1&amp;b=2">&lt;b&gt;坏&lt;/b&gt;名</a></nav>"#))
            #expect(home.contains(#"<a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">京ICP备12345678号-1</a>"#))
            #expect(home.contains(#"<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001" rel="noopener" target="_blank">京公网安备11010502000001号</a>"#))
        }
    }

    /// Adverts stand in their slots, labelled; HTML keeps only text, emphasis and links, never a script.
    @Test func advertsStandInTheirSlotsAndRunNothing() async throws {
        try await withSite { library, id, browser in
            try await library.changeSettings {
                $0.advertTop = "https://ads.example.cn/banner.png https://shop.example.cn/?from=wenku"
                $0.advertTitle = #"<p><b>限时</b>优惠 <a href="https://shop.example.cn">进店</a><script>alert(1)</script><a href="javascript:alert(2)">坏链接</a></p><img src=x onerror=alert(3)>"#
                $0.advertBody = "/files/after.png https://shop.example.cn/after"
                $0.advertList = "<p>列表旁的广告</p>"
            }
            let home = try await browser.get("/")
            #expect(home.body.contains(#"<aside class="advert" aria-label="广告"><span class="advert-label">广告</span><a href="https://shop.example.cn/?from=wenku" rel="sponsored nofollow noopener" target="_blank"><img src="https://ads.example.cn/banner.png" alt="广告" loading="lazy"></a></aside>"#))
            #expect(home.body.contains("<p>列表旁的广告</p>"))
            #expect(home.headers[.contentSecurityPolicy]?.contains("img-src 'self' data: https://ads.example.cn;") == true)
            #expect(home.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true)

            let page = try await browser.get("/d/\(id)").body
            #expect(page.contains("<strong>限时</strong>优惠 <a href=\"https://shop.example.cn\" rel=\"sponsored nofollow noopener\">进店</a>"))
            let advert = String(page[try #require(page.range(of: #"<aside class="advert"[^\n]*"#, options: .regularExpression))])
            #expect(!advert.contains("<script") && !advert.contains("javascript:") && !advert.contains("onerror"), "\(advert)")
            #expect(page.contains(#"<img src="/files/after.png" alt="广告" loading="lazy">"#))
            let title = try #require(page.range(of: "</header>\n<aside class=\"advert\""))
            let body = try #require(page.range(of: "<img src=\"/files/after.png\""))
            #expect(title.lowerBound < body.lowerBound)
            let category = try await browser.get("/c/\(CachingRouteTests.encoded("测试分类"))").body
            #expect(category.contains("<p>列表旁的广告</p>"))
        }
    }

    /// The analytics service's script, and its origins alone in the policy: no other script ever runs.
    @Test func analyticsLoadsOnlyTheChosenServicesScript() async throws {
        try await withSite { library, id, browser in
            #expect(try await browser.get("/analytics.js").status == .notFound)
            try await library.changeSettings { $0.analyticsService = "baidu"; $0.analyticsID = "0123456789abcdef0123456789abcdef" }
            var page = try await browser.get("/d/\(id)")
            #expect(page.body.contains(#"<script defer src="https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef"></script>"#))
            var policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src https://hm.baidu.com;") && policy.contains("connect-src 'self' https://hm.baidu.com;"))
            #expect(policy.contains("img-src 'self' data: https://hm.baidu.com;"))
            #expect(try await browser.get("/analytics.js").status == .notFound)

            try await library.changeSettings { $0.analyticsService = "google"; $0.analyticsID = "G-ABC123XYZ" }
            page = try await browser.get("/")
            #expect(page.body.contains(#"<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ"></script><script src="/analytics.js"></script>"#))
            policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self' https://*.googletagmanager.com;"))
            let bootstrap = try await browser.get("/analytics.js")
            #expect(bootstrap.status == .ok && bootstrap.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(bootstrap.body.contains("gtag('config', 'G-ABC123XYZ');"))

            try await library.changeSettings {
                $0.analyticsService = "umami"; $0.analyticsID = "94db1cb1-74f4-4a40-ad6c-962362670409"; $0.analyticsHost = "https://Stats.Example.cn"
            }
            page = try await browser.get("/")
            #expect(page.body.contains(#"<script defer src="https://stats.example.cn/script.js" data-website-id="94db1cb1-74f4-4a40-ad6c-962362670409"></script>"#))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src https://stats.example.cn; connect-src 'self' https://stats.example.cn;") == true)

            try await library.changeSettings { $0.analyticsHost = "" }
            page = try await browser.get("/")
            #expect(page.body.contains(#"<script defer src="https://cloud.umami.is/script.js""#))
            #expect(page.headers[.contentSecurityPolicy]?.contains(
                "script-src https://cloud.umami.is; connect-src 'self' https://cloud.umami.is https://gateway.umami.is https://*.umami.dev;") == true,
                "Umami's cloud reports elsewhere than it serves its script from")

            try await library.changeSettings { $0.analyticsService = "plausible"; $0.analyticsID = "wenku.example.cn" }
            #expect(try await browser.get("/").body.contains(#"<script defer src="https://plausible.io/js/script.js" data-domain="wenku.example.cn"></script>"#))

            try await library.changeSettings { $0.analyticsService = "none" }
            page = try await browser.get("/")
            #expect(!page.body.contains("<script "))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true)
        }
    }

    /// A page the cache answers, before the router, carries the same policy.
    @Test func aCachedPageCarriesThePolicyToo() async throws {
        let site = try await CachingRouteTests.makeSite()
        try await site.library.changeSettings { $0.analyticsService = "baidu"; $0.analyticsID = "0123456789abcdef0123456789abcdef" }
        let app = try buildApplication(library: site.library, configuration: WebConfiguration(port: 0), logger: Logger(label: "test"))
        try await app.test(.live) { client in
            let browser = Browser(client)
            for _ in 1...3 {
                let page = try await browser.get("/d/\(site.long)/2")
                #expect(page.headers[.contentSecurityPolicy]?.contains("script-src https://hm.baidu.com;") == true)
                #expect(page.body.contains("hm.baidu.com/hm.js"))
            }
        }
    }

    /// The admin's settings page holds the new fields, and keeps what it was given when one is refused.
    @Test func theAdminSetsThemUpInTheSettingsForm() async throws {
        try await withSite { library, _, browser in
            _ = try await library.accounts.addUser(name: "admin", password: "correct horse", role: .admin)
            _ = try await browser.logIn("admin")
            let form = try await browser.get("/admin/settings").body
            for field in ["friendLinks", "icpRecord", "policeRecord", "advertTop", "advertTitle", "advertBody", "advertList", "analyticsID", "analyticsHost"] {
                #expect(form.contains("name=\"\(field)\""), "\(field)")
            }
            #expect(form.contains(#"<textarea name="friendLinks" rows="4" maxlength="3000">"#))
            #expect(form.contains(#"<input type="radio" name="analyticsService" value="none" checked>"#))

            // The site's own pages show no advert and run no analytics; its reading pages do.
            try await library.changeSettings {
                $0.analyticsService = "baidu"; $0.analyticsID = "0123456789abcdef0123456789abcdef"
                $0.advertTop = "<p>顶部广告</p>"
            }
            for path in ["/admin/settings", "/me", "/admin"] {
                let page = try await browser.get(path)
                #expect(!page.body.contains("hm.baidu.com/hm.js") && !page.body.contains(#"<aside class="advert""#), "\(path)")
                #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true, "\(path)")
            }
            let reading = try await browser.get("/")
            #expect(reading.body.contains("hm.baidu.com") && reading.body.contains("顶部广告"))
        }
    }
}
