public import Foundation

/// Readers' reports of documents (举报), open until an admin deals with them, read only in the admin.
public protocol ReportStore: Sendable {
    /// Records a report; returns how many distinct reporters (reporter_key) the document's open reports now have.
    func addReport(_ report: NewReport) async throws -> Int
    /// Documents with open reports, the latest report first, paged; total is the number of such documents.
    func reportedDocuments(offset: Int, limit: Int) async throws -> ReportedDocumentList
    /// The open reports of a document, newest first.
    func openReports(documentID: Int64) async throws -> [DocumentReport]
    /// Closes the document's open reports (dealt with); returns how many.
    func closeReports(documentID: Int64, by closerID: Int64?, at: Date) async throws -> Int
    /// Whether any document owned by `ownerID` has open reports.
    func hasOpenReports(ownerID: Int64) async throws -> Bool
    /// Open reports made with `reporterKey` at or after `since` (a reporter's rate).
    func reportCount(reporterKey: String, since: Date) async throws -> Int
}
