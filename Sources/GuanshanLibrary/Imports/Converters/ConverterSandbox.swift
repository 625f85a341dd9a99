import Foundation
import Synchronization
import Logging

/// Runs the external converters (poppler's `pdfinfo` and `pdftotext`) on files nobody checked: each
/// in a process of its own, in a private folder that is removed afterwards, with a time limit
/// (`timeout`, which kills it), limits on memory, CPU time and file size (`prlimit`), no network
/// (`unshare -rn`, where the kernel allows it), a bare environment, and at most one per core at once.
/// A converter that crashes, hangs or blows up fails that file alone, with the reason.
struct ConverterSandbox: Sendable {
    struct Limits: Sendable {
        var seconds: Int
        var memoryBytes: Int
        /// The largest file the converter may write.
        var outputBytes: Int
    }

    /// A private folder holding the input, where the converters of one file run.
    struct Folder: Sendable {
        let url: URL
        let sandbox: ConverterSandbox

        /// Runs `tool` with `arguments` in the folder; its standard output, at most `limits.outputBytes`.
        func run(_ tool: String, package: String, _ arguments: [String], limits: Limits) async throws -> Data {
            guard let executable = ConverterSandbox.locate(tool) else { throw ImportProblem.converterMissing(tool: tool, package: package) }
            return try await sandbox.slots.run {
                try await ConverterSandbox.execute(executable, tool: tool, arguments: arguments, in: url, limits: limits)
            }
        }

        /// A file `tool` wrote in the folder, at most `limit` bytes.
        func read(_ name: String, writtenBy tool: String, limit: Int) throws -> Data {
            try ConverterSandbox.contents(of: url.appendingPathComponent(name), writtenBy: tool, limit: limit)
        }

        func remove(_ name: String) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }

        func contains(_ name: String) -> Bool {
            FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
        }
    }

    static let shared = ConverterSandbox(slots: Slots(ProcessInfo.processInfo.activeProcessorCount))
    let slots: Slots

    /// Makes a private folder holding a copy of `file` as `inputName`, gives it to `work`, and removes it.
    func withFolder<T>(copying file: URL, as inputName: String, _ work: (Folder) async throws -> T) async throws -> T {
        try await withFolder(placing: { try FileManager.default.copyItem(at: file, to: $0.appendingPathComponent(inputName)) }, work)
    }

    /// Makes a private folder holding `data` as `inputName`, gives it to `work`, and removes it.
    func withFolder<T>(holding data: Data, as inputName: String, _ work: (Folder) async throws -> T) async throws -> T {
        try await withFolder(placing: { try data.write(to: $0.appendingPathComponent(inputName)) }, work)
    }

    /// Makes an empty private folder, gives it to `work`, and removes it.
    func withFolder<T>(_ work: (Folder) async throws -> T) async throws -> T {
        try await withFolder(placing: { _ in }, work)
    }

    private func withFolder<T>(placing input: (URL) throws -> Void, _ work: (Folder) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try input(folder)
        } catch {
            throw ImportProblem.unreadable((error as NSError).localizedDescription)
        }
        return try await work(Folder(url: folder, sandbox: self))
    }

    /// `tool` on the search path, or nil.
    static func locate(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(tool) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether `unshare -rn` may make a network namespace here (an unprivileged container may forbid it).
    static let canIsolateNetwork: Bool = {
        guard let unshare = locate("unshare") else { return false }
        let process = Process()
        process.executableURL = unshare
        process.arguments = ["-rn", "true"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Logger(label: "guanshan.convert").warning("converters run without network isolation: unshare -rn is not allowed here")
        }
        return process.terminationStatus == 0
    }()

    private static func execute(_ executable: URL, tool: String, arguments: [String], in folder: URL, limits: Limits) async throws -> Data {
        guard let timeout = locate("timeout"), let prlimit = locate("prlimit") else {
            throw ImportProblem.converterMissing(tool: "timeout, prlimit", package: "coreutils util-linux")
        }
        var command = [
            "--kill-after=2", "\(limits.seconds)", prlimit.path, "--as=\(limits.memoryBytes)", "--cpu=\(limits.seconds)",
            "--fsize=\(limits.outputBytes)", "--nofile=256", "--",
        ]
        if canIsolateNetwork, let unshare = locate("unshare") { command += [unshare.path, "-rn", "--"] }
        command += [executable.path] + arguments
        let output = folder.appendingPathComponent(".stdout")
        let errors = folder.appendingPathComponent(".stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = timeout
        process.arguments = command
        process.currentDirectoryURL = folder
        // One thread each (Tesseract's OpenMP would take every core): the slots share the cores out.
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "TMPDIR": folder.path, "LANG": "C.UTF-8", "OMP_THREAD_LIMIT": "1"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        let started = ContinuousClock.now
        // Foundation traps on terminating a process that never started: a converter cancelled before its
        // launch (its import stopped, a page of the same scan failed) is never launched instead.
        let launch = Mutex(Launch.waiting)
        try Task.checkCancellation()
        let (status, signalled) = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Int32, Bool), any Error>) in
                process.terminationHandler = { continuation.resume(returning: ($0.terminationStatus, $0.terminationReason == .uncaughtSignal)) }
                let failure: (any Error)? = launch.withLock { state in
                    guard state == .waiting else { return CancellationError() }
                    do {
                        try process.run()
                        state = .running
                        return nil
                    } catch {
                        return ImportProblem.converterFailed(tool: tool, reason: "\(error)")
                    }
                }
                if let failure { continuation.resume(throwing: failure) }
            }
        } onCancel: {
            launch.withLock { state in
                if state == .running { process.terminate() } else { state = .cancelled }
            }
        }
        // `timeout` answers 124 when it stopped the converter at its time, 137 when it had to kill it; a
        // converter ended by a signal ends `timeout` by the same signal. SIGXCPU, or SIGKILL once the time
        // is up, is the CPU limit.
        let signal = signalled ? status : status > 128 ? status - 128 : 0
        let outOfTime = ContinuousClock.now - started >= .seconds(limits.seconds)
        if status == 124 || status == 137 || signal == SIGXCPU || (signal == SIGKILL && outOfTime) {
            throw ImportProblem.converterTimedOut(tool: tool, seconds: limits.seconds)
        }
        guard status == 0, !signalled else {
            let said = String(decoding: (try? Data(contentsOf: errors).prefix(2_000)) ?? Data(), as: UTF8.self)
            throw ConverterFailure(tool: tool, status: signal == 0 ? status : 0, signal: signal, said: said, outputLimit: limits.outputBytes)
        }
        return try contents(of: output, writtenBy: tool, limit: limits.outputBytes)
    }

    private static func contents(of file: URL, writtenBy tool: String, limit: Int) throws -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        guard size <= limit else { throw ImportProblem.converterFailed(tool: tool, reason: "output larger than \(limit) bytes") }
        return try Data(contentsOf: file)
    }

    private enum Launch {
        case waiting, running, cancelled
    }

    /// At most `count` converters at once; the others wait their turn.
    actor Slots {
        nonisolated let count: Int
        private var free: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []

        init(_ count: Int) {
            self.count = max(count, 1)
            free = self.count
        }

        func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
            if free > 0 {
                free -= 1
            } else {
                await withCheckedContinuation { waiting.append($0) }
            }
            defer {
                if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
            }
            return try await work()
        }
    }
}

/// A converter that ended with an error: its status and the start of what it wrote to standard error,
/// for the converter's caller to word (`PDFConverter` knows poppler's messages).
struct ConverterFailure: Error {
    var tool: String
    /// The exit status, when it exited.
    var status: Int32
    /// The signal that ended it, when one did.
    var signal: Int32
    var said: String
    var outputLimit: Int

    var problem: ImportProblem {
        // The last thing a tool says before it gives up is the most particular (Python's error after its traceback).
        let lastLine = said.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        let reason = switch signal {
        case 0: lastLine.isEmpty ? "exit status \(status)" : lastLine
        case SIGXFSZ: "it wrote more than \(outputLimit) bytes"
        case SIGSEGV, SIGBUS: "it crashed (signal \(signal))"
        case SIGABRT, SIGKILL: "it was stopped (signal \(signal)), perhaps at its memory limit"
        default: "it was ended by signal \(signal)"
        }
        return .converterFailed(tool: tool, reason: String(reason.prefix(200)))
    }
}
