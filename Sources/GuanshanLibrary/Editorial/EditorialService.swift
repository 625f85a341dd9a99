import Foundation
internal import GuanshanModel

/// What editors do: write, edit and trash documents, keep categories and tags, change the settings,
/// import files (at once or as jobs kept in the store), and read the dashboard. Every write runs
/// through `changes.commit`, so that the index and the pages follow it.
public struct EditorialService: Sendable {
    typealias Store = DocumentStore & ImportStore & EditorialStore & SettingsStore & JobStore & AccountStore & OriginalStore
        & SubmissionStore & NotificationStore & BanStore & ReportStore & TakedownStore

    let store: any Store
    /// Where imported files are kept as their documents' originals.
    let originals: any OriginalStorage
    let changes: ChangeFollower
    let layout: LayoutKeeper
    let securityLog: SecurityLog
    /// The sensitive-word lists, which readers' uploads are checked with (`Review.swift`).
    let words: SensitiveWords?
    /// Jobs run one at a time on a node.
    let jobGate = SerialGate()
    /// Readers' uploads are checked against the day's limits and queued one at a time on a node.
    let shareGate = SerialGate()
    let now: @Sendable () -> Date

    init(
        store: any Store, originals: any OriginalStorage, changes: ChangeFollower, layout: LayoutKeeper, securityLog: SecurityLog,
        words: SensitiveWords?, now: @escaping @Sendable () -> Date
    ) {
        self.words = words
        self.store = store
        self.originals = originals
        self.changes = changes
        self.layout = layout
        self.securityLog = securityLog
        self.now = now
    }

    /// The settings as the store holds them now, for the admin's form.
    public func settings() async throws -> SiteSettings {
        try await SiteSettings.read(from: store)
    }

    /// How far laying the documents out again for new settings has come; nil when none is under way.
    public func layoutProgress() async throws -> LayoutKeeper.Progress? {
        try await layout.progress()
    }
}
