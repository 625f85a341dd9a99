import Foundation
import GuanshanModel
import NIOSSL
import PostgresNIO

/// A `postgres://` (or `postgresql://`) URL as libpq reads it: `postgres://user:password@host:port/database`,
/// with `?host=/socket/folder` for a Unix socket, `sslmode` and `sslrootcert` (see `SSLMode`), and
/// `options=-c name=value` for settings such as `search_path`.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notPostgres(String)
        case unknownSSLMode(String)
        case rootCertificateUnused(SSLMode)
        case badOptions(String)

        public var description: String {
            switch self {
            case .notPostgres(let url): "not a postgres:// URL: \(url)"
            case .unknownSSLMode(let mode):
                "sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not \(mode.isEmpty ? "empty" : mode)"
            case .rootCertificateUnused(let mode):
                "sslrootcert is used with sslmode=require, verify-ca or verify-full; with sslmode=\(mode.rawValue) the certificate would not be checked"
            case .badOptions(let options): "options must be -c name=value pairs: \(options)"
            }
        }
    }

    /// libpq's `sslmode`. Over a Unix socket there is no TLS, whatever the mode.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS when the server offers it, its certificate unchecked; plain when it does not. libpq tries plain
        /// first; here it is the same as `prefer`.
        case allow
        /// TLS when the server offers it, its certificate unchecked; plain when it does not. The default.
        case prefer
        /// TLS or no connection; the certificate is unchecked, unless `sslrootcert` is given: then it must be
        /// signed by that authority, as with `verifyCA`.
        case require
        /// TLS with a certificate signed by an authority of `sslrootcert`, or of the system's trust store
        /// when it is not given; the certificate may name any host.
        case verifyCA = "verify-ca"
        /// As `verifyCA`, and the certificate must name the host of the URL.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// `sslrootcert`: a file (or folder) of the certificates of the authorities to trust, instead of the system's.
    public var rootCertificate: String?
    public var settings: [(name: String, value: String)]

    public init(_ url: String) throws(Problem) {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme) else {
            throw .notPostgres(url)
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let hostParameter = query["host"]
        socketFolder = hostParameter.flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? hostParameter.flatMap { $0.hasPrefix("/") ? nil : $0 } ?? "localhost"
        port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? query["user"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password ?? query["password"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? query["dbname"] ?? user : path
        guard let mode = SSLMode(rawValue: query["sslmode"] ?? "prefer") else { throw .unknownSSLMode(query["sslmode"] ?? "") }
        rootCertificate = query["sslrootcert"].flatMap { $0.isEmpty ? nil : $0 }
        if rootCertificate != nil, [.allow, .prefer].contains(mode) { throw .rootCertificateUnused(mode) }
        sslMode = socketFolder == nil ? mode : .disable
        settings = try Self.settings(query["options"] ?? "")
    }

    /// `-c search_path=site1 -c statement_timeout=5000` (also `--search_path=site1`).
    private static func settings(_ options: String) throws(Problem) -> [(name: String, value: String)] {
        var words = options.split(separator: " ")[...]
        var settings: [(name: String, value: String)] = []
        while let word = words.popFirst() {
            let pair: Substring
            if word == "-c", let next = words.popFirst() {
                pair = next
            } else if word.hasPrefix("-c") {
                pair = word.dropFirst(2)
            } else if word.hasPrefix("--") {
                pair = word.dropFirst(2)
            } else {
                throw .badOptions(options)
            }
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else { throw .badOptions(options) }
            settings.append((String(pair[..<equals]).replacingOccurrences(of: "-", with: "_"), String(pair[pair.index(after: equals)...])))
        }
        return settings
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.host == rhs.host && lhs.port == rhs.port && lhs.socketFolder == rhs.socketFolder && lhs.user == rhs.user
            && lhs.password == rhs.password && lhs.database == rhs.database && lhs.sslMode == rhs.sslMode
            && lhs.rootCertificate == rhs.rootCertificate
            && lhs.settings.map(\.name) == rhs.settings.map(\.name) && lhs.settings.map(\.value) == rhs.settings.map(\.value)
    }

    /// The server as a URL without the password, the user and the TLS mode spelled out: what was tried.
    public var description: String {
        var url = URLComponents()
        url.scheme = "postgres"
        url.user = user
        url.path = "/" + database
        var query: [URLQueryItem] = []
        if let socketFolder {
            query = [URLQueryItem(name: "host", value: socketFolder), URLQueryItem(name: "port", value: String(port))]
        } else {
            url.host = host
            url.port = port
            query = [URLQueryItem(name: "sslmode", value: sslMode.rawValue)]
            if let rootCertificate { query.append(URLQueryItem(name: "sslrootcert", value: rootCertificate)) }
        }
        url.queryItems = query
        return url.string ?? "postgres://\(user)@\(host):\(port)/\(database)"
    }

    /// How the connection is encrypted: nil for not at all; else whether plain is refused, and how the server's
    /// certificate is checked.
    var tls: (required: Bool, configuration: TLSConfiguration)? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
        switch sslMode {
        case .disable:
            return nil
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return (false, configuration)
        case .require:
            configuration.certificateVerification = rootCertificate == nil ? .none : .noHostnameVerification
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
        }
        return (true, configuration)
    }

    /// One connection, to see whether the server answers; it gives up after `timeout`. Throws `NIOSSLError`
    /// (or BoringSSL's error) when `sslrootcert` cannot be read.
    func probeConfiguration(timeout: TimeAmount) throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketFolder {
            configuration = .init(unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS = switch self.tls {
            case nil: .disable
            case let (required, configuration)?:
                required ? .require(try NIOSSLContext(configuration: configuration)) : .prefer(try NIOSSLContext(configuration: configuration))
            }
            configuration = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
        configuration.options.connectTimeout = timeout
        configuration.options.additionalStartupParameters = settings.map { ($0.name, $0.value) }
        return configuration
    }

    var clientConfiguration: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketFolder {
            configuration = .init(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            let tls: PostgresClient.Configuration.TLS = switch self.tls {
            case nil: .disable
            case let (required, configuration)?: required ? .require(configuration) : .prefer(configuration)
            }
            configuration = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
        configuration.options.additionalStartupParameters = settings.map { ($0.name, $0.value) }
        return configuration
    }
}
