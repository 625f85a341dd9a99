import GuanshanModel
import PostgresNIO
import Synchronization

/// One request to the pool, answered once: by its work, or by the watchdog when the work cannot answer.
/// Answering cancels what is left of the work and the watchdog.
final class PoolRequest<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var answered = false
        var workCancelled = false
        var connection: PostgresConnection?
        var tasks: [Task<Void, Never>] = []
    }

    private let state = Mutex(State())

    func begin(_ continuation: CheckedContinuation<T, any Error>) {
        state.withLock { $0.continuation = continuation }
    }

    /// Keeps the work and the watchdog, to cancel once answered (at once, when that happened already).
    func attach(work: Task<Void, Never>, watchdog: Task<Void, Never>) {
        let (answered, workCancelled) = state.withLock { state in
            state.tasks = [work, watchdog]
            return (state.answered, state.workCancelled)
        }
        if answered { cancelAll() } else if workCancelled { work.cancel() }
    }

    func leased(_ connection: PostgresConnection) {
        state.withLock { $0.connection = connection }
    }

    /// The connection the work holds, once it holds one.
    var connection: PostgresConnection? { state.withLock { $0.connection } }

    func finish(_ result: Result<T, any Error>) {
        let continuation: CheckedContinuation<T, any Error>? = state.withLock { state in
            guard !state.answered else { return nil }
            state.answered = true
            defer { state.continuation = nil }
            return state.continuation
        }
        guard let continuation else { return }
        continuation.resume(with: result)
        cancelAll()
    }

    /// The caller gave up: the work is cancelled and answers with what that gives.
    func cancelWork() {
        state.withLock { state in
            state.workCancelled = true
            return state.tasks.first
        }?.cancel()
    }

    private func cancelAll() {
        state.withLock { $0.tasks }.forEach { $0.cancel() }
    }
}
