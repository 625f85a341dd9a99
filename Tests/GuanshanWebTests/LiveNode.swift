import Foundation
import GuanshanTestSupport
import HummingbirdTesting
import NIOCore
import NIOPosix

/// A `guanshan serve` process of the command line built next to this test bundle, on a free port.
final class LiveNode: Sendable {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("guanshan")

    let port: Int
    let log: URL
    private let process: Process

    /// Starts a node on `databaseURL` (the SQLite file of `data` when nil) with its own data folder,
    /// `environment` added to the test's and `arguments` to `serve`'s, and waits until it answers.
    init(databaseURL: String?, data: URL, environment: [String: String] = [:], arguments: [String] = []) async throws {
        port = try await Self.freePort()
        log = data.appendingPathExtension("log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--data", data.path, "--port", "\(port)"] + (databaseURL.map { ["--database-url", $0] } ?? []) + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["GUANSHAN_LANG": "en"]) { $1 }.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = output
        try process.run()
        do {
            try await waitUntilAnswering()
        } catch {
            // A node that never answered is not left running after its test.
            stop()
            throw error
        }
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Stops the node as a service manager would (SIGTERM) and waits for it to finish its last writes.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private func waitUntilAnswering() async throws {
        let deadline = ContinuousClock.now + TestTime.bound(.seconds(60))
        while ContinuousClock.now < deadline {
            guard process.isRunning else { throw NodeError.exited(output) }
            let answered = try? await TestClient.local(port: port) { client in
                try await client.get("/healthz").status == .ok
            }
            if answered == true { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw NodeError.notAnswering(output)
    }

    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }

    enum NodeError: Error {
        case exited(String)
        case notAnswering(String)
    }
}
