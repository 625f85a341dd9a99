import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func addReport(_ report: NewReport) async throws -> Int {
        var binds = PostgresBindings(capacity: 6)
        binds.append(report.documentID)
        binds.append(report.reason.rawValue)
        binds.append(report.details)
        binds.append(report.reporterID)
        binds.append(report.reporterKey)
        binds.append(report.at)
        var document = PostgresBindings(capacity: 1)
        document.append(report.documentID)
        return try await transaction { [binds, document] connection in
            try await connection.execute(PostgresQuery(unsafeSQL: ReportQueries.insert(Self.placeholder), binds: binds))
            return try await connection.value(PostgresQuery(unsafeSQL: ReportQueries.reporters(Self.placeholder), binds: document), as: Int.self) ?? 0
        }
    }

    public func reportedDocuments(offset: Int, limit: Int) async throws -> ReportedDocumentList {
        var page = PostgresBindings(capacity: 2)
        page.append(limit)
        page.append(offset)
        return try await snapshot { [page] connection in
            let groups = try await connection.rows(PostgresQuery(unsafeSQL: ReportQueries.reportedDocuments(Self.placeholder), binds: page))
            let ids = try groups.map { try $0.get("document_id", as: Int64.self) }
            var reasons: [(Int64, String)] = []
            if !ids.isEmpty {
                var binds = PostgresBindings(capacity: 1)
                binds.append(ids)
                let query = PostgresQuery(unsafeSQL: ReportQueries.openReasons(Self.placeholder) { "= ANY(\($0)::bigint[])" }, binds: binds)
                reasons = try await connection.rows(query).map { (try $0.get("document_id"), try $0.get("reason")) }
            }
            let byDocument = ReportQueries.reasonsByDocument(reasons)
            let rows = try groups.map { row in
                let id: Int64 = try row.get("document_id")
                return ReportedDocument(
                    documentID: id, title: try row.get("title"), ownerID: try row.get("owner_id"), openReports: try row.get("open_reports"),
                    reporters: try row.get("reporters"), latest: try row.get("latest"), reasons: byDocument[id, default: []])
            }
            let total = try await connection.value(PostgresQuery(unsafeSQL: ReportQueries.reportedTotal), as: Int.self) ?? 0
            return ReportedDocumentList(rows: rows, total: total)
        }
    }

    public func openReports(documentID: Int64) async throws -> [DocumentReport] {
        var binds = PostgresBindings(capacity: 1)
        binds.append(documentID)
        return try await client.rows(PostgresQuery(unsafeSQL: ReportQueries.openReports(Self.placeholder), binds: binds)).compactMap { row in
            // A reason this version does not know (written by a newer node) is left out rather than mislabeled.
            try ReportReason(rawValue: row.get("reason")).map { reason in
                try DocumentReport(
                    id: row.get("id"), reason: reason, details: row.get("details"), reporterID: row.get("reporter_id"), created: row.get("created_at"))
            }
        }
    }

    public func closeReports(documentID: Int64, by closerID: Int64?, at: Date) async throws -> Int {
        var binds = PostgresBindings(capacity: 3)
        binds.append(at)
        binds.append(closerID)
        binds.append(documentID)
        let sql = "WITH closed AS (\(ReportQueries.close(Self.placeholder)) RETURNING 1) SELECT count(*) FROM closed"
        return try await client.value(PostgresQuery(unsafeSQL: sql, binds: binds), as: Int.self) ?? 0
    }

    public func hasOpenReports(ownerID: Int64) async throws -> Bool {
        var binds = PostgresBindings(capacity: 1)
        binds.append(ownerID)
        return try await client.value(PostgresQuery(unsafeSQL: ReportQueries.hasOpen(Self.placeholder), binds: binds), as: Bool.self) ?? false
    }

    public func reportCount(reporterKey: String, since: Date) async throws -> Int {
        var binds = PostgresBindings(capacity: 2)
        binds.append(reporterKey)
        binds.append(since)
        return try await client.value(PostgresQuery(unsafeSQL: ReportQueries.count(Self.placeholder), binds: binds), as: Int.self) ?? 0
    }
}
