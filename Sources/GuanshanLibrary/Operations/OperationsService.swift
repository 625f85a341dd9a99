import Foundation
internal import GuanshanStore
public import GuanshanModel

/// What operators do: back up and restore, read the security log, see and finish the work under way,
/// write what is kept in memory, prune what has expired. The one service over the whole store: a backup
/// is of everything.
public struct OperationsService: Sendable {
    let store: any Store
    let reading: ReadingService
    let editorial: EditorialService
    let accounts: Accounts
    let changes: ChangeFollower
    let layout: LayoutKeeper
    public let securityLog: SecurityLog
    let pruning = PruneSchedule()
    let now: @Sendable () -> Date

    /// How busy the store is on this node.
    public var storeLoad: StoreLoad { store.load }

    /// Writes the view counts (to today's total too, in the site's time zone) and reading marks kept in memory.
    public func flushPendingWrites() async throws {
        let timeZone = try await SiteSettings.read(from: store).timeZone
        try await reading.flushPendingWrites(day: CalendarDay(now(), in: timeZone).text)
    }

    /// Brings this node's search index and page stamp up to the change log, with the writes of other nodes.
    public func followChanges() async throws {
        try await changes.follow()
    }
}
