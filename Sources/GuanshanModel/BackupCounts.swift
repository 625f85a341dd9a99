/// The number of rows of each table, in the order of `BackupSchema.tables`.
public struct BackupCounts: Sendable, Equatable {
    public var rows: [(table: String, count: Int)]

    public init(rows: [(table: String, count: Int)]) {
        self.rows = rows
    }

    public static func == (lhs: BackupCounts, rhs: BackupCounts) -> Bool {
        lhs.rows.map(\.table) == rhs.rows.map(\.table) && lhs.rows.map(\.count) == rhs.rows.map(\.count)
    }

    /// The row counting originals a backup left out because their bytes were missing from the storage.
    public static let originalsMissing = "original_missing"

    public subscript(table: String) -> Int { rows.first { $0.table == table }?.count ?? 0 }
}
