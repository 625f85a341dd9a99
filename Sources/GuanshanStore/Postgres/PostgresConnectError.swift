import GuanshanModel
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

extension PostgresConnectError {
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
