import Foundation

/// Runs password hashing on its own thread, one hash at a time, so that a flood of logins takes at
/// most one core and never the threads that serve pages. Past `maximumWaiting` queued hashes it refuses
/// at once (`AccountError.busy`) rather than letting the queue grow.
public final class PasswordWorker: Sendable {
    private let queue = DispatchQueue(label: "guanshan.passwords", qos: .utility)
    private let waiting = WaitingCount()
    private let maximumWaiting: Int

    public init(maximumWaiting: Int = 32) {
        self.maximumWaiting = maximumWaiting
    }

    /// Runs `work` on the worker's thread after the hashes queued before it.
    public func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard await waiting.enter(limit: maximumWaiting) else { throw AccountError.busy }
        defer { Task { await waiting.leave() } }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    private actor WaitingCount {
        var count = 0

        func enter(limit: Int) -> Bool {
            guard count < limit else { return false }
            count += 1
            return true
        }

        func leave() { count -= 1 }
    }
}
