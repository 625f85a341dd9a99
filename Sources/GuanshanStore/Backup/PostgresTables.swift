import Foundation
import GuanshanModel
import PostgresNIO

/// Rows of the backup's tables read on one connection, inside the transaction that holds the snapshot.
struct PostgresTableReader: BackupTableReader {
    let connection: PostgresConnection

    func rows(of table: BackupTable, after key: [BackupCell]?, limit: Int) async throws -> [[BackupCell]] {
        let sql = table.selectSQL(afterKey: key != nil, limit: limit) { "$\($0)" }
        var bindings = PostgresBindings()
        for cell in key ?? [] { cell.bind(into: &bindings) }
        return try await connection.rows(PostgresQuery(unsafeSQL: sql, binds: bindings)).map { row in
            try table.columns.indices.map { try BackupCell(row[$0], as: table.columns[$0].kind) }
        }
    }
}

/// Rows written on one connection, inside the transaction that restores the whole library.
struct PostgresTableWriter: BackupTableWriter {
    let connection: PostgresConnection

    func insert(_ rows: [[BackupCell]], into table: BackupTable) async throws {
        var bindings = PostgresBindings(capacity: rows.count * table.columns.count)
        var tuples: [String] = []
        for row in rows {
            let first = bindings.count
            for cell in row { cell.bind(into: &bindings) }
            tuples.append("(" + (first + 1...bindings.count).map { "$\($0)" }.joined(separator: ", ") + ")")
        }
        try await connection.execute(PostgresQuery(
            unsafeSQL: "INSERT INTO \(table.name) (\(table.columnList)) VALUES \(tuples.joined(separator: ", "))", binds: bindings))
    }

    func set(_ column: String, of table: BackupTable, _ values: [(key: [BackupCell], value: BackupCell)]) async throws {
        let sql = table.updateSQL(setting: column) { "$\($0)" }
        for (key, value) in values {
            var bindings = PostgresBindings()
            for cell in [value] + key { cell.bind(into: &bindings) }
            try await connection.execute(PostgresQuery(unsafeSQL: sql, binds: bindings))
        }
    }

    /// Moves each table's id sequence past the ids restored, so that new rows do not collide with them.
    func advanceIdentities() async throws {
        for table in BackupSchema.tables where table.hasIdentity {
            try await connection.execute(PostgresQuery(unsafeSQL: """
                SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), coalesce(max(id), 0) + 1, false) FROM \(table.name)
                """))
        }
    }
}

extension BackupCell {
    init(_ cell: PostgresCell, as kind: Kind) throws {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch kind {
        case .integer: self = .integer(try cell.decode(Int64.self))
        case .text: self = .text(try cell.decode(String.self))
        case .bool: self = .bool(try cell.decode(Bool.self))
        case .time: self = .time(Self.milliseconds(try cell.decode(Date.self)))
        }
    }

    func bind(into bindings: inout PostgresBindings) {
        switch self {
        case .null: bindings.appendNull()
        case .integer(let value): bindings.append(value)
        case .text(let value): bindings.append(value)
        case .bool(let value): bindings.append(value)
        // The columns keep milliseconds (TIMESTAMPTZ(3)), which rounds away the floating point of Date.
        case .time(let milliseconds): bindings.append(Date(timeIntervalSince1970: Double(milliseconds) / 1_000))
        }
    }
}
