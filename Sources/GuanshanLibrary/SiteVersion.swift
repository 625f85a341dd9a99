import Foundation
internal import GuanshanStore
internal import GuanshanModel
import Synchronization

/// What every page is rendered from besides its own data, as this node last saw it: the settings and the
/// revision of the change log (`ChangeLog`). Pages read it from memory; it is read again from the store after each
/// write made through this node and every second for the writes of other nodes and processes, so that
/// caches keyed on `stamp` follow both.
public final class SiteVersion: Sendable {
    public struct Snapshot: Sendable {
        /// Rises whenever the change log's revision differs from the last reading (settings changes are
        /// in the log; the library's own state, under `ChangeLog.stateKeyPrefix`, is not, and moves nothing).
        public var stamp: Int
        public var settings: SiteSettings
        /// When this node first saw this stamp, to the second: no page rendered from it changed before.
        public var since: Date
        var revision: Int64
    }

    private let store: any ChangeLogStore & SettingsStore
    private let now: @Sendable () -> Date
    private let state = Mutex(State())

    private struct State {
        var snapshot: Snapshot?
        /// Readings are numbered as they start, so that a slow one never replaces a later one.
        var started = 0
        var applied = 0
    }

    init(store: any ChangeLogStore & SettingsStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    /// The last snapshot; read from the store the first time.
    public func current() async throws -> Snapshot {
        if let known { return known }
        return try await refresh()
    }

    /// The last snapshot, without waiting: nil until the store was first read.
    public var known: Snapshot? {
        state.withLock { $0.snapshot }
    }

    /// Reads the revision and the settings again; the stamp rises when the revision changed.
    @discardableResult
    public func refresh() async throws -> Snapshot {
        let ticket = state.withLock { state in
            state.started += 1
            return state.started
        }
        let revision = try await store.revision()
        let stored = try await store.settings()
        let seen = Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down))
        return state.withLock { state in
            if let old = state.snapshot, ticket < state.applied || old.revision == revision { return old }
            let snapshot = Snapshot(
                stamp: (state.snapshot?.stamp ?? 0) + 1, settings: SiteSettings(stored: stored), since: seen, revision: revision)
            state.snapshot = snapshot
            state.applied = ticket
            return snapshot
        }
    }
}
