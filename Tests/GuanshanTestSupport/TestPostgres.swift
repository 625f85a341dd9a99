import Foundation
import Synchronization

/// The PostgreSQL server the tests use: the one `GUANSHAN_TEST_DATABASE_URL` names, else a throwaway
/// `PostgresCluster` started on first use and stopped when the test process exits.
public enum TestPostgres {
    private static let server = Mutex<Result<String, PostgresCluster.Problem>?>(nil)
    private static let counter = Atomic<Int>(0)

    /// A URL of the server (no schema chosen).
    public static func serverURL() throws -> String {
        try server.withLock { state in
            if state == nil {
                state = Result { () throws(PostgresCluster.Problem) in
                    if let url = ProcessInfo.processInfo.environment["GUANSHAN_TEST_DATABASE_URL"] { return url }
                    let cluster = try PostgresCluster(name: "shared")
                    PostgresCluster.stopAtExit(cluster)
                    return cluster.url
                }
            }
            return try state!.get()
        }
    }

    /// The URL of a new, empty schema of its own on the test server: stores opened on it see nothing of
    /// other tests.
    public static func freshDatabaseURL() throws -> String {
        try PostgresCluster.freshSchemaURL(on: try serverURL(), name: "t\(counter.add(1, ordering: .relaxed).newValue)")
    }
}

/// A PostgreSQL cluster of this machine's binaries in a folder under /tmp, reached through a Unix socket
/// in that folder (no TCP port unless asked for, so no clash), for tests; as root it belongs to the
/// postgres account, since initdb refuses root.
public final class PostgresCluster: Sendable {
    /// A certificate and its key, PEM files, for a server with TLS.
    public struct TLSFiles: Sendable {
        public var certificate: String
        public var key: String
    }

    public enum Problem: Error, CustomStringConvertible {
        case noPostgreSQL
        case failed(String, output: String)

        public var description: String {
            switch self {
            case .noPostgreSQL:
                "no PostgreSQL binaries: install Debian's postgresql package, or set GUANSHAN_PG_BIN or GUANSHAN_TEST_DATABASE_URL"
            case .failed(let step, let output): "\(step) failed: \(output)"
            }
        }
    }

    public let folder: String
    /// The port the server listens on at 127.0.0.1 as well, when it was asked to (see `init`).
    public let tcpPort: Int?
    public var url: String { "postgres://postgres@/postgres?host=\(folder)" + (tcpPort.map { "&port=\($0)" } ?? "") }
    private let owner: String?
    private let bin: String

    /// Creates and starts a cluster; with `tcp`, it listens on a free port of 127.0.0.1 too.
    public init(name: String, tcp: Bool = false) throws(Problem) {
        bin = try Self.binFolder()
        folder = "/tmp/guanshan-pg-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
        owner = geteuid() == 0 ? "postgres" : nil
        if tcp {
            guard let port = Self.freePort() else { throw .failed("finding a free port", output: "") }
            tcpPort = port
        } else {
            tcpPort = nil
        }
        do {
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if let owner { _ = try Command.run(URL(fileURLWithPath: "/bin/chown"), ["\(owner):\(owner)", folder]) }
        } catch {
            throw .failed("creating \(folder)", output: "\(error)")
        }
        removeAfterTestProcess()
        let initdb = run(["\(bin)/initdb", "--no-sync", "-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        guard initdb == 0 else { throw .failed("initdb", output: log) }
        try start()
    }

    /// Starts the server (again); it fsyncs nothing, which loses nothing unless the machine itself stops.
    /// With `tls` (and `tcp` given to `init`) it offers TLS with that certificate on its TCP port.
    /// Every test opens a store of its own with a pool of up to 4 connections, and the suites run side
    /// by side: a run here peaked at 187 backends (sampled each second), so 300 left little room on a
    /// slower machine, where a refused connection makes a store rightly call the server away.
    public func start(tls: TLSFiles? = nil) throws(Problem) {
        var options = "-c unix_socket_directories=\(folder) -c max_connections=1000 -c fsync=off -c full_page_writes=off"
        if let tcpPort {
            options += " -c listen_addresses=127.0.0.1 -c port=\(tcpPort)"
        } else {
            options += " -c listen_addresses=''"
        }
        if let tls {
            // The server reads its key only if it alone may: the postgres account's, mode 600.
            let certificate = "\(folder)/server.crt", key = "\(folder)/server.key"
            do {
                for (from, to) in [(tls.certificate, certificate), (tls.key, key)] {
                    try? FileManager.default.removeItem(atPath: to)
                    try FileManager.default.copyItem(atPath: from, toPath: to)
                    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: to)
                    if let owner { _ = try Command.run(URL(fileURLWithPath: "/bin/chown"), ["\(owner):\(owner)", to]) }
                }
            } catch {
                throw .failed("installing the certificate", output: "\(error)")
            }
            options += " -c ssl=on -c ssl_cert_file=\(certificate) -c ssl_key_file=\(key)"
        }
        guard pgCtl(["-o", options, "-w", "start"]) == 0 else { throw .failed("pg_ctl start", output: log) }
    }

    /// A self-signed certificate (its own authority) for `host`, made with openssl in `folder`.
    public static func selfSignedCertificate(in folder: String, host: String) throws -> TLSFiles {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = TLSFiles(certificate: "\(folder)/\(host).crt", key: "\(folder)/\(host).key")
        let result = try Command.run([
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-subj", "/CN=\(host)", "-addext", "subjectAltName=DNS:\(host)", "-addext", "basicConstraints=critical,CA:TRUE",
            "-keyout", files.key, "-out", files.certificate,
        ])
        guard result.status == 0 else { throw Problem.failed("openssl req", output: result.output) }
        return files
    }

    /// A TCP port of 127.0.0.1 that nothing listens on now.
    private static func freePort() -> Int? {
        let socket = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    /// Stops the server: `fast` as an operator would, `immediate` as a crash would.
    public func stop(_ mode: String = "fast") {
        _ = pgCtl(["-m", mode, "-w", "stop"])
    }

    /// Stops the server and deletes the cluster.
    public func remove() {
        stop("immediate")
        try? FileManager.default.removeItem(atPath: folder)
    }

    public var log: String { (try? String(contentsOfFile: "\(folder)/log", encoding: .utf8)) ?? "" }

    private func pgCtl(_ arguments: [String]) -> Int32 {
        run(["\(bin)/pg_ctl", "-D", "\(folder)/data", "-l", "\(folder)/log"] + arguments)
    }

    /// Runs a command of the cluster's owner (`setpriv` executes it in place, so it stays our child) with
    /// its output discarded, waiting for it by its pid: the server pg_ctl starts outlives it, so a pipe
    /// of its output would never end. Nothing else of ours is passed down: a server holding a pipe of
    /// another test's command would keep that test reading until the server stops.
    private func run(_ command: [String]) -> Int32 {
        let command = owner.map { ["/usr/bin/setpriv", "--reuid=\($0)", "--regid=\($0)", "--init-groups", "--"] + command } ?? command
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        guard let closeFrom = Self.addCloseFrom, closeFrom(&actions, 3) == 0 else { return -1 }
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        return (status >> 8) & 0xFF
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which its headers declare only
    /// under `_GNU_SOURCE`.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }

    /// The bin folder of the newest PostgreSQL installed, or `GUANSHAN_PG_BIN`.
    public static func binFolder() throws(Problem) -> String {
        if let folder = ProcessInfo.processInfo.environment["GUANSHAN_PG_BIN"] { return folder }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        guard let newest = versions.last(where: { FileManager.default.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") })
        else { throw .noPostgreSQL }
        return "\(root)/\(newest)/bin"
    }

    /// Creates schema `name` (made unique to this process) on the server at `url`; the URL of it.
    public static func freshSchemaURL(on url: String, name: String) throws -> String {
        let schema = "\(name)_\(ProcessInfo.processInfo.processIdentifier)"
        try psql(url, "CREATE SCHEMA \(schema)")
        return url + (url.contains("?") ? "&" : "?") + "options=-c%20search_path%3D\(schema)"
    }

    /// Runs one SQL command with psql against `url`.
    public static func psql(_ url: String, _ sql: String) throws {
        let bundled = (try? binFolder()).map { "\($0)/psql" }
        let psql = bundled.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil } ?? "/usr/bin/psql"
        let result = try Command.run(URL(fileURLWithPath: psql), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        guard result.status == 0 else { throw Problem.failed("psql \(sql)", output: result.output) }
    }

    private static let atExit = Mutex<[PostgresCluster]>([])

    /// Removes the cluster when the test process exits.
    public static func stopAtExit(_ cluster: PostgresCluster) {
        atExit.withLock { clusters in
            if clusters.isEmpty { atexit { PostgresCluster.atExit.withLock { $0.forEach { $0.remove() } } } }
            clusters.append(cluster)
        }
    }

    /// Removes the cluster, if it is still there, once the test process is gone, however it ended (killed,
    /// or ending where neither a test's own `remove` nor an exit handler ran): a shell waits for it.
    private func removeAfterTestProcess() {
        let asOwner = owner.map { "/usr/bin/setpriv --reuid=\($0) --regid=\($0) --init-groups -- " } ?? ""
        let watcher = Process()
        watcher.executableURL = URL(fileURLWithPath: "/bin/sh")
        watcher.arguments = [
            "-c",
            """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            [ -d '\(folder)' ] || exit 0
            \(asOwner)'\(bin)/pg_ctl' -D '\(folder)/data' -m immediate -w stop >/dev/null 2>&1
            rm -rf '\(folder)'
            """,
        ]
        watcher.standardInput = FileHandle.nullDevice
        watcher.standardOutput = FileHandle.nullDevice
        watcher.standardError = FileHandle.nullDevice
        try? watcher.run()
    }
}
