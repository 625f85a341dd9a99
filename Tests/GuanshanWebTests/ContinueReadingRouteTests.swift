import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// A signed-in reader goes on where they stopped: the home page lists the three documents read last,
/// the history says where to go on (issue 20 item 1).
@Suite struct ContinueReadingRouteTests {
    @Test func theHomePageAndTheHistoryOfferToGoOn() async throws {
        try await AccountRouteTests().withSite { site, client in
            let alice = Browser(client)
            try await alice.logIn("alice")
            #expect(!(try await alice.get("/").body.contains("继续阅读")), "nothing read yet")
            let documents = try await site.library.reading.home().newest.map(\.id)
            for id in documents.prefix(4) { try await alice.get("/d/\(id)") }
            try await alice.get("/d/\(site.document)/2")
            // Readings are written in batches, like views; the history writes what waits.
            try await alice.get("/me/history")
            let home = try await alice.get("/").body
            #expect(home.contains(#"<section class="panel continue-list"><h2>继续阅读</h2>"#))
            #expect(home.contains(#"href="/d/\#(site.document)/2">继续阅读第2页</a>"#), "the page reached last")
            #expect(home.components(separatedBy: "继续阅读第").count - 1 == 3, "the three read last")
            #expect(try await alice.get("/me/history").body.contains("继续阅读第2页"))
            #expect(!(try await Browser(client).get("/").body.contains("继续阅读")), "a visitor has nothing to go on with")
        }
    }

    /// Fragments never reach the server, so the links a signed-in reader follows to a block say it in
    /// `?b=`; the place comes back in every continue link.
    @Test func theBlockALinkLedToComesBackInEveryContinueLink() async throws {
        try await AccountRouteTests().withSite { site, client in
            let id = site.document
            let second = try await site.library.reading.readPage(id: id, pageNumber: 2)
            let block = try #require(second.blocks.last?.index)
            let alice = Browser(client)
            try await alice.logIn("alice")
            #expect(try await alice.get("/d/\(id)/2?b=\(block)").status == .ok)
            let link = #"href="/d/\#(id)/2?b=\#(block)#b\#(block)""#
            #expect(try await alice.get("/d/\(id)").body.contains(#"<p class="continue"><a \#(link)>继续阅读第2页</a></p>"#))
            #expect(try await alice.get("/me/history").body.contains(link))
            #expect(try await alice.get("/").body.contains(link))
            let api = try await alice.get("/api/v1/users/\(try #require(site.users["alice"]).id)/history").body
            #expect(api.contains(#""block":\#(block)"#) && api.contains(#"?b=\#(block)#b\#(block)"#))
            for bad in ["x", "-1", "99999999999999999999999"] {
                #expect(try await alice.get("/d/\(id)/2?b=\(bad)").status == .badRequest, "?b=\(bad)")
            }
            // A visitor's pages link blocks without `?b=`: crawlers see one address a page.
            let visitor = try await Browser(client).get("/search?q=%E7%9A%84").body
            #expect(visitor.contains("#b") && !visitor.contains("?b="))
            #expect(try await alice.get("/search?q=%E7%9A%84").body.contains("?b="))
        }
    }
}
