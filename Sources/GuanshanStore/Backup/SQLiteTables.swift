import Foundation
import GuanshanModel
import GRDB

/// Rows of the backup's tables read from a SQLite database (the store's, or a backup file).
struct SQLiteTableReader: BackupTableReader {
    let database: any DatabaseReader

    func rows(of table: BackupTable, after key: [BackupCell]?, limit: Int) async throws -> [[BackupCell]] {
        let sql = table.selectSQL(afterKey: key != nil, limit: limit) { _ in "?" }
        let arguments = StatementArguments((key ?? []).map(\.sqliteValue))
        return try await database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try table.columns.indices.map { try BackupCell(row, at: $0, as: table.columns[$0].kind) }
            }
        }
    }
}

/// Rows written into a SQLite database being made (a backup file), a batch a transaction.
struct SQLiteTableWriter: BackupTableWriter {
    let database: any DatabaseWriter

    func insert(_ rows: [[BackupCell]], into table: BackupTable) async throws {
        let sql = "INSERT INTO \(table.name) (\(table.columnList)) VALUES (\(table.columns.map { _ in "?" }.joined(separator: ", ")))"
        try await database.write { db in
            let statement = try db.cachedStatement(sql: sql)
            for row in rows {
                try statement.execute(arguments: StatementArguments(row.map(\.sqliteValue)))
            }
        }
    }

    func set(_ column: String, of table: BackupTable, _ values: [(key: [BackupCell], value: BackupCell)]) async throws {
        let sql = table.updateSQL(setting: column) { _ in "?" }
        try await database.write { db in
            let statement = try db.cachedStatement(sql: sql)
            for (key, value) in values {
                try statement.execute(arguments: StatementArguments(([value] + key).map(\.sqliteValue)))
            }
        }
    }
}

extension BackupCell {
    init(_ row: Row, at index: Int, as kind: Kind) throws {
        if row.hasNull(atIndex: index) {
            self = .null
            return
        }
        switch kind {
        case .integer: self = .integer(row[index])
        case .text: self = .text(row[index])
        case .bool: self = .bool(row[index])
        case .time: self = .time(Self.milliseconds(row[index] as Date))
        }
    }

    /// The value as the SQLite store writes it; times as GRDB writes dates.
    var sqliteValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .bool(let value): value.databaseValue
        case .time(let milliseconds): Self.sqliteText(milliseconds: milliseconds).databaseValue
        }
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000).rounded())
    }

    /// `yyyy-MM-dd HH:mm:ss.SSS` in UTC, from the whole seconds and the milliseconds apart, so that none
    /// is lost to floating point.
    static func sqliteText(milliseconds: Int64) -> String {
        let seconds = milliseconds >= 0 ? milliseconds / 1_000 : (milliseconds - 999) / 1_000
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!,
            parts.second!, Int(milliseconds - seconds * 1_000))
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()
}
