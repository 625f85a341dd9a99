import GuanshanModel
/// Where the library keeps its documents. Lists and reads see published documents only.
public protocol Store: AccountStore, EditorialStore, BackupStore, SecurityLogStore, JobStore {
    /// Saves new documents in one transaction, in order; a document whose content hash exists is not saved again.
    func saveNewDocuments(_ documents: [NewDocument]) async throws -> [SaveOutcome]
    func document(id: Int64) async throws -> StoredDocument?
    func documentID(contentHash: String) async throws -> Int64?
    func documents(_ query: DocumentListQuery) async throws -> DocumentList
    func documentCount() async throws -> Int
    /// Categories that hold at least one published document, by name.
    func categories() async throws -> [Category]
    func category(slug: String) async throws -> Category?
    /// Adds batched view counts, document id to views, counting them also to `day` (`2026-11-29`).
    func addViews(_ views: [Int64: Int], day: String) async throws
    /// The newest revision of the change log (`ChangeLog`); every write of something pages show raises it.
    func revision() async throws -> Int64
    /// The documents changed after `revision`, read in one snapshot: at most `limit` documents, oldest
    /// change first. Complete, it brings a reader up to the log's newest revision, past every other change.
    func changes(after revision: Int64, limit: Int) async throws -> DocumentChanges
    /// How many documents changed after `revision`.
    func changedDocumentCount(after revision: Int64) async throws -> Int
    /// Published documents with an id above `afterID` (and at most `through`), by id, for rebuilding derived data.
    func searchableDocuments(afterID: Int64, through: Int64?, limit: Int) async throws -> [SearchableDocument]
    /// Page counts of published documents with an id above `afterID`, by id, at most `limit`: a sitemap
    /// reads them in runs, keyed on the last id, so that no request holds every document at once.
    func publishedPageCounts(afterID: Int64, limit: Int) async throws -> [DocumentPageCount]
    /// Ids that cut the published documents into `parts` runs of about as much text each, ascending
    /// (`parts - 1` of them, fewer when there are few documents), so that runs can be read side by side.
    func searchablePartitions(_ parts: Int) async throws -> [Int64]
    /// What a search result shows of published documents, in the order asked; missing ones are left out.
    func searchResults(ids: [Int64]) async throws -> [SearchResultDocument]
    func settings() async throws -> [String: String]
    func setSettings(_ values: [String: String]) async throws
    /// The setting's value, first storing `value` when it has none: of two writers racing, both get the first's.
    func setting(_ key: String, insertingIfAbsent value: String) async throws -> String
    /// How busy the store is on this node now.
    var load: StoreLoad { get }
}
