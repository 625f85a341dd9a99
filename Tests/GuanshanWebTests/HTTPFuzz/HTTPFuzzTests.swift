import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// The route fuzzer on every route of the router's table, as a visitor, a reader, an editor, an admin
/// and an API token. The test suite's short pass sends every capture every hostile value and every
/// query name of the GET routes the core ones, the callers taking turns, then mutations of real
/// requests for a few seconds. `Scripts/fuzz-http SECONDS` (`GUANSHAN_FUZZ_SECONDS`) sends everything
/// as every caller, then mutations until the time is up; `GUANSHAN_FUZZ_SEED` repeats a run.
@Suite struct HTTPFuzzTests {
    static var longRun: Int? { ProcessInfo.processInfo.environment["GUANSHAN_FUZZ_SECONDS"].flatMap(Int.init) }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["GUANSHAN_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_206 }

    @Test func noRequestStopsTheSiteOrFailsIt() async throws {
        let site = try await AccountRouteTests.makeSite()
        let router = try buildRouter(library: site.library)
        let routes = FuzzRoute.all(of: router)
        #expect(routes.count > 50, "the router's own table")
        var callers = [HTTPFuzzer.Caller(name: "visitor")]
        for (name, role) in [("alice", "reader"), ("editor", "editor"), ("root", "admin")] {
            let signedIn = try await site.library.accounts.logIn(name: name, password: "correct horse", client: nil)
            let visitor = try #require(try await signedIn.asVisitor(site.library))
            let token = try await site.library.formKey.token(for: "session:" + (visitor.sessionHash ?? ""))
            callers.append(HTTPFuzzer.Caller(name: role, headers: [.cookie: "gs_session=\(signedIn.sessionSecret)"], formToken: token))
        }
        let admin = try #require(try await site.library.accounts.logIn(name: "root", password: "correct horse", client: nil).asVisitor(site.library))
        let token = try await site.library.accounts.createToken(admin, name: "fuzz", scope: "admin").secret
        callers.append(HTTPFuzzer.Caller(name: "API token", headers: [.authorization: "Bearer \(token)"]))

        let category = try #require(try await site.library.reading.home().categories.first?.slug)
        var prepared = HTTPFuzzer(routes: routes, callers: callers, realValues: [
            "id": String(site.document), "slug": category, "tag": "指南", "name": "指南", "part": "1.xml", "page": "2", "user": "me",
            "file": "site-\(Stylesheet.version).css", "secret": "x",
        ])
        prepared.sparing = ["/logout", "/me/delete", "/me/password", "/me/tokens/", "/api/v1/me"]
        let ready = prepared
        let fuzzer = try await Application(router: router).test(.router) { client in
            var fuzzer = ready
            await fuzzer.run(through: client, thorough: Self.longRun != nil, for: .seconds(Self.longRun ?? 5), seed: Self.seed)
            return fuzzer
        }
        let statuses = fuzzer.statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        print("HTTP fuzz: \(routes.count) routes, \(fuzzer.sent) requests, seed \(Self.seed); statuses \(statuses)")
        print("HTTP fuzz: slowest \(fuzzer.slowestSeen.map { "\($0.request): \($0.took)" }.joined(separator: "; "))")
        #expect(fuzzer.failures.isEmpty, "\(fuzzer.failures.prefix(30).map(\.description).joined(separator: "\n"))")
    }
}
