import Foundation
@testable import GuanshanLibrary
import GuanshanTestSupport
import Testing

/// The sandbox every external converter runs in, with stand-in converters (the shell, Python) that do
/// what a hostile file could make a real one do: run forever, eat memory, write without end, phone out.
@Suite struct ConverterSandboxTests {
    let sandbox = ConverterSandbox(slots: ConverterSandbox.Slots(2))
    let input: URL
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        input = URL(fileURLWithPath: try folder.write("input.bin", "输入"))
    }

    private func run(_ tool: String, _ arguments: [String], seconds: Int = 10, memory: Int = 512 << 20, output: Int = 1 << 20) async throws -> Data {
        try await sandbox.withFolder(copying: input, as: "input.bin") { folder in
            try await folder.run(tool, package: "test", arguments, limits: .init(seconds: seconds, memoryBytes: memory, outputBytes: output))
        }
    }

    @Test func aConverterRunsInAPrivateFolderWithABareEnvironmentThatIsRemovedAfter() async throws {
        let said = String(decoding: try await run("sh", ["-c", "pwd; cat input.bin; echo; env | sort"]), as: UTF8.self)
        let lines = said.split(separator: "\n").map(String.init)
        let place = try #require(lines.first)
        #expect(place.contains("guanshan-convert-"))
        #expect(lines[1] == "输入")
        #expect(!said.contains("GUANSHAN") && !said.contains("DATABASE"), "no variable of the server reaches it")
        #expect(!FileManager.default.fileExists(atPath: place), "the folder is gone")
    }

    @Test func oneThatRunsForeverIsStoppedAtItsTimeLimit() async throws {
        let started = ContinuousClock.now
        await #expect(throws: ImportProblem.converterTimedOut(tool: "sh", seconds: 1)) { try await run("sh", ["-c", "while :; do :; done"], seconds: 1) }
        await #expect(throws: ImportProblem.converterTimedOut(tool: "sh", seconds: 1)) {
            try await run("sh", ["-c", "trap '' TERM; sleep 120"], seconds: 1)
        }
        // On an idle machine both take about four seconds; the bound leaves room for a loaded one.
        #expect(ContinuousClock.now - started < .seconds(90), "a converter that ignores TERM is killed, long before its 120 seconds")
    }

    @Test func oneThatEatsMemoryOrWritesWithoutEndFails() async throws {
        let memory = await #expect(throws: ConverterFailure.self) {
            try await run("python3", ["-c", "x = bytearray(1 << 30)"], memory: 256 << 20)
        }
        #expect(memory?.problem.message(english: true).contains("MemoryError") == true, "\(String(describing: memory))")
        for command in ["head -c 5000000 /dev/zero > big", "head -c 3000000 /dev/zero"] {
            let written = await #expect(throws: ConverterFailure.self) { try await run("sh", ["-c", command], output: 1 << 20) }
            #expect(written?.problem == .converterFailed(tool: "sh", reason: "it wrote more than 1048576 bytes"), "\(command)")
        }
    }

    @Test func oneThatIsNotInstalledSaysWhichPackageToInstall() async throws {
        await #expect(throws: ImportProblem.converterMissing(tool: "no-such-converter", package: "test")) { try await run("no-such-converter", []) }
    }

    @Test func noNetworkWhereTheKernelAllowsIsolation() async throws {
        try #require(ConverterSandbox.canIsolateNetwork, "unshare -rn is not allowed on this machine")
        let script = "import socket\ntry:\n socket.create_connection(('1.1.1.1', 53), timeout=2); print('online')\nexcept OSError as e: print('offline', e.errno)"
        let said = String(decoding: try await run("python3", ["-c", script]), as: UTF8.self)
        #expect(said.hasPrefix("offline"), "\(said)")
    }

    @Test func atMostSoManyRunAtOnce() async throws {
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<4 { group.addTask { try await run("sleep", ["1"]) } }
            try await group.waitForAll()
        }
        #expect(ContinuousClock.now - started >= .seconds(2), "four one-second runs on two slots take two seconds")
    }
}
