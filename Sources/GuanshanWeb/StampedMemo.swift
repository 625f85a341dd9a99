import Synchronization

/// A value every page reads alike (the categories of the navigation), kept for as long as the site's
/// stamp (`SiteVersion`) stays the same: any write that could change it starts a new stamp, here and on
/// every node, as for the page cache. A request that began under an older stamp reads anew and keeps
/// nothing.
final class StampedMemo<Value: Sendable>: Sendable {
    private let kept = Mutex<(stamp: Int, value: Value)?>(nil)

    func value(stamp: Int, make: () async throws -> Value) async throws -> Value {
        if let kept = kept.withLock({ $0 }), kept.stamp == stamp { return kept.value }
        let value = try await make()
        kept.withLock { kept in
            if stamp >= kept?.stamp ?? .min { kept = (stamp, value) }
        }
        return value
    }
}
