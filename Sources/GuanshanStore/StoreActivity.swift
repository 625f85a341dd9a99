import GuanshanModel
import Synchronization

/// Counts the requests a store runs, as they run: what `StoreLoad` reports.
final class StoreActivity: Sendable {
    private let kind: String
    private let connectionLimit: Int
    private let inFlight = Atomic<Int>(0)
    private let requests = Atomic<Int>(0)
    private let unavailable = Atomic<Int>(0)

    init(kind: String, connectionLimit: Int) {
        self.kind = kind
        self.connectionLimit = connectionLimit
    }

    func measure<T>(_ body: () async throws -> T) async throws -> T {
        inFlight.add(1, ordering: .relaxed)
        requests.add(1, ordering: .relaxed)
        defer { inFlight.subtract(1, ordering: .relaxed) }
        do {
            return try await body()
        } catch StoreError.unavailable {
            unavailable.add(1, ordering: .relaxed)
            throw StoreError.unavailable
        }
    }

    var load: StoreLoad {
        StoreLoad(
            kind: kind, inFlight: inFlight.load(ordering: .relaxed), connectionLimit: connectionLimit,
            requests: requests.load(ordering: .relaxed), unavailable: unavailable.load(ordering: .relaxed))
    }
}
