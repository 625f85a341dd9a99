/// How busy the store is on this node, for `/metrics`: the requests under way against the connections
/// it may use at once, and totals since the process started.
public struct StoreLoad: Sendable, Equatable {
    /// `sqlite` or `postgresql`.
    public var kind: String
    public var inFlight: Int
    /// Connections the store uses at most (for SQLite its readers and its one writer).
    public var connectionLimit: Int
    public var requests: Int
    /// Requests refused because the database could not be reached.
    public var unavailable: Int

    public init(kind: String, inFlight: Int, connectionLimit: Int, requests: Int, unavailable: Int) {
        self.kind = kind
        self.inFlight = inFlight
        self.connectionLimit = connectionLimit
        self.requests = requests
        self.unavailable = unavailable
    }
}
