import Foundation
import GuanshanLibrary
import GuanshanTestSupport
import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// What an API token may do through the API, by its scope, and how an expired one is answered.
@Suite struct TokenRouteTests {
    @Test func aTokenDoesWhatItsScopeAllowsAndNothingOnceExpired() async throws {
        let clock = ManualClock()
        let library = Library(store: try await TestStore.make(), passwordCost: .testing, now: { clock.now })
        try await library.editorial.seedDemoDocumentsIfEmpty()
        _ = try await library.accounts.addUser(name: "root", password: "correct horse", role: .admin)
        let session = try #require(try await library.accounts.visitor(
            sessionSecret: try await library.accounts.logIn(name: "root", password: "correct horse", client: nil).sessionSecret))
        var made: [String: String] = [:]
        for scope in ["read", "read-write", "admin"] {
            made[scope] = try await library.accounts.createToken(session, name: scope, scope: scope, days: 7).secret
        }
        let tokens = made
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            func call(_ scope: String, _ method: HTTPRequest.Method, _ uri: String) async throws -> (HTTPResponse.Status, String) {
                let response = try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer \(tokens[scope]!)"])
                return (response.status, String(buffer: response.body))
            }
            #expect(try await call("read", .get, "/api/v1/me").0 == .ok)
            let write = try await call("read", .put, "/api/v1/users/me/favorites/1")
            #expect(write.0 == .forbidden && write.1.contains(#""error":"outside_token_scope""#) && write.1.contains("scope (read)"))
            #expect(try await call("read-write", .put, "/api/v1/users/me/favorites/1").0 == .noContent)
            #expect(try await call("read-write", .get, "/api/v1/admin/users").0 == .forbidden, "admin routes need an admin token")
            #expect(try await call("read", .get, "/api/v1/admin/users").0 == .forbidden)
            #expect(try await call("admin", .get, "/api/v1/admin/users").0 == .ok)
            clock.advance(7 * 86_400)
            let expired = try await call("admin", .get, "/api/v1/me")
            #expect(expired.0 == .unauthorized && expired.1.contains(#""error":"token_expired""#))
        }
    }
}
