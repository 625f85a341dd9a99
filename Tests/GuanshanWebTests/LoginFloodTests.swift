import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct LoginFloodTests {
    /// Logins at the real scrypt cost hash on their own thread: pages are served while the flood is being
    /// worked through, not after it.
    @Test func aLoginFloodDoesNotStallPages() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .standard)
        try await library.seedDemoDocumentsIfEmpty()
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
            let clock = ContinuousClock()
            let started = clock.now
            async let flood: [HTTPResponse.Status] = withTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        let browser = Browser(client)
                        _ = try? await browser.get("/login")
                        return (try? await browser.post("/login", [("name", "user\(index)"), ("password", "wrong password")]).status) ?? .internalServerError
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            try await Task.sleep(for: .milliseconds(50))
            for _ in 0..<5 {
                try await client.execute(uri: "/d/1", method: .get) { #expect($0.status == .ok) }
            }
            let pagesDone = started.duration(to: clock.now)
            let statuses = await flood
            let floodDone = started.duration(to: clock.now)
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .serviceUnavailable })
            // Were hashing in the way, the pages would end with the last login; the other suites running
            // at the same time on two cores slow both, so the margin is wide.
            #expect(pagesDone < floodDone / 2, "pages took \(pagesDone) while the logins took \(floodDone)")
        }
    }
}
