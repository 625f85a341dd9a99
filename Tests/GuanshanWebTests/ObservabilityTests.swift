import Foundation
import GRDB
import GuanshanLibrary
@testable import GuanshanStore
import GuanshanTestSupport
import GuanshanWeb
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// What an operator watches (issue 17, item 8): `/metrics` in Prometheus's format, read back by
/// Prometheus's own parser, behind a token or on a port of its own; a request id in every response and
/// log line of the request; a log line for each slow request.
@Suite struct ObservabilityTests {
    static let token = "test-metrics-token-0123456789"
    static let bearer: HTTPFields = [.authorization: "Bearer \(token)"]

    static func library() async throws -> Library {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        try await library.editorial.seedDemoDocumentsIfEmpty()
        return library
    }

    /// One family of the metrics as `Tests/oracles/metrics_check.py` read it.
    struct Family: Decodable {
        var type: String
        var samples: [Sample]

        struct Sample: Decodable {
            var name: String
            var labels: [String: String]
            var value: Double

            init(from decoder: any Decoder) throws {
                var row = try decoder.unkeyedContainer()
                name = try row.decode(String.self)
                labels = try row.decode([String: String].self)
                value = try row.decode(Double.self)
            }
        }

        /// The value of the sample `name` whose labels include `labels`.
        func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
            samples.first { sample in sample.name == name && labels.allSatisfy { sample.labels[$0.key] == $0.value } }?.value
        }
    }

    /// The families of a metrics text, after the parser took it without complaint.
    static func parsed(_ text: String) throws -> [String: Family] {
        let folder = try TemporaryFolder()
        let file = try folder.write("metrics.txt", Data(text.utf8))
        let result = try Command.oracle("metrics_check.py", [file])
        try #require(result.status == 0, "\(result.output)\n\(text)")
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "+Inf", negativeInfinity: "-Inf", nan: "NaN")
        return try decoder.decode([String: Family].self, from: Data(result.output.utf8))
    }

    @Test func metricsOnThePublicPortNeedTheToken() async throws {
        let library = try await Self.library()
        try await Application(router: try buildRouter(library: library)).test(.router) { client in
            let answered = try await client.execute(uri: "/metrics", method: .get)
            #expect(answered.status == .notFound, "no token, no metrics")
        }
        let configuration = WebConfiguration(metricsToken: Self.token)
        try await Application(router: try buildRouter(library: library, configuration: configuration)).test(.router) { client in
            let refusals: [HTTPFields] = [
                [:], [.authorization: "Bearer"], [.authorization: "Bearer \(Self.token.dropLast())x"],
                [.authorization: "Bearer \(Self.token)x"], [.authorization: "Basic \(Self.token)"], [.authorization: Self.token],
            ]
            for headers in refusals {
                let refused = try await client.execute(uri: "/metrics", method: .get, headers: headers)
                #expect(refused.status == .unauthorized, "\(headers)")
                #expect(refused.headers[.wwwAuthenticate] == "Bearer realm=\"metrics\"")
                #expect(!String(buffer: refused.body).contains("guanshan_"))
            }
            let answered = try await client.execute(uri: "/metrics", method: .get, headers: Self.bearer)
            #expect(answered.status == .ok)
            #expect(answered.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            #expect(answered.headers[.cacheControl] == "no-store")
            _ = try Self.parsed(String(buffer: answered.body))
        }
    }

    @Test func metricsCountRequestsBySearchesRouteAndStatusAndShowTheLibrary() async throws {
        let library = try await Self.library()
        let configuration = WebConfiguration(metricsToken: Self.token)
        try await Application(router: try buildRouter(library: library, configuration: configuration)).test(.router) { client in
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/search?q=%E9%80%9A%E7%9F%A5", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/search?q=%E9%80%9A%E7%9F%A5", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/d/999999", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/no/such/page", method: .get).status == .notFound)
            let text = String(buffer: try await client.execute(uri: "/metrics", method: .get, headers: Self.bearer).body)
            let families = try Self.parsed(text)

            let requests = try #require(families["guanshan_http_requests"])
            #expect(requests.type == "counter")
            let total = "guanshan_http_requests_total"
            #expect(requests.value(total, ["route": "/", "method": "GET", "status": "200"]) == 1)
            #expect(requests.value(total, ["route": "/search", "method": "GET", "status": "200"]) == 1)
            #expect(requests.value(total, ["route": "/d/{id}", "status": "404"]) == 1, "by the route's pattern, not its path")
            #expect(requests.value(total, ["route": "NotFound", "status": "404"]) == 1)
            #expect(!text.contains("999999") && !text.contains("/no/such/page"))

            let durations = try #require(families["guanshan_http_request_duration_seconds"])
            #expect(durations.type == "histogram")
            #expect(durations.value("guanshan_http_request_duration_seconds_count", ["route": "/search"]) == 1)
            #expect(durations.value("guanshan_http_request_duration_seconds_bucket", ["route": "/search", "le": "+Inf"]) == 1)
            #expect(families["guanshan_search_duration_seconds"]?.value("guanshan_search_duration_seconds_count") == 2)
            #expect(families["guanshan_http_requests_in_flight"]?.value("guanshan_http_requests_in_flight") == 1, "the scrape itself")

            #expect(families["guanshan_library_readable"]?.value("guanshan_library_readable") == 1)
            #expect(families["guanshan_search_index_documents_behind"]?.value("guanshan_search_index_documents_behind") == 0)
            #expect(families["guanshan_layout_job_running"]?.value("guanshan_layout_job_running") == 0)
            let store = try #require(families["guanshan_store_requests"])
            #expect(store.type == "counter")
            #expect((store.value("guanshan_store_requests_total") ?? 0) > 5)
            #expect((families["guanshan_store_connections_max"]?.value("guanshan_store_connections_max") ?? 0) >= 1)
            #if os(Linux)
            #expect((families["process_resident_memory_bytes"]?.value("process_resident_memory_bytes") ?? 0) > Double(1 << 20))
            #expect(families["process_cpu_seconds"]?.type == "counter")
            let started = families["process_start_time_seconds"]?.value("process_start_time_seconds") ?? 0
            #expect(abs(started - Date().timeIntervalSince1970) < 24 * 3600)
            #endif

            // A second scrape: counters only grow, the store's by what happened in between.
            let again = try Self.parsed(String(buffer: try await client.execute(uri: "/metrics", method: .get, headers: Self.bearer).body))
            #expect((again["guanshan_store_requests"]?.value("guanshan_store_requests_total") ?? 0) >= store.value("guanshan_store_requests_total") ?? 0)
            #expect(again["guanshan_http_requests"]?.value(total, ["route": "/", "status": "200"]) == 1)
        }
    }

    /// A library the node cannot read says so, and what it cannot read is unknown (NaN), not the last value.
    @Test func whatCannotBeReadIsUnknown() async throws {
        let store = try SQLiteStore.inMemory()
        let library = Library(store: store, passwordCost: .testing)
        let configuration = WebConfiguration(metricsToken: Self.token)
        try await Application(router: try buildRouter(library: library, configuration: configuration)).test(.router) { client in
            let before = try Self.parsed(String(buffer: try await client.execute(uri: "/metrics", method: .get, headers: Self.bearer).body))
            #expect(before["guanshan_search_index_documents_behind"]?.value("guanshan_search_index_documents_behind") == 0)
            // The job table gone: as a database the node can no longer read would fail.
            try await store.writer.base.write { db in try db.execute(sql: "DROP TABLE job_file; DROP TABLE job") }
            let after = try Self.parsed(String(buffer: try await client.execute(uri: "/metrics", method: .get, headers: Self.bearer).body))
            #expect(after["guanshan_library_readable"]?.value("guanshan_library_readable") == 0)
            #expect(after["guanshan_search_index_documents_behind"]?.value("guanshan_search_index_documents_behind")?.isNaN == true)
            #expect(after["guanshan_import_jobs"]?.value("guanshan_import_jobs", ["state": "failed"])?.isNaN == true)
        }
    }

    @Test func everyResponseCarriesARequestIDThatItsLogLinesCarry() async throws {
        let library = try await Self.library()
        let lines = LogLines()
        let logger = Logger(label: "test") { _ in lines.handler }
        let configuration = WebConfiguration(slowRequestThreshold: .zero)
        try await Application(router: try buildRouter(library: library, configuration: configuration), logger: logger).test(.router) { client in
            let first = try #require(try await client.execute(uri: "/", method: .get).headers[.requestID])
            let second = try #require(try await client.execute(uri: "/", method: .get).headers[.requestID])
            #expect(!first.isEmpty && first != second)
            let proxied = "edge-42.a_B"
            let untrusted = try await client.execute(uri: "/", method: .get, headers: [.requestID: proxied])
            #expect(untrusted.headers[.requestID] != proxied, "only a trusted proxy's id is kept (ids through the server below)")
            for forged in ["a b", String(repeating: "a", count: 65), "x;y", "id\u{7F}"] {
                let answered = try await client.execute(uri: "/", method: .get, headers: [.requestID: forged])
                let id = try #require(answered.headers[.requestID])
                #expect(id != forged && !id.isEmpty)
            }
            #expect(try await client.execute(uri: "/no/such/page", method: .get).headers[.requestID] != nil, "error pages too")

            let slow = lines.all.filter { $0.message == "slow request" }
            let firstLine = try #require(slow.first { $0.metadata["hb.request.id"] == first })
            #expect(firstLine.level == .warning)
            #expect(firstLine.metadata["route"] == "/" && firstLine.metadata["status"] == "200" && firstLine.metadata["method"] == "GET")
            #expect(firstLine.metadata["ms"].flatMap(Int.init) != nil)
            #expect(slow.contains { $0.metadata["path"] == "/no/such/page" && $0.metadata["status"] == "404" })
        }
    }

    @Test func fastRequestsAreNotLogged() async throws {
        let library = try await Self.library()
        let lines = LogLines()
        let logger = Logger(label: "test") { _ in lines.handler }
        try await Application(router: try buildRouter(library: library, configuration: WebConfiguration(slowRequestThreshold: .seconds(60))), logger: logger)
            .test(.router) { client in
                let answered = try await client.execute(uri: "/", method: .get)
                #expect(answered.status == .ok)
            }
        #expect(!lines.all.contains { $0.message == "slow request" })
    }

    /// Through the whole server: pages the connection answers from the cache are counted too, and a
    /// metrics port of its own answers without a token, with nothing else.
    @Test func cachedPagesAreCountedAndTheMetricsPortNeedsNoToken() async throws {
        let library = try await Self.library()
        let metricsPort = try await LiveNode.freePort()
        let configuration = WebConfiguration(port: 0, trustedProxies: ["127.0.0.1"], metricsPort: metricsPort)
        let app = try buildApplication(library: library, configuration: configuration, logger: Logger(label: "test"))
        try await app.test(.live) { client in
            #expect(try await client.execute(uri: "/metrics", method: .get).status == .notFound, "not on the site's port without a token")
            try await TestClient.local(port: metricsPort) { metrics in
                let other = try await metrics.get("/")
                #expect(other.status == .notFound)
            }
            // The home page, until the cache answers it (the first is rendered; while the site settles
            // after its start, a page may be rendered again): every request counted once, by one or the other.
            var sent = 0.0
            var (routed, cached) = (0.0, 0.0)
            for _ in 0..<20 where cached == 0 {
                for _ in 0..<3 {
                    #expect(try await client.execute(uri: "/", method: .get).status == .ok)
                    sent += 1
                }
                let text = try await TestClient.local(port: metricsPort) { metrics in
                    let answered = try await metrics.get("/metrics")
                    #expect(answered.status == .ok)
                    return answered.body.map { String(buffer: $0) } ?? ""
                }
                let requests = try #require(try Self.parsed(text)["guanshan_http_requests"])
                routed = requests.value("guanshan_http_requests_total", ["route": "/", "status": "200"]) ?? 0
                cached = requests.value("guanshan_http_requests_total", ["route": "(page cache)", "method": "GET", "status": "200"]) ?? 0
            }
            #expect(cached >= 1 && routed >= 1)
            #expect(routed + cached == sent)

            let forwarded = try await client.execute(uri: "/search?q=x", method: .get, headers: [.requestID: "edge-42.a_B"])
            #expect(forwarded.headers[.requestID] == "edge-42.a_B", "a trusted proxy's id is kept")
            for forged in ["a b", String(repeating: "a", count: 65), "x;y"] {
                let answered = try await client.execute(uri: "/search?q=x", method: .get, headers: [.requestID: forged])
                #expect(answered.headers[.requestID] != forged, "not a plain token, even from the proxy")
            }
        }
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}

/// The log lines of a test's site.
final class LogLines: Sendable {
    struct Line: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    private let lines = Mutex<[Line]>([])

    var all: [Line] { lines.withLock { $0 } }

    var handler: Handler { Handler(lines: self) }

    func append(_ line: Line) { lines.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let lines: LogLines
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            lines.append(Line(level: event.level, message: event.message.description, metadata: merged.mapValues(\.description)))
        }
    }
}
