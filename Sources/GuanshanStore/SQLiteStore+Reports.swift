import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func addReport(_ report: NewReport) async throws -> Int {
        try await writer.write { db in
            try db.execute(sql: ReportQueries.insert(Self.placeholder), arguments: [
                report.documentID, report.reason.rawValue, report.details, report.reporterID, report.reporterKey, report.at,
            ])
            return try Int.fetchOne(db, sql: ReportQueries.reporters(Self.placeholder), arguments: [report.documentID]) ?? 0
        }
    }

    public func reportedDocuments(offset: Int, limit: Int) async throws -> ReportedDocumentList {
        try await writer.read { db in
            let groups = try Row.fetchAll(db, sql: ReportQueries.reportedDocuments(Self.placeholder), arguments: [limit, offset])
            let ids = groups.map { row -> Int64 in row["document_id"] }
            let reasons = ids.isEmpty ? [] : try Row.fetchAll(
                db, sql: ReportQueries.openReasons(Self.placeholder) { "IN (SELECT value FROM json_each(\($0)))" },
                arguments: [try StoredJSON.encode(ids)]
            ).map { row -> (Int64, String) in (row["document_id"], row["reason"]) }
            let byDocument = ReportQueries.reasonsByDocument(reasons)
            let rows = groups.map { row in
                ReportedDocument(
                    documentID: row["document_id"], title: row["title"], ownerID: row["owner_id"], openReports: row["open_reports"],
                    reporters: row["reporters"], latest: row["latest"], reasons: byDocument[row["document_id"], default: []])
            }
            let total = try Int.fetchOne(db, sql: ReportQueries.reportedTotal) ?? 0
            return ReportedDocumentList(rows: rows, total: total)
        }
    }

    public func openReports(documentID: Int64) async throws -> [DocumentReport] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: ReportQueries.openReports(Self.placeholder), arguments: [documentID]).compactMap { row in
                // A reason this version does not know (written by a newer node) is left out rather than mislabeled.
                ReportReason(rawValue: row["reason"]).map { reason in
                    DocumentReport(id: row["id"], reason: reason, details: row["details"], reporterID: row["reporter_id"], created: row["created_at"])
                }
            }
        }
    }

    public func closeReports(documentID: Int64, by closerID: Int64?, at: Date) async throws -> Int {
        try await writer.write { db in
            try db.execute(sql: ReportQueries.close(Self.placeholder), arguments: [at, closerID, documentID])
            return db.changesCount
        }
    }

    public func hasOpenReports(ownerID: Int64) async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(db, sql: ReportQueries.hasOpen(Self.placeholder), arguments: [ownerID]) ?? false
        }
    }

    public func reportCount(reporterKey: String, since: Date) async throws -> Int {
        try await writer.read { db in
            try Int.fetchOne(db, sql: ReportQueries.count(Self.placeholder), arguments: [reporterKey, since]) ?? 0
        }
    }
}

/// What both stores share of reports: their SQL, parameter n written by `placeholder(n)` (`?n` on SQLite,
/// `$n` on PostgreSQL), and the grouping of reasons. Counts (of reports, of reporters) take every open
/// report; what lists a reason leaves out one this version does not know (written by a newer node).
enum ReportQueries {
    /// Parameters: the document, the reason, the details, the reporter's account, the reporter's key, the time.
    static func insert(_ placeholder: (Int) -> String) -> String {
        """
        INSERT INTO report (document_id, reason, details, reporter_id, reporter_key, created_at)
        VALUES (\((1...6).map(placeholder).joined(separator: ", ")))
        """
    }

    /// The distinct reporters of the open reports of the document in parameter 1.
    static func reporters(_ placeholder: (Int) -> String) -> String {
        "SELECT count(DISTINCT reporter_key) FROM report WHERE document_id = \(placeholder(1)) AND closed_at IS NULL"
    }

    /// A page (parameters: the limit, the offset) of the documents with open reports, the latest report first.
    static func reportedDocuments(_ placeholder: (Int) -> String) -> String {
        """
        SELECT r.document_id, d.title, d.owner_id, count(*) AS open_reports, count(DISTINCT r.reporter_key) AS reporters,
            max(r.created_at) AS latest
        FROM report r JOIN document d ON d.id = r.document_id
        WHERE r.closed_at IS NULL
        GROUP BY r.document_id, d.title, d.owner_id
        ORDER BY latest DESC, r.document_id DESC LIMIT \(placeholder(1)) OFFSET \(placeholder(2))
        """
    }

    static let reportedTotal = "SELECT count(DISTINCT document_id) FROM report WHERE closed_at IS NULL"

    /// The distinct reasons of the open reports of the documents listed in parameter 1, which `documentIn`
    /// writes the condition on `document_id` for in the store's dialect.
    static func openReasons(_ placeholder: (Int) -> String, documentIn: (String) -> String) -> String {
        "SELECT DISTINCT document_id, reason FROM report WHERE closed_at IS NULL AND document_id \(documentIn(placeholder(1)))"
    }

    /// The reasons of each document, each once in `ReportReason.allCases` order, those this version does not know skipped.
    static func reasonsByDocument(_ rows: [(Int64, String)]) -> [Int64: [ReportReason]] {
        Dictionary(grouping: rows, by: \.0).mapValues { rows in
            let named = Set(rows.map(\.1))
            return ReportReason.allCases.filter { named.contains($0.rawValue) }
        }
    }

    /// The open reports of the document in parameter 1, newest first.
    static func openReports(_ placeholder: (Int) -> String) -> String {
        """
        SELECT id, reason, details, reporter_id, created_at FROM report
        WHERE document_id = \(placeholder(1)) AND closed_at IS NULL ORDER BY created_at DESC, id DESC
        """
    }

    /// Parameters: the time, the admin, the document.
    static func close(_ placeholder: (Int) -> String) -> String {
        """
        UPDATE report SET closed_at = \(placeholder(1)), closed_by = \(placeholder(2))
        WHERE document_id = \(placeholder(3)) AND closed_at IS NULL
        """
    }

    /// Whether a document owned by parameter 1 has open reports.
    static func hasOpen(_ placeholder: (Int) -> String) -> String {
        """
        SELECT EXISTS (
            SELECT 1 FROM report r JOIN document d ON d.id = r.document_id WHERE d.owner_id = \(placeholder(1)) AND r.closed_at IS NULL
        )
        """
    }

    /// The open reports made with the key in parameter 1 at or after parameter 2.
    static func count(_ placeholder: (Int) -> String) -> String {
        "SELECT count(*) FROM report WHERE reporter_key = \(placeholder(1)) AND created_at >= \(placeholder(2)) AND closed_at IS NULL"
    }
}
