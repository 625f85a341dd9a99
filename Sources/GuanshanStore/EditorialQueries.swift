import Foundation
import GuanshanModel

/// What both stores share of the editorial queries: SQL on the document table (aliased `d`) and the
/// reading of its rows.
enum EditorialQueries {
    /// A document's editorial state.
    static let stateColumn = "CASE WHEN d.trashed_at IS NOT NULL THEN 'trashed' ELSE d.status END"

    /// Documents in each state, as `state` and `n`.
    static let stateCounts = "SELECT \(stateColumn) AS state, count(*) AS n FROM document d GROUP BY state"

    /// Documents in `state`; without one, every document not in the trash.
    static func condition(_ state: EditorialState?) -> String {
        switch state {
        case .trashed?: "d.trashed_at IS NOT NULL"
        case .draft?: "d.trashed_at IS NULL AND d.status = 'draft'"
        case .published?: "d.trashed_at IS NULL AND d.status = 'published'"
        case nil: "d.trashed_at IS NULL"
        }
    }

    /// The counts of `stateCounts`' rows, 0 for a state without documents.
    static func counts(_ rows: [(state: String, count: Int)]) -> [EditorialState: Int] {
        var counts = Dictionary(uniqueKeysWithValues: EditorialState.allCases.map { ($0, 0) })
        for row in rows {
            if let state = EditorialState(rawValue: row.state) { counts[state] = row.count }
        }
        return counts
    }

    /// Views on each of `days`, in their order, from the `daily_views` rows found.
    static func dailyViews(_ days: [String], found: [(day: String, views: Int)]) -> [Int] {
        let views = Dictionary(found, uniquingKeysWith: +)
        return days.map { views[$0] ?? 0 }
    }

    /// An import run's stored failures; a column that no longer reads shows none.
    static func failures(_ json: String) -> [ImportRunRecord.Failure] {
        (try? StoredJSON.decode([ImportRunRecord.Failure].self, json)) ?? []
    }
}

extension AdminDocumentQuery {
    /// The part of the title asked for, without surrounding spaces; nil when there is none.
    var titlePart: String? {
        guard let part = title?.trimmingCharacters(in: .whitespaces), !part.isEmpty else { return nil }
        return part
    }
}

extension EditorialState {
    init(trashed: Bool, status: DocumentStatus) {
        self = trashed ? .trashed : (status == .published ? .published : .draft)
    }
}
