import GuanshanStore
import Logging
import ServiceLifecycle

/// Counts reading-page views in memory and writes them to the store in batches, so a view costs no write.
public actor ViewCounter {
    private let store: any Store
    private var pending: [Int64: Int] = [:]

    public init(store: any Store) {
        self.store = store
    }

    public func record(_ id: Int64) {
        pending[id, default: 0] += 1
    }

    /// Views recorded but not yet written, so pages can show an up-to-date count.
    public func pendingViews(of id: Int64) -> Int {
        pending[id] ?? 0
    }

    /// Writes the pending views; on failure they are kept for the next flush.
    public func flush() async throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = [:]
        do {
            try await store.addViews(batch)
        } catch {
            pending.merge(batch, uniquingKeysWith: +)
            throw error
        }
    }
}

/// Flushes a view counter every `interval`, and once more on a graceful shutdown.
public struct ViewFlushService: Service {
    let counter: ViewCounter
    let interval: Duration
    let logger: Logger

    public init(counter: ViewCounter, interval: Duration = .seconds(5), logger: Logger) {
        self.counter = counter
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            await flush()
        }
        // A new task: the store refuses work from a cancelled one, and these views must still be written.
        await Task { await flush() }.value
    }

    private func flush() async {
        do {
            try await counter.flush()
        } catch {
            logger.error("could not write view counts", metadata: ["error": "\(error)"])
        }
    }
}
