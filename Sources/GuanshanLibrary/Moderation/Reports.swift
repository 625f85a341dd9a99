import Foundation
public import GuanshanModel

public enum ReportError: Error, Equatable, Sendable {
    /// Details are at most 1,000 characters, without control characters.
    case detailsTooLong
    /// More than `EditorialService.reportsPerHour` reports from one reporter in an hour.
    case tooMany
}

/// Reports (举报): any visitor reports a published document with a reason; editors see the reports
/// grouped by document and take the document down or dismiss them. A document reported by as many
/// people as the site's setting says is hidden at once, until an editor decides.
extension EditorialService {
    public static let reportsPerHour = 10
    public static let longestReportDetails = 1_000

    /// Who sent a report or a notice, for counting people and for the rate: the account, or a hash of the
    /// address of a visitor.
    static func senderKey(_ visitor: Visitor?, address: String?) -> String {
        visitor.map { "account:\($0.user.id)" } ?? "address:" + sha256Hex(address ?? "").prefix(32)
    }

    /// Records a report of a published document by `visitor` (nil when not signed in) from `address`.
    public func report(documentID: Int64, reason: ReportReason, details: String, by visitor: Visitor?, address: String?) async throws {
        guard let details = try? WrittenText.checked(details, limit: Self.longestReportDetails, required: false) else {
            throw ReportError.detailsTooLong
        }
        guard let document = try await store.document(id: documentID) else { throw LibraryError.documentNotFound }
        let key = Self.senderKey(visitor, address: address)
        guard try await store.reportCount(reporterKey: key, since: now().addingTimeInterval(-3_600)) < Self.reportsPerHour else {
            throw ReportError.tooMany
        }
        let reporters = try await store.addReport(NewReport(
            documentID: documentID, reason: reason, details: details, reporterID: visitor?.user.id, reporterKey: key, at: now()))
        let threshold = try await settings().reportsToHide
        if threshold > 0, reporters >= threshold {
            try await hideReported(document)
        }
    }

    /// Takes a document reported by enough people out of view until an editor decides: a reader's shared
    /// document is taken down (its uploader told), another goes to the trash, whence it can be restored.
    private func hideReported(_ document: StoredDocument) async throws {
        let reason = "多人举报，等待编辑处理"
        if let submission = try await store.submission(documentID: document.id), submission.state == .published {
            if try await changes.commit({
                try await store.decideSubmission(documentID: document.id, from: .published, to: .takenDown, reason: reason, deciderID: nil, at: now())
            }) {
                try await notify(submission.uploaderID, .takenDown, document: document.id, title: document.summary.title, detail: reason)
            }
        } else if try await changes.commit({ try await store.trashDocument(id: document.id, at: now()) }) {
            await securityLog.record(.documentTrashed, by: nil, subject: "#\(document.id)", detail: "reported")
        }
    }

    /// Documents with reports not dealt with, the latest report first.
    public func reportQueue(pageNumber: Int) async throws -> Paged<ReportedDocument> {
        let window = try PageWindow(pageNumber, size: Self.reviewPageSize)
        let list = try await store.reportedDocuments(offset: window.offset, limit: window.limit)
        return try window.page(list.rows, total: list.total)
    }

    /// The reports of a document not dealt with, newest first, and what the document is.
    public func reports(of documentID: Int64) async throws -> (document: EditableDocument, reports: [DocumentReport]) {
        guard let document = try await store.editableDocument(id: documentID) else { throw LibraryError.documentNotFound }
        return (document, try await store.openReports(documentID: documentID))
    }

    /// The reports were looked at and the document stays.
    public func dismissReports(documentID: Int64, by editor: Visitor) async throws {
        let closed = try await store.closeReports(documentID: documentID, by: editor.user.id, at: now())
        if closed > 0 { await securityLog.record(.reviewed, by: editor, subject: "#\(documentID)", detail: "reports dismissed (\(closed))") }
    }

    /// Takes a reported document down with `reason`: a reader's shared document through its review (its
    /// uploader told), another to the trash; its reports are closed.
    public func takeDownReported(documentID: Int64, reason: String, by editor: Visitor) async throws {
        if let submission = try await store.submission(documentID: documentID), submission.state == .published {
            try await takeDown([documentID], reason: reason, by: editor)
        } else {
            let reason = try Self.checkedReason(reason)
            try await trashDocument(id: documentID, by: editor)
            try await recordTakedown(of: documentID, reason: reason, by: editor)
        }
        _ = try await store.closeReports(documentID: documentID, by: editor.user.id, at: now())
    }
}
