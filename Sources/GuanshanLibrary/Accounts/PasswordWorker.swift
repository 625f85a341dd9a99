import Foundation

/// Runs password hashing on its own thread, one hash at a time, so that a flood of logins takes at
/// most one core and never the threads that serve pages. Past `maximumWaiting` queued hashes it refuses
/// at once (`AccountError.busy`) rather than letting the queue grow. Registrations may hold only a small
/// share of the queue, so that a flood of them never leaves logins without room.
public final class PasswordWorker: Sendable {
    /// Whose hash it is: registrations wait in their own small share of the queue.
    public enum Share: Sendable {
        case general
        case registration
    }

    private let queue = DispatchQueue(label: "guanshan.passwords", qos: .utility)
    private let waiting: WaitingCount

    public init(maximumWaiting: Int = 32, registrationsWaiting: Int = 4) {
        waiting = WaitingCount(limit: maximumWaiting, registrationLimit: min(registrationsWaiting, maximumWaiting))
    }

    /// Runs `work` on the worker's thread after the hashes queued before it.
    public func run<T: Sendable>(_ share: Share = .general, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard await waiting.enter(share) else { throw AccountError.busy }
        defer { Task { await waiting.leave(share) } }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    private actor WaitingCount {
        let limit: Int
        let registrationLimit: Int
        var count = 0
        var registrations = 0

        init(limit: Int, registrationLimit: Int) {
            self.limit = limit
            self.registrationLimit = registrationLimit
        }

        func enter(_ share: Share) -> Bool {
            guard count < limit else { return false }
            if share == .registration {
                guard registrations < registrationLimit else { return false }
                registrations += 1
            }
            count += 1
            return true
        }

        func leave(_ share: Share) {
            count -= 1
            if share == .registration { registrations -= 1 }
        }
    }
}
