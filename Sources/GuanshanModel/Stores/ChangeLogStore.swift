/// The change log every write of something pages show raises (see docs/architecture.md), and the
/// published documents read in runs to rebuild what is derived from them.
public protocol ChangeLogStore: Sendable {
    /// The newest revision of the change log (`ChangeLog`); every write of something pages show raises it.
    func revision() async throws -> Int64
    /// The documents changed after `revision`, read in one snapshot: at most `limit` documents, oldest
    /// change first. Complete, it brings a reader up to the log's newest revision, past every other change.
    func changes(after revision: Int64, limit: Int) async throws -> DocumentChanges
    /// How many documents changed after `revision`.
    func changedDocumentCount(after revision: Int64) async throws -> Int
    /// Published documents with an id above `afterID` (and at most `through`), by id, for rebuilding derived data.
    func searchableDocuments(afterID: Int64, through: Int64?, limit: Int) async throws -> [SearchableDocument]
    /// Ids that cut the published documents into `parts` runs of about as much text each, ascending
    /// (`parts - 1` of them, fewer when there are few documents), so that runs can be read side by side.
    func searchablePartitions(_ parts: Int) async throws -> [Int64]
}
