import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SecurityHeaderTests {
    /// Every kind of response: pages, redirects, errors, forms, JSON, the stylesheet.
    @Test func everyResponseCarriesTheHeaders() async throws {
        try await AccountRouteTests().withSite { site, client in
            let browser = Browser(client)
            try await browser.logIn("root")
            let stylesheet = SitePath.stylesheet.path
            var responses: [(String, Browser.Page)] = []
            for path in ["/", "/d/\(site.document)", "/d/\(site.document)/1", "/d/999999", "/login", "/me", "/admin", "/admin/settings",
                         "/search?q=观山", "/api/v1/search?q=观山", "/api/v1/me", "/api/v1/nothing", stylesheet] {
                responses.append((path, try await browser.get(path)))
            }
            responses.append(("POST without token", try await browser.post("/logout", token: .none)))
            responses.append(("anonymous admin", try await Browser(client).get("/admin")))
            for (label, page) in responses {
                let csp = page.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("script-src 'none'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), "\(label)")
                #expect(page.headers[.xContentTypeOptions] == "nosniff", "\(label)")
                #expect(page.headers[.referrerPolicy] == "strict-origin-when-cross-origin", "\(label)")
                #expect(page.headers[.server].map { !$0.contains(where: \.isNumber) } ?? true, "no version in Server: \(label)")
            }
        }
    }

    @Test func anUnexpectedErrorShowsNoInternals() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        let router = Router(context: SiteRequestContext.self)
        router.middlewares.add(SiteHeadersMiddleware())
        router.middlewares.add(ErrorPageMiddleware(pages: try PageRenderer(reading: library.reading, formKey: library.formKey)))
        struct Secret: Error, CustomStringConvertible { var description: String { "SQLITE_CORRUPT at /srv/guanshan-data/guanshan.sqlite" } }
        router.get("/boom") { _, _ -> String in throw Secret() }
        router.get("/api/v1/boom") { _, _ -> String in throw Secret() }
        try await Application(router: router).test(.router) { client in
            for path in ["/boom", "/api/v1/boom"] {
                let response = try await client.execute(uri: path, method: .get)
                let body = String(buffer: response.body)
                #expect(response.status == .internalServerError)
                #expect(!body.contains("SQLITE") && !body.contains("/srv/"), "\(path): \(body)")
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }
}
