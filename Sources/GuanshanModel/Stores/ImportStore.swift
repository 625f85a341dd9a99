/// New documents, saved in batches by the importer and the editor.
public protocol ImportStore: Sendable {
    /// Saves new documents in one transaction, in order; a document whose content hash exists is not saved again.
    func saveNewDocuments(_ documents: [NewDocument]) async throws -> [SaveOutcome]
    func documentID(contentHash: String) async throws -> Int64?
}
