import Foundation
import GuanshanModel
import Logging
import _ConnectionPoolModule
import PostgresNIO

/// The PostgreSQL store, for several app nodes on one database: a pool of connections, migrated on open.
public final class PostgresStore: Sendable {
    let client: PostgresPool

    /// Connects to the database at `address` and brings its schema up to date. Several nodes may open the
    /// same database at once: migrations run one node at a time. Throws `PostgresConnectError` when it cannot
    /// connect, saying why (the pool would only say `unavailable`).
    public init(address: PostgresAddress, maximumConnections: Int = 20) async throws {
        var logger = Logger(label: "guanshan.postgres")
        // The pool's own notices (a connection closed by a stopping server, say) are its to handle.
        logger.logLevel = .error
        try await PostgresConnectError.check(address, timeout: .seconds(10), logger: logger)
        client = PostgresPool(address: address, maximumConnections: maximumConnections, logger: logger)
        try await client.using { [logger] connection in try await PostgresMigrations.migrate(connection, logger: logger) }
    }

    public var load: StoreLoad { client.activity.load }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws. What
    /// went wrong first (BEGIN, `body` or COMMIT) comes out as it is.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await client.using { [logger = client.logger] connection in
            do {
                return try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
            } catch let error as PostgresTransactionError {
                throw error.beginError ?? error.closureError ?? error.commitError ?? error
            }
        }
    }
}

/// Errors of a server that is down, restarting or unreachable become `StoreError.unavailable`, which the
/// site answers with 503 (see `PostgresPool` for how the store gets back).
enum PostgresFailure {
    static func mapping<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as PSQLError {
            throw isUnavailable(error) ? StoreError.unavailable : error
        } catch is ConnectionPoolError {
            // The pool gave up waiting for a connection, or was shut down.
            throw StoreError.unavailable
        }
    }

    static func isUnavailable(_ error: PSQLError) -> Bool {
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed,
             .sslUnsupported, .failedToAddSSLHandler:
            return true
        case .server:
            // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
        default:
            return false
        }
    }
}

/// What can run a query: the pool (each query on any free connection) or one connection (in a transaction).
protocol PostgresQuerying: Sendable {
    func collect(_ query: PostgresQuery) async throws -> [PostgresRow]
}

extension PostgresConnection: PostgresQuerying {
    private static let queryLogger = Logger(label: "guanshan.postgres")

    func collect(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await PostgresFailure.mapping { try await self.query(query, logger: Self.queryLogger).collect() }
    }
}

extension PostgresQuerying {
    func execute(_ query: PostgresQuery) async throws {
        _ = try await collect(query)
    }

    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await collect(query).map { $0.makeRandomAccess() }
    }

    func row(_ query: PostgresQuery) async throws -> PostgresRandomAccessRow? {
        try await rows(query).first
    }

    /// The first column of the first row, nil when there is no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> T? {
        guard let row = try await collect(query).first else { return nil }
        return try row.makeRandomAccess()[0].decode(T.self)
    }

    /// The id of the row that `insert`, an INSERT of one row, writes.
    func insertedID(_ insert: String, _ binds: PostgresBindings) async throws -> Int64 {
        try await value(PostgresQuery(unsafeSQL: insert + " RETURNING id", binds: binds), as: Int64.self) ?? 0
    }

    /// Whether `write`, an UPDATE or a DELETE, changed a row.
    func changesRow(_ write: String, _ binds: PostgresBindings) async throws -> Bool {
        try await value(PostgresQuery(unsafeSQL: write + " RETURNING 1", binds: binds), as: Int.self) != nil
    }
}

extension PostgresBindings {
    /// These bindings, then a page's limit and offset.
    func paging(limit: Int, offset: Int) -> PostgresBindings {
        var binds = self
        binds.append(limit)
        binds.append(offset)
        return binds
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
