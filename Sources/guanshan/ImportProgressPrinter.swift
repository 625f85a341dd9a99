import Foundation
import GuanshanLibrary
import Synchronization

/// Shows an import's progress: a bar redrawn in place on a terminal, otherwise a line every 2 seconds.
final class ImportProgressPrinter: Sendable {
    private struct State {
        var totalBytes: Int64 = 0
        var totalFiles = 0
        var filesSeen = 0
        var lastFile = ""
        var lastDraw = Date.distantPast
        var drewBar = false
    }

    private let state = Mutex(State())
    private let messages: CLIMessages
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let started = Date()

    init(messages: CLIMessages) {
        self.messages = messages
    }

    func handle(_ event: ImportEvent) {
        state.withLock { state in
            switch event {
            case .planned(let files, let bytes):
                state.totalFiles = files
                state.totalBytes = bytes
            case .progress(let bytes, let documents, let file):
                if file != state.lastFile {
                    state.filesSeen += 1
                }
                state.lastFile = file
                let now = Date()
                let finished = bytes >= state.totalBytes
                if isTerminal {
                    guard now.timeIntervalSince(state.lastDraw) > 0.1 || finished else { return }
                    state.lastDraw = now
                    state.drewBar = true
                    write("\r\u{1B}[2K" + bar(bytes: bytes, of: state.totalBytes, documents: documents, file: file))
                } else if now.timeIntervalSince(state.lastDraw) >= 2 || finished {
                    state.lastDraw = now
                    write(messages.progressLine(state.filesSeen, state.totalFiles, documents, file) + "\n")
                }
            }
        }
    }

    func finish() {
        state.withLock { state in
            if state.drewBar { write("\n") }
        }
    }

    private func bar(bytes: Int64, of total: Int64, documents: Int, file: String) -> String {
        let fraction = total > 0 ? min(1, Double(bytes) / Double(total)) : 1
        let width = 30
        let filled = Int(fraction * Double(width))
        let name = (file as NSString).lastPathComponent
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(Int(fraction * 100))% " + messages.documentsRead(documents, perSecond: perSecond(documents)) + " " + String(name.prefix(40))
    }

    private func perSecond(_ documents: Int) -> Int {
        let seconds = Date().timeIntervalSince(started)
        return seconds > 0 ? Int(Double(documents) / seconds) : 0
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
