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
}
