import Foundation
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// `guanshan import` stopped with Ctrl+C keeps the batches it saved, and running it again imports the
/// rest, skipping what was done, and reports the rate.
@Suite struct InterruptedImportTests {
    /// The command line built next to this test bundle by `swift build --build-tests`.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("guanshan")

    static func run(_ arguments: [String], output: URL) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["GUANSHAN_LANG": "en"]) { $1 }
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// The first run is interrupted once its first batch is saved, usually long before its 3,000 files
    /// are done (the test reads only its output meanwhile: opening the database could hold up its
    /// writes); the second must skip exactly what the first saved.
    @Test func anInterruptedImportIsRunAgainAndSkipsWhatWasSaved() async throws {
        let folder = try TemporaryFolder()
        let count = 3_000
        for number in 0..<count {
            try folder.write("docs/文档\(number).txt", "第\(number)号文档\n\n" + String(repeating: "这是第\(number)号测试文档的正文，用来检验中断后重跑。", count: 12))
        }
        let data = folder.url.appendingPathComponent("data")
        let documents = folder.url.appendingPathComponent("docs").path
        let database = data.appendingPathComponent("guanshan.sqlite").path

        // The progress lines say how many documents were read; past 400, the first batch of 200 is saved.
        let firstLog = folder.url.appendingPathComponent("first.log")
        let first = try Self.run(["import", documents, "--data", data.path], output: firstLog)
        var read = 0
        for _ in 0..<6_000 where first.isRunning && read < 400 {
            try await Task.sleep(for: .milliseconds(20))
            let progress = (try? String(contentsOf: firstLog, encoding: .utf8)) ?? ""
            read = progress.split(separator: "\n").compactMap { line in
                line.range(of: #"\d+(?= documents read)"#, options: .regularExpression).flatMap { Int(line[$0]) }
            }.max() ?? 0
        }
        first.interrupt()
        first.waitUntilExit()
        let kept = try await SQLiteStore(path: database).documentCount()
        // Usually part way; on a busy machine the first run may end before the test sees its output,
        // and the rerun must then skip everything: either way it skips exactly what was saved.
        #expect(kept >= 200 && kept % 200 == 0, "whole batches only: \(kept)")

        let log = folder.url.appendingPathComponent("second.log")
        let second = try Self.run(["import", documents, "--data", data.path], output: log)
        second.waitUntilExit()
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(second.terminationStatus == 0, "\(output)")
        #expect(output.contains("Imported \(count - kept), skipped \(kept) already in the library, failed 0."), "\(output)")
        #expect(output.contains("documents in") && output.contains("a second"))
        #expect(try await SQLiteStore(path: database).documentCount() == count)
    }
}
