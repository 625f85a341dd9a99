/// Where the library keeps its documents. Lists and reads see published documents only.
public protocol Store: Sendable {
    /// Saves new documents in one transaction, in order; a document whose content hash exists is not saved again.
    func saveNewDocuments(_ documents: [NewDocument]) async throws -> [SaveOutcome]
    func document(id: Int64) async throws -> StoredDocument?
    func documentID(contentHash: String) async throws -> Int64?
    func documents(_ query: DocumentListQuery) async throws -> DocumentList
    func documentCount() async throws -> Int
    /// Categories that hold at least one published document, by name.
    func categories() async throws -> [Category]
    func category(slug: String) async throws -> Category?
    /// Adds batched view counts, document id to views.
    func addViews(_ views: [Int64: Int]) async throws
    func settings() async throws -> [String: String]
    func setSettings(_ values: [String: String]) async throws
}
