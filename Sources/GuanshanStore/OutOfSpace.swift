import Foundation
import GuanshanModel
import GRDB
import PostgresNIO

extension StoreError {
    /// Whether `error` says the disk is full: SQLite's SQLITE_FULL (SQLite answers a write that meets
    /// ENOSPC with it, and rolls the transaction back), PostgreSQL's `disk_full` (53100), a file write that
    /// failed with ENOSPC (an upload's temporary file, the search index), or `StoreError.outOfSpace`.
    public static func isOutOfSpace(_ error: any Error) -> Bool {
        switch error {
        case let error as StoreError: return error == .outOfSpace
        case let error as DatabaseError: return error.resultCode == .SQLITE_FULL
        case let error as PSQLError: return error.code == .server && error.serverInfo?[.sqlState] == "53100"
        case let error as POSIXError: return error.code == .ENOSPC
        case let error as CocoaError where error.code == .fileWriteOutOfSpace: return true
        default: break
        }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain, error.code == Int(ENOSPC) { return true }
        if error.domain == NSCocoaErrorDomain, error.code == CocoaError.fileWriteOutOfSpace.rawValue { return true }
        return (error.userInfo[NSUnderlyingErrorKey] as? any Error).map(isOutOfSpace) ?? false
    }
}
