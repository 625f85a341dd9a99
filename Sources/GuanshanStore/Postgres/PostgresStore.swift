import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL store, for several app nodes on one database: a pool of connections, migrated on open.
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>

    /// Connects to the database at `address` and brings its schema up to date. Several nodes may open the
    /// same database at once: migrations run one node at a time.
    public init(address: PostgresAddress, maximumConnections: Int = 20) async throws {
        var configuration = address.clientConfiguration
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectionIdleTimeout = .seconds(30)
        let logger = Logger(label: "guanshan.postgres")
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
        do {
            try await PostgresMigrations.migrate(client, logger: logger)
        } catch {
            running.cancel()
            throw error
        }
    }

    deinit {
        running.cancel()
    }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws. What
    /// `body` throws comes out as it is, unless the rollback failed too.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError where error.rollbackError == nil {
            throw error.closureError ?? error
        }
    }
}

/// What can run a query: the pool (each query on any free connection) or one connection (in a transaction).
protocol PostgresQuerying: Sendable {
    func run(_ query: PostgresQuery) async throws -> PostgresRowSequence
}

extension PostgresClient: PostgresQuerying {
    func run(_ query: PostgresQuery) async throws -> PostgresRowSequence { try await self.query(query) }
}

extension PostgresConnection: PostgresQuerying {
    func run(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        try await self.query(query, logger: Logger(label: "guanshan.postgres"))
    }
}

extension PostgresQuerying {
    func execute(_ query: PostgresQuery) async throws {
        for try await _ in try await run(query) {}
    }

    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await run(query).collect().map { $0.makeRandomAccess() }
    }

    func row(_ query: PostgresQuery) async throws -> PostgresRandomAccessRow? {
        try await rows(query).first
    }

    /// The first column of the first row, nil when there is no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> T? {
        guard let row = try await run(query).collect().first else { return nil }
        return try row.makeRandomAccess()[0].decode(T.self)
    }
}

extension PostgresRandomAccessRow {
    func get<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }
}

extension Error {
    /// A unique or primary key constraint refused the write.
    var isUniqueViolation: Bool {
        (self as? PSQLError)?.serverInfo?[.sqlState] == "23505"
    }
}
