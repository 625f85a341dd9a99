import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GuanshanWeb

/// The filters, orders and suggestion of `/search` and `/api/v1/search`, over `SearchRouteTests`' site.
@Suite struct SearchFilterRouteTests {
    let routes = SearchRouteTests()

    func total(_ client: any TestClientProtocol, _ query: String, _ extra: String) async throws -> Int? {
        try await client.execute(uri: SearchRouteTests.api(query, extra), method: .get) { response in
            #expect(response.status == .ok, "\(extra)")
            return try SearchRouteTests.json(response.body)["total"] as? Int
        }
    }

    @Test func filtersNarrowExactlyInTheAPI() async throws {
        try await routes.withSite { client, site in
            let term = SearchRouteTests.fireflyTerm
            #expect(try await total(client, term, "&tag=%E5%8F%8C%E6%95%B0") == 12)
            #expect(try await total(client, term, "&tag=%E5%8F%8C%E6%95%B0&c=\(site.fireflySlug)") == 10)
            #expect(try await total(client, term, "&time=week") == 25)
            #expect(try await total(client, term, "&to=2000-01-01") == 0)
            #expect(try await total(client, term, "&from=2000-01-01&to=9999-12-31") == 25)
            #expect(try await total(client, term, "&pages=1") == 25)
            #expect(try await total(client, SearchRouteTests.longTerm, "&pages=2-") == 1)
            #expect(try await total(client, SearchRouteTests.longTerm, "&pages=1") == 0)
            try await client.execute(uri: SearchRouteTests.api(term, "&tag=nothing"), method: .get) { response in
                let object = try SearchRouteTests.json(response.body)
                #expect(object["total"] as? Int == 0)
                #expect(object["unknownTag"] as? Bool == true)
            }
        }
    }

    @Test func sortsByNewestAndViews() async throws {
        try await routes.withSite { client, site, library in
            let term = SearchRouteTests.fireflyTerm
            // Imported in one batch, the fireflies share a publication time: the newest order falls back on
            // relevance, then the highest id, as relevance does.
            let ids: [Int64] = try await client.execute(uri: SearchRouteTests.api(term, "&sort=newest&limit=100"), method: .get) { response in
                try #require(try SearchRouteTests.json(response.body)["results"] as? [[String: Any]]).compactMap { $0["id"] as? Int64 }
            }
            #expect(Set(ids) == Set(site.fireflies))
            for _ in 0..<3 { _ = try await library.reading.readPage(id: site.fireflies[7], pageNumber: 1) }
            _ = try await library.reading.readPage(id: site.fireflies[3], pageNumber: 1)
            try await library.operations.flushPendingWrites()
            let byViews: [Int64] = try await client.execute(uri: SearchRouteTests.api(term, "&sort=views&limit=2"), method: .get) { response in
                try #require(try SearchRouteTests.json(response.body)["results"] as? [[String: Any]]).compactMap { $0["id"] as? Int64 }
            }
            #expect(byViews == [site.fireflies[7], site.fireflies[3]])
        }
    }

    @Test func badValuesAreRefusedWithA400() async throws {
        try await routes.withSite { client, _ in
            let bad = [
                "&from=2024-02-30", "&from=20240101", "&to=-1", "&from=2024-05-01&to=2024-04-30", "&pages=0", "&pages=5-2",
                "&pages=-3", "&pages=1-99999999999999999999", "&pages=abc", "&pages=1000001", "&sort=best", "&time=decade",
                "&tag=%01",
            ]
            for extra in bad {
                try await client.execute(uri: SearchRouteTests.api(SearchRouteTests.fireflyTerm, extra), method: .get) { response in
                    #expect(response.status == .badRequest, "\(extra)")
                    let object = try SearchRouteTests.json(response.body)
                    #expect(object["error"] as? String == "bad_parameter", "\(extra)")
                }
                try await client.execute(uri: SearchRouteTests.page(SearchRouteTests.fireflyTerm, extra), method: .get) { response in
                    #expect(response.status == .badRequest, "\(extra)")
                    #expect(response.headers[.contentType]?.hasPrefix("text/html") == true, "\(extra)")
                }
            }
        }
    }

    @Test func thePageShowsFiltersAsChipsAndLinksKeepThem() async throws {
        try await routes.withSite { client, site in
            let term = SearchRouteTests.encode(SearchRouteTests.fireflyTerm)
            let tag = SearchRouteTests.encode("双数")
            try await client.execute(uri: "/search?q=\(term)&tag=\(tag)&pages=1&sort=newest", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("找到 12 篇相关文档"))
                #expect(html.contains("<a href=\"/search?q=\(term)&amp;pages=1&amp;sort=newest\" aria-label=\"去掉筛选：标签：双数\">标签：双数"))
                #expect(html.contains("<a href=\"/search?q=\(term)&amp;tag=\(tag)&amp;sort=newest\" aria-label=\"去掉筛选：篇幅：1 页\">"))
                #expect(html.contains("<a class=\"clear-filters\" href=\"/search?q=\(term)&amp;sort=newest\">清除筛选</a>"))
                #expect(html.contains("href=\"/search?q=\(term)&amp;tag=\(tag)&amp;pages=1&amp;sort=newest&amp;page=2\""))
                #expect(html.contains("<a href=\"/search?q=\(term)&amp;tag=\(tag)&amp;pages=1\">相关度</a>"))
                #expect(html.contains("aria-current=\"true\">最新发布</a>"))
                #expect(html.contains("<input type=\"hidden\" name=\"sort\" value=\"newest\">"))
                #expect(html.contains("<option value=\"1\" selected>1 页</option>"))
                #expect(html.contains("<details class=\"search-filters\" open>"))
            }
            try await client.execute(uri: "/search?q=\(term)&tag=nothing&lang=en", method: .get) { response in
                #expect(String(buffer: response.body).contains("The library has no tag “nothing”, so nothing is found."))
            }
            _ = site
        }
    }

    @Test func didYouMeanOffersTheOneCharacterChangeThatFindsMost() async throws {
        try await routes.withSite { client, site in
            // 萤火 with its second character wrong: 萤光 is nowhere, 萤火 in 25 documents.
            try await client.execute(uri: SearchRouteTests.page("萤光", "&c=\(site.fireflySlug)"), method: .get) { response in
                let html = String(buffer: response.body)
                let slug = SearchRouteTests.encode(site.fireflySlug).replacingOccurrences(of: "%2D", with: "-")
                let href = "/search?q=\(SearchRouteTests.encode("萤火"))&amp;c=\(slug)"
                #expect(html.contains("您是不是要找：<a href=\"\(href)\">萤火</a>（20 篇）"))
            }
            try await client.execute(uri: SearchRouteTests.api("萤光"), method: .get) { response in
                let object = try SearchRouteTests.json(response.body)
                #expect(object["suggestion"] as? String == "萤火")
            }
            try await client.execute(uri: SearchRouteTests.api("萤火"), method: .get) { response in
                let object = try SearchRouteTests.json(response.body)
                #expect(object["suggestion"] == nil, "only when nothing is found")
            }
            // Escaped where it is shown.
            try await client.execute(uri: SearchRouteTests.page("<萤光>"), method: .get) { response in
                #expect(!String(buffer: response.body).contains("<萤"))
            }
        }
    }

    @Test func randomParametersNeverTrap() async throws {
        try await routes.withSite { client, _ in
            var generator = SystemRandomNumberGenerator()
            let pieces = ["-", "0", "1", "9", "99999999999999999999", "2024", "02", "13", "31", "+", "%2B", "abc", "", "-1"]
            for _ in 0..<60 {
                let value = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                let name = ["pages", "from", "to", "time", "sort", "tag", "c"].randomElement(using: &generator) ?? "pages"
                try await client.execute(uri: SearchRouteTests.api("萤火", "&\(name)=\(value)"), method: .get) { response in
                    #expect([200, 301, 308, 400].contains(response.status.code), "\(name)=\(value)")
                }
            }
        }
    }
}
