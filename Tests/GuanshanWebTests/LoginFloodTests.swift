import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@Suite struct LoginFloodTests {
    /// Logins wait for the password worker, never the threads that serve pages: while the worker is held
    /// busy, pages are still served, and the waiting logins are answered once it is free.
    @Test func loginsWaitingForTheirHashDoNotStallPages() async throws {
        let worker = PasswordWorker()
        let library = Library(store: try await TestStore.make(), passwordCost: .testing, passwordWorker: worker)
        try await library.editorial.seedDemoDocumentsIfEmpty()
        let app = Application(router: try buildRouter(library: library))
        let gate = DispatchSemaphore(value: 0)
        let seen = Seen()
        let busy = Task { try await worker.run { gate.wait() } }
        try await app.test(.router) { client in
            try await Task.sleep(for: .milliseconds(50))
            async let flood: [HTTPResponse.Status] = withTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        let browser = Browser(client)
                        _ = try? await browser.get("/login")
                        let status = (try? await browser.post("/login", [("name", "user\(index)"), ("password", "wrong password")]).status) ?? .internalServerError
                        seen.answered.withLock { $0 += 1 }
                        return status
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            try await Task.sleep(for: .milliseconds(50))
            // Were pages stuck behind the worker, the test would end here instead of hanging (the wait is
            // long because the other suites share the machine).
            DispatchQueue.global().asyncAfter(deadline: .now() + 120 * Double(TestTime.scale)) {
                seen.forcedOpen.withLock { $0 = true }
                gate.signal()
            }
            for _ in 0..<5 {
                try await client.execute(uri: "/d/1", method: .get) { #expect($0.status == .ok) }
            }
            #expect(seen.answered.withLock { $0 } == 0, "the logins wait for the worker")
            #expect(!seen.forcedOpen.withLock { $0 }, "pages were served while the worker was busy")
            gate.signal()
            let statuses = await flood
            #expect(statuses.count == 6 && statuses.allSatisfy { $0 == .unauthorized })
        }
        try await busy.value
    }

    private final class Seen: Sendable {
        let answered = Mutex(0)
        let forcedOpen = Mutex(false)
    }
}
