import Foundation
public import GuanshanModel
import GuanshanText

/// The records of takedowns (下架记录): each takedown keeps its text's hash and fingerprint after the
/// document is gone: a reader's upload of the very same text is refused, and one close to it refused or
/// held, as the site's setting says (`SiteSettings.takedownReuploads`).
extension EditorialService {
    /// Records that a document was taken down with `reason`.
    func recordTakedown(of documentID: Int64, reason: String, by editor: Visitor?) async throws {
        guard let document = try await store.editableDocument(id: documentID)?.document else { return }
        _ = try await store.addTakedown(NewTakedown(
            documentID: documentID, title: document.summary.title, contentHash: document.metrics.contentHash,
            fingerprint: document.metrics.fingerprint, reason: reason, deciderID: editor?.user.id, at: now()))
    }

    /// Forgets the takedowns of documents published again (approved, restored, or published from the
    /// editor): an editor changed their mind.
    func forgetTakedowns(of documentIDs: [Int64]) async throws {
        for id in documentIDs { _ = try await store.deleteTakedowns(documentID: id) }
    }

    /// The record of a takedown of this text, or of a text close to it.
    static func takenDown(_ metrics: DocumentMetrics, among records: [Takedown]) -> Takedown? {
        records.first { $0.contentHash == metrics.contentHash }
            ?? records.first { Fingerprint.areNearDuplicates($0.fingerprint, metrics.fingerprint) }
    }

    public static let takedownPageSize = 50

    /// The records, newest first, with the names of the editors who took the documents down.
    public func takedowns(pageNumber: Int) async throws -> (page: Paged<Takedown>, deciders: [Int64: String]) {
        let window = try PageWindow(pageNumber, size: Self.takedownPageSize)
        let list = try await store.takedowns(offset: window.offset, limit: window.limit)
        var deciders: [Int64: String] = [:]
        for id in Set(list.rows.compactMap(\.deciderID)) {
            deciders[id] = try await store.user(id: id)?.displayName
        }
        return (try window.page(list.rows, total: list.total), deciders)
    }

    /// Deletes a record, so that its text may be shared again; false when there is none.
    @discardableResult
    public func deleteTakedown(id: Int64, by editor: Visitor) async throws -> Bool {
        guard try await store.deleteTakedown(id: id) else { return false }
        await securityLog.record(.reviewed, by: editor, subject: "takedown #\(id)", detail: "record deleted")
        return true
    }
}
