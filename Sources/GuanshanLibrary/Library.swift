import Foundation
internal import GuanshanSearch
public import GuanshanStore
public import GuanshanModel

/// The use cases the site and the command line share. Every decision about documents is made here.
public struct Library: Sendable {
    let store: any Store
    public let views: ViewCounter
    public let search: SearchKeeper
    public let accounts: Accounts
    public let readings: ReadingRecorder
    public let layout: LayoutKeeper
    public let formKey: FormKey
    let related = RelatedMemo()
    /// Jobs run one at a time on a node.
    let jobGate = SerialGate()
    let pruning = PruneSchedule()
    let sitemapPlans = SitemapPlans()
    /// The settings and change-log revision pages are rendered from, followed without a read per request.
    public let version: SiteVersion
    let now: @Sendable () -> Date

    /// A library on `store`, with its search index in `searchDirectory` or, without one, in memory.
    /// Tests pass a cheap password cost, their own password worker and their own clock.
    public init(
        store: any Store, searchDirectory: URL? = nil, passwordCost: PasswordHasher.Cost = .standard,
        passwordWorker: PasswordWorker = PasswordWorker(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.now = now
        self.views = ViewCounter(store: store)
        self.readings = ReadingRecorder(store: store)
        self.layout = LayoutKeeper(store: store)
        self.formKey = FormKey(store: store)
        self.version = SiteVersion(store: store, now: now)
        self.accounts = Accounts(store: store, hasher: PasswordHasher(cost: passwordCost, worker: passwordWorker), now: now)
        let index = searchDirectory.map(SearchIndex.init(directory:)) ?? SearchIndex()
        self.search = SearchKeeper(index: index, store: store)
    }

    /// Opens the SQLite library in `directory`, creating the folder and migrating the database as needed.
    /// The search index lives in `directory/search`.
    public static func open(dataDirectory directory: URL) throws -> Library {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: directory.appendingPathComponent("guanshan.sqlite").path)
        return Library(store: store, searchDirectory: directory.appendingPathComponent("search"))
    }

    /// Opens the library on the PostgreSQL database at `databaseURL` when one is given, else on the SQLite
    /// file in `directory`. The search index of this node lives in `directory/search` either way.
    public static func open(dataDirectory directory: URL, databaseURL: String?) async throws -> Library {
        guard let databaseURL else { return try open(dataDirectory: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try await PostgresStore(address: try PostgresAddress(databaseURL))
        return Library(store: store, searchDirectory: directory.appendingPathComponent("search"))
    }

    public func settings() async throws -> SiteSettings {
        SiteSettings(stored: try await store.settings())
    }

    /// How busy the store is on this node.
    public var storeLoad: StoreLoad { store.load }

    /// Writes the view counts (to today's total too) and reading marks kept in memory.
    public func flushPendingWrites() async throws {
        try await views.flush(day: CalendarDay(now(), in: try await settings().timeZone).text)
        try await readings.flush()
    }
}

public enum LibraryError: Error, Equatable, Sendable {
    case documentNotFound
    case pageNotFound
    case categoryNotFound
    case tagNotFound
    case queryTooLong
}
