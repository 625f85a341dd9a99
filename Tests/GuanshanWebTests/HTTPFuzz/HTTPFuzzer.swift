import Foundation
import GuanshanTestSupport
import Hummingbird
import HummingbirdTesting
import NIOCore

/// Sends hostile requests to every route of the router's table, as every kind of caller, and keeps
/// what went wrong: a 5xx (but 503, the store away), an answer slower than `slowest`, or a request
/// the client could not complete. A trap ends the test process, which fails the run as loudly.
struct HTTPFuzzer: Sendable {
    struct Caller: Sendable {
        let name: String
        var headers: HTTPFields = [:]
        /// The form token for this caller's forms (`_csrf`), so that bodies reach the routes.
        var formToken: String?
    }

    struct Request: Sendable {
        var method: HTTPRequest.Method
        var uri: String
        var headers: HTTPFields = [:]
        var body: String?
    }

    struct Failure: CustomStringConvertible, Sendable {
        let caller: String
        let request: String
        let problem: String
        var description: String { "\(caller) \(request): \(problem)" }
    }

    let routes: [FuzzRoute]
    let callers: [Caller]
    /// A value that names something real for each capture name (`id`: a published document), so that
    /// one parameter at a time is hostile and the others reach the route.
    let realValues: [String: String]
    var slowest: Duration = TestTime.bound(.seconds(2))
    /// Paths the signed-in callers are not sent, where sending them would end their own session or token.
    var sparing: Set<String> = []

    private(set) var sent = 0
    private(set) var failures: [Failure] = []
    private(set) var statuses: [Int: Int] = [:]
    /// The slowest answers seen, slowest first.
    private(set) var slowestSeen: [(took: Duration, request: String)] = []

    init(routes: [FuzzRoute], callers: [Caller], realValues: [String: String]) {
        self.routes = routes
        self.callers = callers
        self.realValues = realValues
    }

    /// A route's path with real values in every capture.
    func realPath(_ route: FuzzRoute) -> String {
        route.path { realValues[$0] ?? "1" }
    }

    /// Every capture of every route given every hostile value; every query name given every hostile
    /// value (`thorough`) or the core ones, on every route (`thorough`) or the GET routes; repeated
    /// query names.
    func systematicRequests(thorough: Bool) -> [Request] {
        var requests: [Request] = []
        for route in routes {
            for name in Set(route.captureNames).sorted() {
                for value in HostileInput.values {
                    requests.append(Request(method: route.method, uri: route.path { $0 == name ? value : realValues[$0] ?? "1" }))
                }
            }
            let path = realPath(route)
            requests.append(Request(method: route.method, uri: path))
            guard thorough || route.method == .get else { continue }
            for name in HostileInput.queryNames {
                for value in thorough ? HostileInput.values : HostileInput.core {
                    requests.append(Request(method: route.method, uri: "\(path)?\(name)=\(value)"))
                }
                requests.append(Request(method: route.method, uri: "\(path)?\(name)=1&\(name)=-1&\(name)=\(HostileInput.numbers[3])"))
            }
        }
        return requests
    }

    /// A real request of a random route, then changed at random: values spliced in, cut, repeated, a
    /// hostile header, cookie or body.
    func mutatedRequest(using random: inout some RandomNumberGenerator) -> Request {
        let route = routes.randomElement(using: &random)!
        var uri = Array(realPath(route) + (Bool.random(using: &random) ? "?page=2&q=%E6%96%87" : ""))
        for _ in 0...Int.random(in: 0...3, using: &random) {
            let at = Int.random(in: 0...uri.count, using: &random)
            switch Int.random(in: 0...3, using: &random) {
            case 0: uri.insert(contentsOf: HostileInput.splices.randomElement(using: &random)!, at: at)
            case 1: uri.insert(contentsOf: HostileInput.values.randomElement(using: &random)!, at: at)
            case 2 where at < uri.count: uri.remove(at: at)
            default: uri.insert(contentsOf: String(uri[..<at]), at: at)
            }
        }
        var text = String(uri)
        if !text.hasPrefix("/") { text = "/" + text }
        var request = Request(method: route.method, uri: text)
        switch Int.random(in: 0...5, using: &random) {
        case 0: request.headers[.cookie] = String(repeating: "gs_session=\(HostileInput.values.randomElement(using: &random)!); ", count: 200)
        case 1: request.headers[.acceptEncoding] = String(repeating: "gzip;q=0.\(Int.random(in: 0...9, using: &random)), ", count: 500)
        case 2: request.headers[.ifModifiedSince] = ["Sun, 06 Nov 99999 08:49:37 GMT", "-1", "Sun, 06 Nov 1994 25:61:61 GMT"].randomElement(using: &random)!
        case 3: request.headers[.ifNoneMatch] = String(repeating: "\"x\", ", count: 2_000)
        case 4: request.headers[.authorization] = "Bearer gst_" + String(repeating: "A", count: 10_000)
        default: break
        }
        if route.hasBody { request.body = Self.hostileBodies.randomElement(using: &random)! }
        return request
    }

    static let hostileBodies = [
        "", "title=%00&body=x", "name=\(String(repeating: "a", count: 100_000))&password=x",
        #"{"title":"x","body":"y","tags":[1,2,3]}"#, #"{"title":1e400,"body":null}"#, String(repeating: "[", count: 10_000),
        #"{"role":"admin","disabled":"yes"}"#, #"{"pageBudget":-9223372036854775808,"readingSpeed":0}"#,
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n" + String(repeating: "文", count: 1_000),
    ]

    /// The systematic requests, each as every caller (`thorough`) or as the callers in turn; then
    /// mutated requests as random callers until `duration` has passed.
    mutating func run(through client: some TestClientProtocol, thorough: Bool, for duration: Duration, seed: UInt64) async {
        let deadline = ContinuousClock.now + duration
        for (index, request) in systematicRequests(thorough: thorough).enumerated() {
            for caller in thorough ? callers : [callers[index % callers.count]] {
                await send(request, as: caller, through: client)
            }
        }
        var random = SeededGenerator(seed: seed)
        while ContinuousClock.now < deadline {
            await send(mutatedRequest(using: &random), as: callers.randomElement(using: &random)!, through: client)
        }
    }

    /// Sends `request` as `caller` and notes what went wrong.
    mutating func send(_ request: Request, as caller: Caller, through client: some TestClientProtocol) async {
        if !caller.headers.isEmpty, sparing.contains(where: { request.uri.hasPrefix($0) }) { return }
        var headers = caller.headers
        for field in request.headers { headers.append(field) }
        var body = request.body
        if let text = body, request.method != .get {
            if text.hasPrefix("{") || text.hasPrefix("[") {
                headers[.contentType] = "application/json"
            } else if text.hasPrefix("--b") {
                headers[.contentType] = "multipart/form-data; boundary=b"
            } else {
                headers[.contentType] = "application/x-www-form-urlencoded"
                if let token = caller.formToken { body = text + (text.isEmpty ? "" : "&") + "_csrf=" + token }
            }
        }
        let execute = { [body, headers] in
            try await client.executeRequest(uri: request.uri, method: request.method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        }
        let started = ContinuousClock.now
        sent += 1
        do {
            let response = try await execute()
            let took = ContinuousClock.now - started
            statuses[Int(response.status.code), default: 0] += 1
            if slowestSeen.count < 5 || took > slowestSeen[slowestSeen.count - 1].took {
                slowestSeen.append((took, "\(caller.name) \(request.method) \(request.uri.prefix(80))"))
                slowestSeen.sort { $0.took > $1.took }
                slowestSeen = Array(slowestSeen.prefix(5))
            }
            if response.status.code >= 500, response.status != .serviceUnavailable {
                failures.append(Failure(caller: caller.name, request: "\(request.method) \(request.uri)", problem: "\(response.status)"))
            }
            if took > slowest, await isSlowAgain(execute) {
                failures.append(Failure(caller: caller.name, request: "\(request.method) \(request.uri)", problem: "took \(took)"))
            }
        } catch {
            failures.append(Failure(caller: caller.name, request: "\(request.method) \(request.uri.prefix(200))", problem: "\(error)"))
        }
    }
}

extension HTTPFuzzer {
    /// Whether a request that answered slowly does so again, twice, a second apart: a slow answer that does
    /// not repeat was the machine's other work (the rest of the test suite runs beside the fuzzer, and
    /// starts all at once), not the request's.
    func isSlowAgain(_ execute: () async throws -> TestResponse) async -> Bool {
        for _ in 0..<2 {
            try? await Task.sleep(for: .seconds(1))
            let started = ContinuousClock.now
            _ = try? await execute()
            if ContinuousClock.now - started <= slowest { return false }
        }
        return true
    }
}
