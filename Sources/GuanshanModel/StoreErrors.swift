/// The database's schema is ahead of this version of Guanshan: a newer version migrated it, and this one
/// would misread it. Nothing was changed.
public struct NewerSchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The steps applied to the database that this version does not know.
    public let unknownSteps: [String]

    public init(unknownSteps: [String]) {
        self.unknownSteps = unknownSteps
    }

    public var description: String {
        "the database was migrated by a newer version of Guanshan (\(unknownSteps.joined(separator: ", "))); run that version or a later one"
    }
}

/// Why a backup could not be written or restored. Nothing is changed when one is thrown.
public enum BackupError: Error, Equatable, Sendable {
    /// The file to write is there already: a backup never replaces one.
    case fileExists(String)
    case fileNotFound(String)
    /// The file is not a database of Guanshan's (or not a database at all).
    case notABackup(String)
    /// The backup was made by a newer Guanshan than this one.
    case newerVersion(String)
    /// The file fails SQLite's integrity check or holds rows pointing at rows it lacks.
    case damaged(String)
    /// A restore goes into an empty store only; these tables hold rows.
    case storeNotEmpty([String])
}

/// Why the store could not connect to PostgreSQL when it was opened: what was tried (the server's URL
/// without the password) and what went wrong, in the server's own words when it said why.
public struct PostgresConnectError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The server refused the connection, with its message and SQLSTATE: a wrong password, no
        /// `pg_hba.conf` line, a peer name that is not the role's, a database or role that does not exist.
        case refused(message: String, sqlState: String)
        /// Nothing answered at the address (the system's words): connection refused, timed out, unknown host.
        case unreachable(String)
        /// The other end closed the connection before it said anything of use.
        case closed
        /// The URL asks for TLS (`sslmode=require` or stricter) and the server offers none.
        case noTLS
        /// The server's certificate is not signed by an authority trusted here (`sslrootcert`'s, or the
        /// system's), as `sslmode=verify-ca` and `verify-full` want.
        case untrustedCertificate
        /// The server's certificate does not name the host of the URL, as `sslmode=verify-full` wants.
        case certificateForAnotherHost(String)
        /// The TLS handshake failed otherwise.
        case tls(String)
        /// The file `sslrootcert` names could not be read as certificates.
        case unreadableRootCertificate(String)
        /// The server asks for a password and the URL gives none.
        case passwordNeeded
        /// Anything else, as the client describes it.
        case other(String)
    }

    /// The server tried, as `PostgresAddress.description` gives it.
    public var address: String
    public var reason: Reason

    public init(address: String, reason: Reason) {
        self.address = address
        self.reason = reason
    }

    public var description: String {
        "cannot connect to PostgreSQL (\(address)): \(explanation)"
    }

    /// What went wrong, in English (the server's message as it gave it).
    public var explanation: String {
        switch reason {
        case .refused(let message, _): message
        case .unreachable(let detail): "no server answers (\(detail))"
        case .closed: "the server closed the connection without saying why"
        case .noTLS: "the server does not offer TLS, which sslmode asks for"
        case .untrustedCertificate: "the server's certificate is not signed by an authority trusted here (sslrootcert's, or the system's)"
        case .certificateForAnotherHost(let host): "the server's certificate is not made out to \(host)"
        case .tls(let detail): "TLS failed: \(detail)"
        case .unreadableRootCertificate(let path): "cannot read the certificates of sslrootcert \(path)"
        case .passwordNeeded: "the server asks for a password and the URL gives none"
        case .other(let detail): detail
        }
    }
}
