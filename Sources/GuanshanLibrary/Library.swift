import Foundation
internal import GuanshanSearch
public import GuanshanStore
public import GuanshanModel

/// The use cases the site and the command line share, as services by area, each over the narrow part
/// of the store it needs (`Sources/GuanshanModel/Stores`). Every decision about documents is made here.
public struct Library: Sendable {
    let store: any Store
    /// Where the bytes of originals are kept.
    public let originals: any OriginalStorage
    /// Pages, lists, downloads, favorites and history: what readers do.
    public let reading: ReadingService
    /// The search index, kept in step with the change log, and the queries it answers.
    public let search: SearchService
    /// Documents, categories, tags, settings and imports: what editors do.
    public let editorial: EditorialService
    /// Accounts, sessions, tokens, logins and their administration.
    public let accounts: Accounts
    /// Feeds and sitemaps.
    public let syndication: SyndicationService
    /// Backups, the security log, the work under way and the pending writes: what operators do.
    public let operations: OperationsService
    public let layout: LayoutKeeper
    public let formKey: FormKey
    /// The settings and change-log revision pages are rendered from, followed without a read per request.
    public let version: SiteVersion
    /// The sensitive-word lists (敏感词), applied from memory.
    public let words: SensitiveWords
    /// A reader's own uploads and notifications.
    public let contributions: Contributions
    public let comments: CommentService

    /// A library on `store`, its originals in `originals`, with its search index in `searchDirectory` or,
    /// without one, in memory, and previews of the originals' pages kept in `previewDirectory` up to
    /// `previewCacheBytes` (without one, no previews). Tests pass a cheap password cost, their own
    /// password worker and their own clock.
    public init(
        store: any Store, originals: any OriginalStorage = OriginalsInMemory(), searchDirectory: URL? = nil,
        previewDirectory: URL? = nil, previewCacheBytes: Int = Library.defaultPreviewCacheBytes,
        passwordCost: PasswordHasher.Cost = .standard, passwordWorker: PasswordWorker = PasswordWorker(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.originals = originals
        let version = SiteVersion(store: store, now: now)
        let securityLog = SecurityLog(store: store, now: now)
        let words = SensitiveWords(store: store, version: version, securityLog: securityLog)
        let search = SearchService(index: searchDirectory.map(SearchIndex.init(directory:)) ?? SearchIndex(), store: store, words: words)
        let changes = ChangeFollower(search: search, version: version)
        self.words = words
        self.search = search
        self.version = version
        self.layout = LayoutKeeper(store: store)
        self.formKey = FormKey(store: store)
        let previews = previewDirectory.map { PagePreviews(storage: originals, directory: $0, limitBytes: previewCacheBytes) }
        self.reading = ReadingService(
            store: store, originals: originals, previews: previews, search: search, words: words, now: now)
        self.accounts = Accounts(
            store: store, hasher: PasswordHasher(cost: passwordCost, worker: passwordWorker), now: now, words: words)
        self.editorial = EditorialService(
            store: store, originals: originals, changes: changes, layout: layout, securityLog: securityLog, words: words, now: now)
        self.contributions = Contributions(store: store)
        self.comments = CommentService(store: store, changes: changes, words: words, securityLog: securityLog, now: now)
        self.syndication = SyndicationService(store: store, words: words)
        self.operations = OperationsService(
            store: store, reading: reading, editorial: editorial, accounts: accounts, changes: changes, layout: layout,
            securityLog: securityLog, now: now)
    }

    /// Opens the SQLite library in `directory`, creating the folder and migrating the database as needed.
    /// The search index lives in `directory/search`, the originals in `directory/originals`.
    public static func open(dataDirectory directory: URL) throws -> Library {
        try openSQLite(directory, originals: .folder)
    }

    /// Opens the library on the PostgreSQL database at `databaseURL` when one is given, else on the SQLite
    /// file in `directory`, its originals where `originals` says (by default the data folder on SQLite,
    /// the database on PostgreSQL). The search index of this node lives in `directory/search` either way.
    /// Page previews are kept in `directory/previews`, up to `previewCacheBytes`.
    public static func open(
        dataDirectory directory: URL, databaseURL: String?, originals: OriginalsPlace? = nil,
        previewCacheBytes: Int = defaultPreviewCacheBytes
    ) async throws -> Library {
        guard let databaseURL else { return try openSQLite(directory, originals: originals ?? .folder, previewCacheBytes: previewCacheBytes) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try await PostgresStore(address: try PostgresAddress(databaseURL))
        return Library(
            store: store, originals: try (originals ?? .database).storage(dataDirectory: directory, postgres: store),
            searchDirectory: directory.appendingPathComponent("search"), previewDirectory: directory.appendingPathComponent("previews"),
            previewCacheBytes: previewCacheBytes)
    }

    /// 512 MB.
    public static let defaultPreviewCacheBytes = 512 << 20

    private static func openSQLite(_ directory: URL, originals: OriginalsPlace, previewCacheBytes: Int = defaultPreviewCacheBytes) throws -> Library {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let storage = try originals.storage(dataDirectory: directory)
        let store = try SQLiteStore(path: directory.appendingPathComponent("guanshan.sqlite").path)
        return Library(
            store: store, originals: storage, searchDirectory: directory.appendingPathComponent("search"),
            previewDirectory: directory.appendingPathComponent("previews"), previewCacheBytes: previewCacheBytes)
    }

    public func settings() async throws -> SiteSettings {
        try await SiteSettings.read(from: store)
    }
}

public enum LibraryError: Error, Equatable, Sendable {
    case documentNotFound
    case pageNotFound
    case categoryNotFound
    case tagNotFound
    /// No account of that name shares a published document.
    case sharerNotFound
    case queryTooLong
    /// Only signed-in readers may have this (a document's original, by the site's setting).
    case signInRequired
    /// The document names an original whose bytes the storage does not have.
    case originalMissing
    /// Too many page previews are being drawn at once: ask again in a moment.
    case busy
}
