import GuanshanModel
/// Reads the rows of a table in the order of its key, a batch at a time.
protocol BackupTableReader: Sendable {
    /// Up to `limit` rows whose key comes after `after` (from the first row when nil).
    func rows(of table: BackupTable, after key: [BackupCell]?, limit: Int) async throws -> [[BackupCell]]
}

/// Writes rows into an empty table.
protocol BackupTableWriter: Sendable {
    func insert(_ rows: [[BackupCell]], into table: BackupTable) async throws
    /// Sets `column` of the rows keyed `key`, for columns that point at rows of the same table.
    func set(_ column: String, of table: BackupTable, _ values: [(key: [BackupCell], value: BackupCell)]) async throws
}

enum TableCopy {
    /// Copies every table of `BackupSchema` from `reader` to `writer`.
    static func copy(from reader: some BackupTableReader, to writer: some BackupTableWriter) async throws -> BackupCounts {
        var counts = BackupCounts(rows: [])
        for table in BackupSchema.tables {
            let keyIndexes = table.keyIndexes
            let laterIndexes = table.selfReferences.map { name in (name, table.columns.firstIndex { $0.name == name }!) }
            var later: [String: [(key: [BackupCell], value: BackupCell)]] = [:]
            var count = 0
            try await forEachBatch(of: table, in: reader) { batch in
                var rows = batch
                for index in rows.indices {
                    for (name, column) in laterIndexes where rows[index][column] != .null {
                        later[name, default: []].append((keyIndexes.map { rows[index][$0] }, rows[index][column]))
                        rows[index][column] = .null
                    }
                }
                try await writer.insert(rows, into: table)
                count += rows.count
            }
            for (name, values) in later.sorted(by: { $0.key < $1.key }) {
                try await writer.set(name, of: table, values)
            }
            counts.rows.append((table.name, count))
        }
        return counts
    }

    /// Hands `body` the rows of `table`, a batch at a time, in key order.
    static func forEachBatch(
        of table: BackupTable, in reader: some BackupTableReader, _ body: ([[BackupCell]]) async throws -> Void
    ) async throws {
        var after: [BackupCell]?
        while true {
            let rows = try await reader.rows(of: table, after: after, limit: table.batch)
            guard let last = rows.last else { return }
            after = table.keyIndexes.map { last[$0] }
            try await body(rows)
        }
    }
}
