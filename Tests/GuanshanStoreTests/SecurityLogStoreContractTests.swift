import Foundation
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of the security log on each store.
@Suite struct SecurityLogStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + seconds) }

    @Test(arguments: StoreKind.allCases) func eventsAreKeptFilteredAndPruned(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let events = [
            SecurityEvent(at: Self.time(1), kind: .signInFailed, actorName: "Admin", address: "203.0.113.9"),
            SecurityEvent(at: Self.time(2), kind: .signIn, actorID: 1, actorName: "admin", address: "198.51.100.7"),
            SecurityEvent(at: Self.time(3), kind: .roleChanged, actorID: 1, actorName: "admin", address: "198.51.100.7", subject: "读者甲",
                          detail: "reader → editor"),
            SecurityEvent(at: Self.time(86_400), kind: .settingsChanged, actorID: 1, actorName: "admin", detail: "site.name"),
        ]
        for event in events { try await store.recordSecurityEvent(event) }

        let all = try await store.securityEvents(SecurityEventQuery())
        #expect(all.total == 4)
        #expect(all.events.map(\.kind) == [.settingsChanged, .roleChanged, .signIn, .signInFailed], "newest first")
        let changed = try #require(all.events.first { $0.kind == .roleChanged })
        #expect(changed.subject == "读者甲" && changed.detail == "reader → editor" && changed.actorID == 1 && changed.at == Self.time(3))

        #expect(try await store.securityEvents(SecurityEventQuery(kind: .signIn)).events.map(\.address) == ["198.51.100.7"])
        #expect(try await store.securityEvents(SecurityEventQuery(who: "ADMIN")).total == 4, "names match whatever their case")
        #expect(try await store.securityEvents(SecurityEventQuery(who: "203.0.113")).events.map(\.kind) == [.signInFailed])
        #expect(try await store.securityEvents(SecurityEventQuery(who: "%")).total == 0, "the text is matched as written, not as a pattern")
        let day = try await store.securityEvents(SecurityEventQuery(since: Self.time(2), until: Self.time(86_400)))
        #expect(day.events.map(\.kind) == [.roleChanged, .signIn], "since included, until not")
        let paged = try await store.securityEvents(SecurityEventQuery(offset: 1, limit: 2))
        #expect(paged.total == 4 && paged.events.map(\.kind) == [.roleChanged, .signIn])

        try await store.deleteSecurityEvents(before: Self.time(3))
        #expect(try await store.securityEvents(SecurityEventQuery()).events.map(\.kind) == [.settingsChanged, .roleChanged])
    }
}
