import Foundation
internal import GuanshanFormats
public import GuanshanModel
import GuanshanText

/// A page of the admin's document list, with the count of each state for the filter.
public struct AdminDocumentPage: Sendable {
    public var documents: Paged<AdminDocumentRow>
    public var counts: [EditorialState: Int]
}

/// What the editor's preview shows: the blocks as the reading page will, and the counts.
public struct DraftPreview: Sendable {
    public var title: String
    public var blocks: [Block]
    public var stats: TextStats
}

/// Writing documents from the admin: new, edited, previewed, trashed, restored and deleted. Every change
/// reaches the search index before the call returns.
extension EditorialService {
    public static let adminPageSize = 30

    public func adminDocuments(state: EditorialState?, categoryID: Int64?, title: String?, pageNumber: Int) async throws -> AdminDocumentPage {
        let window = try PageWindow(pageNumber, size: Self.adminPageSize)
        let list = try await store.adminDocuments(
            AdminDocumentQuery(state: state, categoryID: categoryID, title: title, offset: window.offset, limit: window.limit))
        return AdminDocumentPage(documents: try window.page(list.rows, total: list.total), counts: list.counts)
    }

    public func editableDocument(id: Int64) async throws -> EditableDocument {
        guard let document = try await store.editableDocument(id: id) else { throw LibraryError.documentNotFound }
        return document
    }

    /// Any document that is not in the trash, published or not, as a file: what `guanshan export` writes.
    public func export(id: Int64, as format: ExportFormat) async throws -> ExportedFile {
        guard let editable = try await store.editableDocument(id: id), editable.state != .trashed else {
            throw LibraryError.documentNotFound
        }
        return try ExportedFile(editable.document, as: format)
    }

    /// The form's fields for an existing document; its body as Markdown, which keeps headings and lists.
    public func draft(of editable: EditableDocument) -> DocumentDraft {
        let document = editable.document
        return DocumentDraft(
            title: document.summary.title, body: MarkdownWriter.markdown(blocks: document.blocks), format: .markdown,
            category: document.summary.category?.name ?? "", tags: document.tags.joined(separator: ", "),
            status: document.status)
    }

    public func preview(_ draft: DocumentDraft) async throws -> DraftPreview {
        let parsed = try draft.parsed()
        let settings = try await settings()
        return DraftPreview(
            title: parsed.title, blocks: parsed.blocks,
            stats: TextStats(blocks: parsed.blocks, budget: settings.pageBudget, readingSpeed: settings.readingSpeed))
    }

    public func createDocument(_ draft: DocumentDraft, by editor: Visitor) async throws -> Int64 {
        let new = try await prepared(draft, by: editor)
        switch try await changes.commit({ try await store.saveNewDocuments([new]).first }) {
        case .inserted(let id):
            return id
        case .duplicate(let existing):
            throw EditorialError.duplicate(of: existing)
        case .idTaken, nil:
            throw LibraryError.documentNotFound
        }
    }

    public func updateDocument(id: Int64, _ draft: DocumentDraft, by editor: Visitor) async throws {
        if try await store.submission(documentID: id) != nil, let current = try await store.editableDocument(id: id),
           current.state != .trashed, (current.state == .published) != (draft.status == .published) {
            throw EditorialError.underReview
        }
        let new = try await prepared(draft, by: editor)
        let update = DocumentUpdate(
            title: new.title, category: new.category, tags: new.tags, status: draft.status, blocks: new.blocks, metrics: new.metrics, at: now())
        switch try await changes.commit({ try await store.updateDocument(id: id, update) }) {
        case .updated: if draft.status == .published { try await forgetTakedowns(of: [id]) }
        case .notFound: throw LibraryError.documentNotFound
        case .duplicate(let other): throw EditorialError.duplicate(of: other)
        }
    }

    private func prepared(_ draft: DocumentDraft, by editor: Visitor) async throws -> NewDocument {
        let parsed = try draft.parsed()
        let settings = try await settings()
        return DocumentPreparation(
            pageBudget: settings.pageBudget, readingSpeed: settings.readingSpeed, sharer: editor.user.displayName,
            status: draft.status, ownerID: editor.user.id
        ).prepare(parsed, now: now())
    }

    public func trashDocument(id: Int64, by editor: Visitor?) async throws {
        guard try await changes.commit({ try await store.trashDocument(id: id, at: now()) }) else { throw LibraryError.documentNotFound }
        await securityLog.record(.documentTrashed, by: editor, subject: "#\(id)")
    }

    /// Takes a document out of the trash, in the state it had; published again, it loses its takedown records.
    public func restoreDocument(id: Int64) async throws {
        guard try await changes.commit({ try await store.restoreDocument(id: id) }) else { throw LibraryError.documentNotFound }
        if try await store.editableDocument(id: id)?.state == .published { try await forgetTakedowns(of: [id]) }
    }

    /// Deletes a document in the trash for good, with its favorites and reading history.
    public func deleteTrashedDocument(id: Int64, by editor: Visitor?) async throws {
        guard try await changes.commit({ try await store.deleteTrashedDocument(id: id) }) else { throw LibraryError.documentNotFound }
        await securityLog.record(.documentDeleted, by: editor, subject: "#\(id)")
    }
}
