import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// What the command line says when it cannot start: the operator reads it, not a log.
@Suite struct CommandLineTests {
    private func guanshan(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        try runGuanshan(arguments, environment: environment)
    }

    /// A command on a database that does not exist says so in the server's words, with what it tried,
    /// in Chinese unless asked for English, and fails.
    @Test func aCommandThatCannotConnectSaysWhatTheServerSaid() throws {
        var url = try #require(URLComponents(string: try TestPostgres.serverURL()))
        url.path = "/guanshan_no_such_database"
        let databaseURL = try #require(url.string)
        let tried = try PostgresAddress(databaseURL).description
        let folder = try TemporaryFolder()
        let arguments = ["search", "通知", "--data", folder.url.path, "--database-url", databaseURL]

        let chinese = try guanshan(arguments)
        #expect(chinese.status == 1)
        #expect(chinese.error == "无法连接 PostgreSQL（\(tried)）：database \"guanshan_no_such_database\" does not exist\n")
        let english = try guanshan(arguments, environment: ["GUANSHAN_LANG": "en"])
        #expect(english.status == 1)
        #expect(english.error == "Cannot connect to PostgreSQL (\(tried)): database \"guanshan_no_such_database\" does not exist\n")
    }

    /// `serve` logs at the level `LOG_LEVEL` names, in any case, and refuses to start on a name that is no level.
    @Test func serveLogsAtTheLevelLogLevelNames() async throws {
        let folder = try TemporaryFolder()
        let chatty = try await LiveNode(databaseURL: nil, data: folder.url.appendingPathComponent("debug"), environment: ["LOG_LEVEL": "Debug"])
        chatty.stop()
        #expect(chatty.output.contains(" debug guanshan: "), "\(chatty.output)")
        #expect(chatty.output.contains(" info guanshan: [HummingbirdCore] Server started"))
        let quiet = try await LiveNode(databaseURL: nil, data: folder.url.appendingPathComponent("warning"), environment: ["LOG_LEVEL": "WARNING"])
        quiet.stop()
        #expect(!quiet.output.contains(" debug guanshan: ") && !quiet.output.contains(" info guanshan: "), "\(quiet.output)")
        #expect(quiet.output.contains("Guanshan is running at"), "what the operator must see is not a log line")

        let refused = try guanshan(["serve", "--data", folder.url.appendingPathComponent("loud").path], environment: ["LOG_LEVEL": "loud"])
        #expect(refused.status == 1)
        #expect(refused.error == "LOG_LEVEL 应为 trace、debug、info、notice、warning、error 或 critical，而不是 loud。\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("loud").path), "it stops before it opens the library")
    }

    /// `LOG_FORMAT=json` writes each log line as one JSON object; what the operator must read stays text.
    @Test func serveWritesJSONLogLinesWhenAsked() async throws {
        let folder = try TemporaryFolder()
        let node = try await LiveNode(databaseURL: nil, data: folder.url.appendingPathComponent("data"), environment: ["LOG_FORMAT": "JSON"])
        node.stop()
        let lines = node.output.split(separator: "\n").filter { $0.hasPrefix("{") }
        let objects = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String], "\(line)")
        }
        let started = try #require(objects.first { $0["message"]?.contains("Server started") == true }, "\(node.output)")
        #expect(started["level"] == "info" && started["label"] == "guanshan")
        #expect(started["time"]?.hasSuffix("Z") == true)
        #expect(node.output.contains("Guanshan is running at"))

        let refused = try guanshan(["serve", "--data", folder.url.appendingPathComponent("other").path], environment: ["LOG_FORMAT": "xml"])
        #expect(refused.status == 1)
        #expect(refused.error == "LOG_FORMAT 应为 text 或 json，而不是 xml。\n")
    }

    /// The metrics token comes from the environment (not the process list), long enough not to be guessed;
    /// `--metrics-port` serves the metrics on a port of their own.
    @Test func serveServesMetricsBehindATokenOrOnTheirOwnPort() async throws {
        let folder = try TemporaryFolder()
        let short = try guanshan(
            ["serve", "--data", folder.url.appendingPathComponent("short").path], environment: ["GUANSHAN_METRICS_TOKEN": "guessable"])
        #expect(short.status == 1)
        #expect(short.error == "GUANSHAN_METRICS_TOKEN 至少要 16 个字符：太短的令牌可能被猜中。\n")
        for bad in ["0", "65536", "-1"] {
            #expect(try guanshan(["serve", "--data", folder.url.path, "--metrics-port", bad]).status != 0)
        }

        let token = "a-long-enough-metrics-token"
        let metricsPort = try await LiveNode.freePort()
        let node = try await LiveNode(
            databaseURL: nil, data: folder.url.appendingPathComponent("data"), environment: ["GUANSHAN_METRICS_TOKEN": token],
            arguments: ["--metrics-port", "\(metricsPort)"])
        defer { node.stop() }
        try await TestClient.local(port: node.port) { client in
            #expect(try await client.get("/metrics").status == .unauthorized)
            let answered = try await client.get("/metrics", headers: [.authorization: "Bearer \(token)"])
            #expect(answered.status == .ok)
            #expect(answered.body.map { String(buffer: $0) }?.contains("guanshan_library_readable 1") == true)
        }
        try await TestClient.local(port: metricsPort) { client in
            let answered = try await client.get("/metrics")
            #expect(answered.body.map { String(buffer: $0) }?.contains("guanshan_http_requests_total") == true)
        }
    }
}

/// `guanshan search` prints every result it promises, beyond the 100 the library hands out a call.
@Suite struct CommandLineSearchTests {
    @Test func allAndLargeLimitsPrintEveryResult() async throws {
        let folder = try TemporaryFolder()
        let data = folder.url.appendingPathComponent("data")
        let library = try Library.open(dataDirectory: data)
        let lines = try (1...150).map { n in
            String(decoding: try JSONSerialization.data(withJSONObject: ["title": "第\(n)号通知", "text": "关于萤火虫观察活动的通知，编号\(n)。"]), as: UTF8.self)
        }
        #expect(try await library.editorial.importFiles([try folder.write("many.jsonl", lines.joined(separator: "\n"))]).imported.count == 150)
        func results(_ arguments: [String]) throws -> [Substring] {
            let run = try runGuanshan(["search", "萤火虫", "--data", data.path] + arguments, environment: ["GUANSHAN_LANG": "en"])
            #expect(run.status == 0)
            let text = run.output
            return text.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains(". [") }
        }
        let all = try results(["--all"])
        #expect(all.count == 150)
        #expect(all.last?.hasPrefix("150. [") == true)
        #expect(Set(all.map { $0.split(separator: "]")[0] }).count == 150, "no result twice")
        #expect(try results(["--limit", "120"]).count == 120)
        #expect(try results(["--limit", "5"]).count == 5)
    }
}

/// `guanshan jobs` shows the work a write left and, with --run, does it.
@Suite struct CommandLineJobsTests {
    private func jobs(_ data: URL, _ arguments: [String] = []) throws -> String {
        let run = try runGuanshan(["jobs", "--data", data.path] + arguments, environment: ["GUANSHAN_LANG": "en"])
        #expect(run.status == 0)
        return run.output
    }

    @Test func aNewPageBudgetIsShownThenDone() async throws {
        let folder = try TemporaryFolder()
        let data = folder.url.appendingPathComponent("data")
        let library = try Library.open(dataDirectory: data)
        let record = try JSONSerialization.data(withJSONObject: ["title": "长文", "paragraphs": Samples.longDocumentParagraphs()])
        let id = try #require(try await library.editorial.importFiles([try folder.write("a.jsonl", record)]).imported.first?.id)
        #expect(try jobs(data) == "No work under way.\n")
        let before = try await library.reading.pageCount(ofDocument: id)
        try await library.changeSettings { $0.pageBudget = "500" }
        #expect(try jobs(data).contains("Paging every document again at 500 characters a page and 300 a minute: 0 done."))
        // The index keeps each document's page count for search's length filter, so it takes in the new layout.
        #expect(try jobs(data, ["--run"]) == "Documents paged again: 1; indexed: 1; imports ended: 0.\nNo work under way.\n")
        #expect(try await library.reading.pageCount(ofDocument: id) > before)
    }

    /// An import queued in the admin shows until it is done; a failed one says why and is queued
    /// again with --retry.
    @Test func importsAreShownRunAndRetried() async throws {
        let folder = try TemporaryFolder()
        let data = folder.url.appendingPathComponent("data")
        let library = try Library.open(dataDirectory: data)
        let notice = Data("# 通知\n\n正文。".utf8)
        let id = try await library.editorial.queueImport([("通知.md", notice), ("计划.txt", Data("计划\n\n正文。".utf8))], options: ImportOptions())
        #expect(try jobs(data) == "Import #\(id) (通知.md, 计划.txt): queued.\n")
        let ran = try jobs(data, ["--run"])
        #expect(ran == "Documents paged again: 0; indexed: 0; imports ended: 1.\nNo work under way.\n", "\(ran)")

        // A second import, given up as if three nodes had died running it.
        let second = try await library.editorial.queueImport([("再来.md", Data("# 再来\n\n另一篇正文。".utf8))], options: ImportOptions())
        let store = try SQLiteStore(path: data.appendingPathComponent("guanshan.sqlite").path)
        for _ in 1...3 {
            _ = try await store.claimJob(at: Date(), leaseUntil: Date(timeIntervalSinceNow: -1), maximumAttempts: 3, abandoned: "abandoned")
        }
        #expect(try jobs(data, ["--run"]).hasPrefix("Documents paged again: 0; indexed: 0; imports ended: 0.\n"))
        #expect(try jobs(data).contains("Import #\(second) (再来.md): failed (the nodes that took it kept stopping); queue it again with --retry \(second)."))
        #expect(try jobs(data, ["--retry", "\(second)"]).hasPrefix("Import #\(second) is queued again.\n"))
        #expect(try jobs(data, ["--retry", "\(second)"]).hasPrefix("Import #\(second) has not failed: nothing to retry.\n"))
        let retried = try jobs(data, ["--run"])
        #expect(retried == "Documents paged again: 0; indexed: 0; imports ended: 1.\nNo work under way.\n", "\(retried)")
        let chinese = try runGuanshan(["jobs", "--data", data.path, "--retry", "\(second)"])
        #expect(chinese.output.hasPrefix("导入任务 #\(second) 并未失败，无需重试。\n"))
    }
}

/// Runs the command line built next to this test bundle with `environment` in place of the test's
/// `GUANSHAN_LANG` and `LOG_LEVEL`; its exit status, standard output and standard error.
func runGuanshan(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = LiveNode.executable
    process.arguments = arguments
    var inherited = ProcessInfo.processInfo.environment
    inherited["GUANSHAN_LANG"] = nil
    inherited["LOG_LEVEL"] = nil
    process.environment = inherited.merging(environment) { $1 }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let errorText = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let outputText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, outputText, errorText)
}
