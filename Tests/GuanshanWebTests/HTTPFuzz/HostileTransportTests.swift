import Foundation
import GuanshanTestSupport
import HummingbirdTesting
import Testing

/// What no HTTP client would send, sent to a running `guanshan serve`: the process answers or closes
/// the connection, and goes on serving.
@Suite(.serialized) struct HostileTransportTests {
    static func head(_ requestLine: [UInt8], _ headers: [String]) -> [UInt8] {
        requestLine + Array(("\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8)
    }

    @Test func malformedRequestsLeaveTheServerRunning() async throws {
        let folder = try TemporaryFolder()
        let node = try await Self.node(in: folder)
        defer { node.stop() }
        let requests: [(String, [UInt8])] = [
            ("a megabyte of one header", Self.head(Array("GET / HTTP/1.1".utf8), ["Host: a", "X-Long: " + String(repeating: "a", count: 1 << 20)])),
            ("ten thousand cookies", Self.head(Array("GET / HTTP/1.1".utf8), ["Host: a", "Cookie: " + (0..<10_000).map { "c\($0)=\($0)" }.joined(separator: "; ")])),
            ("a path that is not UTF-8", Self.head(Array("GET /d/".utf8) + [0xFF, 0xFE, 0xC0, 0xAF] + Array(" HTTP/1.1".utf8), ["Host: a"])),
            ("a NUL in the path", Self.head(Array("GET /t/a".utf8) + [0] + Array("b HTTP/1.1".utf8), ["Host: a"])),
            ("a path of 100 KB", Self.head(Array(("GET /c/" + String(repeating: "长", count: 30_000) + " HTTP/1.1").utf8), ["Host: a"])),
            ("a negative length", Self.head(Array("POST /login HTTP/1.1".utf8), ["Host: a", "Content-Length: -1"])),
            ("a length past Int", Self.head(Array("POST /login HTTP/1.1".utf8), ["Host: a", "Content-Length: 99999999999999999999999"])),
            ("a bad chunk size", Self.head(Array("POST /login HTTP/1.1".utf8), ["Host: a", "Transfer-Encoding: chunked"]) + Array("FFFFFFFFFFFFFFFFFF\r\n".utf8)),
            ("no HTTP at all", Array(String(repeating: "\u{1}\u{2}garbage", count: 1000).utf8)),
        ]
        for (name, bytes) in requests {
            let answer = try await RawConnection.open(port: node.port).exchange([bytes], timeout: TestTime.bound(.seconds(5)))
            #expect(answer != nil, "\(name): neither answered nor closed")
            #expect(answer?.hasPrefix("HTTP/1.1 5") != true, "\(name): \(answer?.prefix(100) ?? "")")
            #expect(try await Self.healthy(node), "\(name) stopped the server:\n\(node.output.suffix(2000))")
        }
    }

    @Test func aBodyTooLargeForItsRouteIsRefusedBeforeItIsSent() async throws {
        let folder = try TemporaryFolder()
        let node = try await Self.node(in: folder)
        defer { node.stop() }
        let head = Self.head(Array("POST /login HTTP/1.1".utf8), ["Host: a", "Content-Type: application/x-www-form-urlencoded", "Content-Length: 20971520"])
        let started = ContinuousClock.now
        let answer = try await RawConnection.open(port: node.port).exchange([head], timeout: TestTime.bound(.seconds(10)))
        #expect(answer?.hasPrefix("HTTP/1.1 413") == true, "\(answer ?? "nothing")")
        #expect(ContinuousClock.now - started < TestTime.bound(.seconds(5)), "answered and closed without waiting for 20 MB")
    }

    @Test func aSenderSlowerThanItsRouteIsCutOff() async throws {
        let folder = try TemporaryFolder()
        let node = try await Self.node(in: folder)
        defer { node.stop() }
        let head = Self.head(Array("POST /login HTTP/1.1".utf8), ["Host: a", "Content-Type: application/x-www-form-urlencoded", "Content-Length: 4000"])
        let started = ContinuousClock.now
        let drip = [head] + Array(repeating: Array("a".utf8), count: 60)
        let answer = try await RawConnection.open(port: node.port).exchange(drip, pause: .milliseconds(250), timeout: .seconds(10) + TestTime.bound(.seconds(20)))
        #expect(answer?.hasPrefix("HTTP/1.1 408") == true, "\(answer ?? "nothing")")
        #expect(ContinuousClock.now - started < .seconds(10) + TestTime.bound(.seconds(6)), "cut off at the form's deadline of 10 s")
        #expect(try await Self.healthy(node))
    }

    static func node(in folder: TemporaryFolder) async throws -> LiveNode {
        try await LiveNode(databaseURL: nil, data: folder.url.appendingPathComponent("data"))
    }

    static func healthy(_ node: LiveNode) async throws -> Bool {
        try await TestClient.local(port: node.port) { client in
            try await client.get("/healthz").status == .ok
        }
    }
}
