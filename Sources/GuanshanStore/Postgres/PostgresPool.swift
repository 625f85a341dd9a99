import GuanshanModel
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// postgres-nio's pool, replaced when the server goes away. Left to itself the pool keeps requests
/// waiting while it retries with a growing backoff (about a minute before it fails them, as long again to
/// notice the server is back). Here the first sign of a server that is gone shuts that pool down (what
/// waits in it fails at once); while the server is away each request costs one connection attempt
/// (at most one every half second) and fails at once; and the first attempt that succeeds starts a new pool.
final class PostgresPool: Sendable {
    private struct State {
        var client: PostgresClient
        var running: Task<Void, Never>
        /// Set while the server is away: when it was last tried.
        var lastProbe: ContinuousClock.Instant?
    }

    private let address: PostgresAddress
    private let maximumConnections: Int
    let logger: Logger
    let activity: StoreActivity
    private let state: Mutex<State>

    init(address: PostgresAddress, maximumConnections: Int, logger: Logger) {
        self.address = address
        self.maximumConnections = maximumConnections
        self.logger = logger
        activity = StoreActivity(kind: "postgresql", connectionLimit: maximumConnections)
        let (client, running) = Self.start(address, maximumConnections: maximumConnections, logger: logger)
        state = Mutex(State(client: client, running: running))
    }

    deinit {
        state.withLock { $0.running.cancel() }
    }

    private static func start(_ address: PostgresAddress, maximumConnections: Int, logger: Logger) -> (PostgresClient, Task<Void, Never>) {
        var configuration = address.clientConfiguration
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectionIdleTimeout = .seconds(30)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return (client, Task { await client.run() })
    }

    /// The pool to use now; throws `StoreError.unavailable` while the server is away.
    func client() async throws -> PostgresClient {
        enum Next { case use(PostgresClient), probe, refuse }
        let now = ContinuousClock.now
        let next: Next = state.withLock { state in
            guard let lastProbe = state.lastProbe else { return .use(state.client) }
            guard now - lastProbe >= .milliseconds(500) else { return .refuse }
            state.lastProbe = now
            return .probe
        }
        switch next {
        case .use(let client): return client
        case .refuse: throw StoreError.unavailable
        case .probe:
            guard await answers() else { throw StoreError.unavailable }
            return state.withLock { state in
                if state.lastProbe != nil {
                    (state.client, state.running) = Self.start(address, maximumConnections: maximumConnections, logger: logger)
                    state.lastProbe = nil
                    logger.notice("PostgreSQL answers again")
                }
                return state.client
            }
        }
    }

    /// Notes that `client` met a server that is gone, and shuts that pool down.
    func lost(_ client: PostgresClient) {
        let now = ContinuousClock.now
        state.withLock { state in
            guard state.client === client, state.lastProbe == nil else { return }
            state.lastProbe = now
            state.running.cancel()
            logger.error("PostgreSQL is unavailable; requests are refused until it answers again")
        }
    }

    private func answers() async -> Bool {
        do {
            let configuration = try address.probeConfiguration(timeout: .seconds(2))
            let connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0, logger: logger).get()
            try? await connection.close()
            return true
        } catch {
            return false
        }
    }

    /// Runs `body` on a connection of the pool, noting a server that is gone. Neither waiting for a
    /// connection nor a query on one that the server dropped is waited for blindly (see `watch`).
    func using<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await activity.measure { try await lease(body) }
    }

    private func lease<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let client = try await client()
        let request = PoolRequest<T>()
        do {
            return try await PostgresFailure.mapping {
                try await withTaskCancellationHandler {
                    try await withCheckedThrowingContinuation { continuation in
                        request.begin(continuation)
                        let work = Task {
                            do {
                                request.finish(.success(try await client.withConnection { connection in
                                    request.leased(connection)
                                    return try await body(connection)
                                }))
                            } catch {
                                request.finish(.failure(error))
                            }
                        }
                        request.attach(work: work, watchdog: Task { await self.watch(request) })
                    }
                } onCancel: {
                    request.cancelWork()
                }
            }
        } catch StoreError.unavailable {
            lost(client)
            throw StoreError.unavailable
        }
    }

    /// Answers for a request whose work cannot answer itself. The pool keeps a request waiting while it
    /// cannot connect, so a request still waiting after a second tries the server itself, and again every
    /// second: a busy pool is waited for, a server that does not answer is not. And a query on a
    /// connection the server dropped (stopped hard, say) may never end: a second after the drop, the
    /// request is answered unavailable and its work left behind.
    private func watch<T>(_ request: PoolRequest<T>) async {
        while (try? await Task.sleep(for: .seconds(1))) != nil {
            if let connection = request.connection {
                guard connection.isClosed else { continue }
                guard (try? await Task.sleep(for: .seconds(1))) != nil else { return }
            } else if await answers() {
                continue
            }
            request.finish(.failure(StoreError.unavailable))
            return
        }
    }
}

extension PostgresPool: PostgresQuerying {
    func collect(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await using { [logger] connection in try await connection.query(query, logger: logger).collect() }
    }
}
