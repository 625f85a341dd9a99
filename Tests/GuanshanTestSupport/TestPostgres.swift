import Foundation
import Synchronization

/// The PostgreSQL server the tests use: the one `GUANSHAN_TEST_DATABASE_URL` names, else a throwaway cluster
/// of this machine's PostgreSQL (initdb and pg_ctl in a folder under /tmp, reached through a Unix socket
/// in that folder, no TCP port), started on first use and stopped when the test process exits.
public enum TestPostgres {
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

    private static let server = Mutex<Result<String, Problem>?>(nil)
    private static let counter = Atomic<Int>(0)
    nonisolated(unsafe) private static var clusterFolder: String?
    nonisolated(unsafe) private static var clusterUser: String?

    /// A URL of a server (no schema chosen).
    public static func serverURL() throws -> String {
        try server.withLock { state in
            if state == nil { state = Result { () throws(Problem) in try start() } }
            return try state!.get()
        }
    }

    /// The URL of a new, empty schema of its own on the test server: stores opened on it see nothing of
    /// other tests.
    public static func freshDatabaseURL() throws -> String {
        let url = try serverURL()
        let schema = "t\(ProcessInfo.processInfo.processIdentifier)_\(counter.add(1, ordering: .relaxed).newValue)"
        try psql(url, "CREATE SCHEMA \(schema)")
        return url + (url.contains("?") ? "&" : "?") + "options=-c%20search_path%3D\(schema)"
    }

    /// Runs one SQL command with psql against `url`.
    public static func psql(_ url: String, _ sql: String) throws {
        let psql = (try? binFolder()).map { "\($0)/psql" }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil } ?? "/usr/bin/psql"
        let result = try Command.run(URL(fileURLWithPath: psql), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        guard result.status == 0 else { throw Problem.failed("psql \(sql)", output: result.output) }
    }

    /// The pg_ctl and initdb of the newest PostgreSQL installed, or of `GUANSHAN_PG_BIN`.
    public static func binFolder() throws(Problem) -> String {
        if let folder = ProcessInfo.processInfo.environment["GUANSHAN_PG_BIN"] { return folder }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        guard let newest = versions.last(where: { FileManager.default.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") })
        else { throw .noPostgreSQL }
        return "\(root)/\(newest)/bin"
    }

    /// Stops a cluster that was started by a test, as PostgreSQL would be stopped by a crash (for fault tests).
    public static func pgCtl(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let folder = clusterFolder else { throw Problem.failed("pg_ctl", output: "no throwaway cluster") }
        return try run(asClusterUser(["\(try binFolder())/pg_ctl", "-D", "\(folder)/data", "-l", "\(folder)/log"] + arguments))
    }

    private static func start() throws(Problem) -> String {
        if let url = ProcessInfo.processInfo.environment["GUANSHAN_TEST_DATABASE_URL"] { return url }
        let bin = try binFolder()
        let folder = "/tmp/guanshan-pg-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // initdb refuses to run as root: the cluster then belongs to the postgres account.
            if geteuid() == 0 {
                clusterUser = "postgres"
                _ = try Command.run(URL(fileURLWithPath: "/bin/chown"), ["postgres:postgres", folder])
            }
            clusterFolder = folder
            let initdb = try run(asClusterUser([
                "\(bin)/initdb", "-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
            ]))
            guard initdb.status == 0 else { throw Problem.failed("initdb", output: initdb.output) }
            let options = "-c listen_addresses='' -c unix_socket_directories=\(folder) -c max_connections=300"
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            let command = asClusterUser(["\(bin)/pg_ctl", "-D", "\(folder)/data", "-l", "\(folder)/log", "-o", options, "-w", "start"])
            guard spawnAndWait(command) == 0 else {
                throw Problem.failed("pg_ctl start", output: (try? String(contentsOfFile: "\(folder)/log", encoding: .utf8)) ?? "")
            }
            atexit { TestPostgres.stop() }
            return "postgres://postgres@/postgres?host=\(folder)"
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .failed("starting PostgreSQL", output: "\(error)")
        }
    }

    private static func stop() {
        guard let folder = clusterFolder else { return }
        _ = try? pgCtl(["-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The command run as the cluster's owner; `setpriv` executes it in place, so it stays our child.
    private static func asClusterUser(_ arguments: [String]) -> [String] {
        guard let user = clusterUser else { return arguments }
        return ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--init-groups", "--"] + arguments
    }

    private static func run(_ command: [String]) throws -> (status: Int32, output: String) {
        try Command.run(URL(fileURLWithPath: command[0]), Array(command.dropFirst()))
    }

    /// Runs a command with its output discarded and waits for it by its pid. Foundation's Process never
    /// saw pg_ctl end once the server it started outlived it.
    private static func spawnAndWait(_ command: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
}
