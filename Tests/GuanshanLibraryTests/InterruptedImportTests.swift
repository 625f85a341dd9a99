import Foundation
import GuanshanStore
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
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// The first run stops for good at a named pipe that nobody writes, after the 400 documents before it
    /// (two batches) are saved; it is interrupted there, so what it kept does not depend on timing.
    @Test func anInterruptedImportIsRunAgainAndSkipsWhatWasSaved() async throws {
        let folder = try TemporaryFolder()
        for (part, count) in [("a", 400), ("c", 300)] {
            for number in 0..<count {
                try folder.write("\(part)/文档\(number).txt", "第\(part)\(number)号文档\n\n" + String(repeating: "这是第\(part)\(number)号测试文档的正文，用来检验中断后重跑。", count: 12))
            }
        }
        let pipe = folder.url.appendingPathComponent("b.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let data = folder.url.appendingPathComponent("data")
        let (first, second) = (folder.url.appendingPathComponent("a").path, folder.url.appendingPathComponent("c").path)
        let database = data.appendingPathComponent("guanshan.sqlite").path

        let stuck = try Self.run(["import", first, pipe, second, "--data", data.path], output: folder.url.appendingPathComponent("first.log"))
        var saved = 0
        for _ in 0..<1_200 where stuck.isRunning && saved < 400 {
            try await Task.sleep(for: .milliseconds(100))
            if FileManager.default.fileExists(atPath: database) {
                saved = (try? await SQLiteStore(path: database).documentCount()) ?? 0
            }
        }
        stuck.interrupt()
        stuck.waitUntilExit()
        #expect(try await SQLiteStore(path: database).documentCount() == 400)

        let log = folder.url.appendingPathComponent("second.log")
        let again = try Self.run(["import", first, second, "--data", data.path], output: log)
        again.waitUntilExit()
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(again.terminationStatus == 0, "\(output)")
        #expect(output.contains("Imported 300, skipped 400 already in the library, failed 0."), "\(output)")
        #expect(output.contains("documents in") && output.contains("a second"))
        #expect(try await SQLiteStore(path: database).documentCount() == 700)
    }
}
