public import Foundation
public import GuanshanText

/// What the admin does to documents, categories and tags, and the figures of its dashboard.
public protocol EditorialStore: Sendable {
    func adminDocuments(_ query: AdminDocumentQuery) async throws -> AdminDocumentList
    func fingerprints() async throws -> [StoredFingerprint]
    /// Marks documents as near-duplicates of others saved in the same import.
    func setNearDuplicates(_ links: [(id: Int64, of: Int64)]) async throws
    func editableDocument(id: Int64) async throws -> EditableDocument?
    /// Replaces a document's title, body, category, tags and status, raising its revision. The first
    /// publication sets its publication time.
    func updateDocument(id: Int64, _ update: DocumentUpdate) async throws -> UpdateOutcome
    /// Moves a document to the trash, out of every public list; false when there is no such document.
    func trashDocument(id: Int64, at: Date) async throws -> Bool
    /// Brings a document back from the trash in the state it had.
    func restoreDocument(id: Int64) async throws -> Bool
    /// Deletes a document that is in the trash, for good.
    func deleteTrashedDocument(id: Int64) async throws -> Bool

    func allCategories() async throws -> [Category]
    /// Throws `StoreError.nameTaken` when the name or slug belongs to another category.
    func createCategory(_ name: CategoryName) async throws -> Category
    func updateCategory(id: Int64, _ name: CategoryName) async throws
    /// Deletes the category; its documents keep no category.
    func deleteCategory(id: Int64) async throws
    func tags() async throws -> [TagRow]
    /// Renames a tag, merging it into an existing tag of the new name.
    func renameTag(_ name: String, to newName: String) async throws
    func deleteTag(_ name: String) async throws

    /// Documents (any state) with an id above `afterID`, with their blocks, for recomputing layouts.
    func documentBodies(afterID: Int64, limit: Int) async throws -> [(id: Int64, blocks: [Block])]
    func updateLayouts(_ layouts: [DocumentLayout]) async throws

    func recordImportRun(_ run: ImportRunRecord) async throws
    /// `days` are calendar days (`2026-11-29`) in the site's time zone.
    func dashboard(days: [String], mostRead: Int, imports: Int) async throws -> DashboardFigures
}
