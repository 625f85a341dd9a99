import Foundation

/// Programs the tests run: the command line under test, and the independent oracles of `Tests/oracles/`.
public enum Command {
    /// Runs a program to its end; its exit status and what it wrote to standard output and error.
    public static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Runs a command found on the PATH (`pandoc`, `python3`).
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try run(URL(fileURLWithPath: "/usr/bin/env"), arguments)
    }

    /// Runs a Python oracle of `Tests/oracles/` on the given files.
    public static func oracle(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("oracles/\(script)").path
        return try run(["python3", path] + arguments)
    }
}
