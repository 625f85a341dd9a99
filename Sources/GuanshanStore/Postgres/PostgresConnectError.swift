import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

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

    /// Connects to `address` once, and closes the connection; throws what went wrong.
    static func check(_ address: PostgresAddress, timeout: TimeAmount, logger: Logger) async throws(PostgresConnectError) {
        let configuration: PostgresConnection.Configuration
        do {
            configuration = try address.probeConfiguration(timeout: timeout)
        } catch {
            let reason: Reason = address.rootCertificate.map { .unreadableRootCertificate($0) } ?? .tls(String(describing: error))
            throw PostgresConnectError(address: address.description, reason: reason)
        }
        do {
            let connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0, logger: logger).get()
            try? await connection.close()
        } catch {
            throw PostgresConnectError(address: address.description, reason: Reason(error, host: address.host))
        }
    }
}

extension PostgresConnectError.Reason {
    init(_ error: any Error, host: String) {
        guard let error = error as? PSQLError else {
            self = .other(String(describing: error))
            return
        }
        switch error.code {
        case .server:
            let message = error.serverInfo?[.message] ?? String(reflecting: error)
            self = .refused(message: message, sqlState: error.serverInfo?[.sqlState] ?? "")
        case .sslUnsupported:
            self = .noTLS
        case .authMechanismRequiresPassword:
            self = .passwordNeeded
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .failedToAddSSLHandler:
            switch error.underlying {
            case let underlying as NIOSSLExtraError where underlying == .failedToValidateHostname:
                self = .certificateForAnotherHost(host)
            case let underlying as NIOSSLError where String(describing: underlying).contains("CERTIFICATE_VERIFY_FAILED"):
                self = .untrustedCertificate
            case let underlying as NIOSSLError: self = .tls(String(describing: underlying))
            case let underlying as NIOSSLExtraError: self = .tls(String(describing: underlying))
            case let underlying as BoringSSLError: self = .tls(String(describing: underlying))
            case let underlying?: self = .unreachable(Self.unreachable(underlying))
            case nil: self = error.code == .connectionError ? .other(String(reflecting: error)) : .closed
            }
        default:
            self = .other(String(reflecting: error))
        }
    }
}

extension PostgresConnectError.Reason {
    /// Why no server answered, shortly: `127.0.0.1:5433: Connection refused`.
    private static func unreachable(_ error: any Error) -> String {
        switch error {
        case let error as NIOConnectionError:
            let attempts = error.connectionErrors.map { attempt in
                let host = attempt.target.ipAddress.map { attempt.target.protocol == .inet6 ? "[\($0)]" : $0 } ?? "\(attempt.target)"
                return "\(host):\(attempt.target.port ?? error.port): \(unreachable(attempt.error))"
            }
            if !attempts.isEmpty { return attempts.joined(separator: "; ") }
            return (error.dnsAError ?? error.dnsAAAAError).map { String(describing: $0) } ?? String(describing: error)
        case let error as IOError:
            return String(cString: strerror(error.errnoCode))
        case ChannelError.connectTimeout(let timeout):
            return "no answer within \(timeout.nanoseconds / 1_000_000_000) s"
        default:
            return String(describing: error)
        }
    }
}
