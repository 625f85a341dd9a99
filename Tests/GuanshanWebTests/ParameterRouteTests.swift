import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Every number and name a request carries passes the parameter door: huge, negative and malformed
/// values get 400 or 404 (JSON under the API), never arithmetic on an unchecked number; a number
/// written in another form redirects to its canonical address.
@Suite struct ParameterRouteTests {
    static let hostile = [
        "0", "-1", "9223372036854775807", "-9223372036854775808", "4611686018427387904", "2305843009213693952",
        "9223372036854775808", "1234567890123456789012345678901234567890", "abc", "1e3", "%00", "%FF%FE", "+1", " 1", "0x10",
        String(repeating: "9", count: 5000),
    ]

    @Test func hostileNumbersNeverStopTheSite() async throws {
        try await RouteTests().withSite { client, seed, _ in
            var uris: [String] = []
            for value in Self.hostile {
                uris += [
                    "/t/any?page=\(value)", "/c/guide?page=\(value)", "/api/v1/documents?page=\(value)", "/d/\(value)", "/d/\(seed)/\(value)",
                    "/d/\(seed)/qr.svg?page=\(value)", "/search?q=a&page=\(value)", "/api/v1/search?q=a&limit=\(value)",
                    "/api/v1/search?q=a&offset=\(value)", "/sitemap-\(value).xml", "/api/v1/documents/\(value)",
                    "/api/v1/documents/\(seed)?page=\(value)", "/d/\(value)/download.txt",
                ]
            }
            for uri in uris {
                let response = try await client.execute(uri: uri, method: .get)
                let valid = uri.hasSuffix("limit=0") || uri.hasSuffix("offset=0") || uri.hasSuffix("limit=1") || uri.hasSuffix("offset=1")
                #expect(valid || [400, 404, 301].contains(response.status.code), "\(uri.prefix(120)): \(response.status)")
                if uri.hasPrefix("/api/"), response.status.code >= 400 {
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                }
            }
        }
    }

    @Test func theIssuesThreeRequestsAreAnswered() async throws {
        try await RouteTests().withSite { client, _, _ in
            for uri in ["/t/any?page=2305843009213693952", "/c/guide?page=4611686018427387904", "/api/v1/documents?page=9223372036854775807"] {
                let status = try await client.execute(uri: uri, method: .get).status
                #expect(status == .notFound, "\(uri): \(status)")
            }
            let malformed = try await client.execute(uri: "/api/v1/documents?page=x", method: .get)
            #expect(malformed.status == .badRequest && String(buffer: malformed.body).contains(#""error":"bad_parameter""#))
            let page = try await client.execute(uri: "/c/guide?page=-1", method: .get)
            #expect(page.status == .badRequest && String(buffer: page.body).contains("地址有误"))
        }
    }

    @Test func nonCanonicalNumbersRedirect() async throws {
        try await RouteTests().withSite { client, seed, _ in
            let cases = [
                ("/d/0\(seed)", "/d/\(seed)"), ("/d/000\(seed)/2", "/d/\(seed)/2"), ("/d/\(seed)/02", "/d/\(seed)/2"),
                ("/d/0\(seed)/all", "/d/\(seed)/all"), ("/c/guide?page=01", "/c/guide?page=1"),
                ("/search?q=%E6%96%87&page=002", "/search?q=%E6%96%87&page=2"), ("/api/v1/documents/0\(seed)", "/api/v1/documents/\(seed)"),
            ]
            for (asked, canonical) in cases {
                let response = try await client.execute(uri: asked, method: .get)
                #expect(response.status == .movedPermanently, "\(asked)")
                #expect(response.headers[.location] == canonical, "\(asked)")
            }
            let post = try await client.execute(uri: "/api/v1/admin/documents/0\(seed)/trash", method: .post)
            #expect(post.status != .movedPermanently, "only GET and HEAD are redirected")
        }
    }

    @Test func theParserRefusesWhatCannotBeAValue() {
        #expect(Identifier(parameter: "1")?.value == 1)
        #expect(Identifier(parameter: "999999999999999999")?.value == 999_999_999_999_999_999)
        for text in ["", "0", "-1", "+1", "1000000000000000000", "１", "1 ", "٣"] {
            #expect(Identifier(parameter: text) == nil, "\(text)")
        }
        #expect(Identifier(parameter: "007")?.canonical == "7")
        #expect(PageNumber(parameter: "1000000")?.value == 1_000_000)
        #expect(PageNumber(parameter: "1000001") == nil)
        #expect(SitemapNumber(parameter: "3.xml")?.number == 3)
        #expect(SitemapNumber(parameter: "9223372036854775807.xml") == nil)
        #expect(Name(parameter: "标签") != nil)
        #expect(Name(parameter: "a\u{0}b") == nil)
        #expect(Name(parameter: String(repeating: "长", count: 201)) == nil)
    }
}
