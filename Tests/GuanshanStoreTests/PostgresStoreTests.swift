import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import GuanshanText
import Logging
import NIOPosix
import NIOSSL
import PostgresNIO
import Testing

@Suite struct PostgresStoreTests {
    @Test func migrationsKeepInStepWithSQLite() {
        #expect(PostgresMigrations.steps.map(\.name) == SQLiteMigrations.migrator.migrations)
    }

    @Test func nodesOpeningAnEmptyDatabaseAtOnceMigrateItOnce() async throws {
        let url = try TestPostgres.freshDatabaseURL()
        let address = try PostgresAddress(url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 { group.addTask { _ = try await PostgresStore(address: address) } }
            try await group.waitForAll()
        }
        let store = try await PostgresStore(address: address)
        let outcomes = try await store.saveNewDocuments([StoreFixtures.newDocument(tags: ["年度", "总结", "年度"])])
        guard case .inserted(let id) = outcomes.first else { Issue.record("not inserted: \(outcomes)"); return }
        let stored = try #require(try await store.document(id: id))
        #expect(stored.summary.title == "标题")
        #expect(stored.tags == ["年度", "总结"])
        #expect(stored.metrics.fingerprint == UInt64.max - 5)
        #expect(try await store.changedDocumentCount(after: 0) == 1, "one document in the change log")
    }

    @Test func addressesReadAsLibpqReadsThem() throws {
        let socket = try PostgresAddress("postgres://guanshan@/library?host=/run/postgresql&options=-c%20search_path%3Dsite1")
        #expect(socket.socketFolder == "/run/postgresql")
        #expect(socket.user == "guanshan")
        #expect(socket.database == "library")
        #expect(socket.settings.map(\.name) == ["search_path"])
        #expect(socket.settings.map(\.value) == ["site1"])
        let tcp = try PostgresAddress("postgresql://u:p%40ss@db.example.cn:6432/guanshan?sslmode=require")
        #expect(tcp.host == "db.example.cn")
        #expect(tcp.port == 6432)
        #expect(tcp.password == "p@ss")
        #expect(tcp.sslMode == .require)
        #expect(throws: PostgresAddress.Problem.notPostgres("mysql://x/y")) { try PostgresAddress("mysql://x/y") }
        #expect(throws: PostgresAddress.Problem.unknownSSLMode("always")) { try PostgresAddress("postgres://h/d?sslmode=always") }
        #expect(throws: PostgresAddress.Problem.unknownSSLMode("")) { try PostgresAddress("postgres://h/d?sslmode=") }
        #expect(throws: PostgresAddress.Problem.unknownSSLMode("REQUIRE")) { try PostgresAddress("postgres://h/d?sslmode=REQUIRE") }
        // What was tried, without the password.
        #expect(tcp.description == "postgres://u@db.example.cn:6432/guanshan?sslmode=require")
        #expect(socket.description == "postgres://guanshan@/library?host=/run/postgresql&port=5432")
    }

    /// libpq's sslmode: whether TLS is tried, whether plain is refused, and what of the certificate is checked.
    @Test func sslModesMeanWhatTheyMeanToLibpq() throws {
        func tls(_ query: String) throws -> (required: Bool, verification: CertificateVerification, roots: NIOSSLTrustRoots?)? {
            try PostgresAddress("postgres://u:secret@db.example.cn/guanshan\(query)").tls.map {
                ($0.required, $0.configuration.certificateVerification, $0.configuration.trustRoots)
            }
        }
        #expect(try tls("?sslmode=disable") == nil)
        for query in ["", "?sslmode=prefer", "?sslmode=allow"] {
            let prefer = try #require(try tls(query))
            #expect(!prefer.required && prefer.verification == .none, "\(query)")
        }
        let require = try #require(try tls("?sslmode=require"))
        #expect(require.required && require.verification == .none)
        let requireWithRoot = try #require(try tls("?sslmode=require&sslrootcert=/etc/guanshan/ca.crt"))
        #expect(requireWithRoot.required && requireWithRoot.verification == .noHostnameVerification)
        #expect(requireWithRoot.roots == .file("/etc/guanshan/ca.crt"))
        let verifyCA = try #require(try tls("?sslmode=verify-ca"))
        #expect(verifyCA.required && verifyCA.verification == .noHostnameVerification && verifyCA.roots == .default)
        let verifyFull = try #require(try tls("?sslmode=verify-full&sslrootcert=%2Froot%2Fca.crt"))
        #expect(verifyFull.required && verifyFull.verification == .fullVerification && verifyFull.roots == .file("/root/ca.crt"))
        #expect(throws: PostgresAddress.Problem.rootCertificateUnused(.prefer)) { try PostgresAddress("postgres://h/d?sslrootcert=/ca.crt") }
        // Over a Unix socket there is no TLS, as with libpq.
        #expect(try PostgresAddress("postgres://u@/d?host=/run/postgresql&sslmode=verify-full").tls == nil)
        #expect(try PostgresAddress("postgres://u:secret@db.example.cn/guanshan?sslmode=verify-ca&sslrootcert=/ca.crt").description
            == "postgres://u@db.example.cn:5432/guanshan?sslmode=verify-ca&sslrootcert=/ca.crt")
    }

    /// A server with a self-signed certificate, as Debian's snakeoil: reached with require and prefer
    /// (encrypted), refused by verify-full and verify-ca unless its certificate is given as the authority,
    /// and verify-full wants the certificate's host. Without TLS on the server, prefer connects plain and
    /// require refuses.
    @Test func sslModesAgainstASelfSignedServer() async throws {
        let cluster = try PostgresCluster(name: "tls", tcp: true)
        defer { cluster.remove() }
        let port = try #require(cluster.tcpPort)
        func url(_ query: String, host: String = "127.0.0.1") -> String { "postgres://postgres@\(host):\(port)/postgres?\(query)" }
        #expect(try await !encrypted(url("sslmode=prefer")), "prefer falls back to plain")
        #expect(try await connectError(url("sslmode=require")).reason == .noTLS)

        let certificate = try PostgresCluster.selfSignedCertificate(in: "\(cluster.folder)/made", host: "localhost")
        cluster.stop()
        try cluster.start(tls: certificate)
        let store = try await PostgresStore(address: try PostgresAddress(url("sslmode=require")), maximumConnections: 2)
        #expect(try await store.client.using { try await $0.encrypted() }, "the pool encrypts with require")
        #expect(try await encrypted(url("sslmode=require")))
        #expect(try await encrypted(url("sslmode=prefer")))
        #expect(try await encrypted(url("")), "prefer is the default")
        #expect(try await encrypted(url("sslmode=verify-ca&sslrootcert=\(certificate.certificate)")))
        #expect(try await encrypted(url("sslmode=verify-full&sslrootcert=\(certificate.certificate)", host: "localhost")))
        #expect(try await !encrypted(url("sslmode=disable")))

        for query in ["sslmode=verify-full", "sslmode=verify-ca"] {
            let error = try await connectError(url(query))
            #expect(error.reason == .untrustedCertificate, "\(query)")
            #expect(error.address == url(query))
        }
        #expect(try await connectError(url("sslmode=verify-full&sslrootcert=\(certificate.certificate)")).reason
            == .certificateForAnotherHost("127.0.0.1"))
        #expect(try await connectError(url("sslmode=verify-ca&sslrootcert=/nonexistent/ca.crt")).reason
            == .unreadableRootCertificate("/nonexistent/ca.crt"))
    }

    /// Opening a store that cannot connect says what was tried and what the server said.
    @Test func aStoreThatCannotConnectSaysWhy() async throws {
        let server = try PostgresAddress(try TestPostgres.serverURL())
        var noDatabase = server
        noDatabase.database = "no_such_database"
        let database = try await connectError(noDatabase)
        #expect(database.reason == .refused(message: #"database "no_such_database" does not exist"#, sqlState: "3D000"))
        #expect(database.address == noDatabase.description)
        #expect(database.description.contains(#"database "no_such_database" does not exist"#))
        var noRole = server
        noRole.user = "nobody_here"
        let role = try await connectError(noRole)
        #expect(role.reason == .refused(message: #"role "nobody_here" does not exist"#, sqlState: "28000"))
        #expect(!role.description.contains("PSQLError"))
        var nothing = server
        nothing.port = 1
        let unreachable = try await connectError(nothing)
        guard case .unreachable = unreachable.reason else { Issue.record("\(unreachable)"); return }
    }

    /// PostgreSQL stopped as by a crash while a writer saves documents one by one: saves fail with
    /// `unavailable` (not a hang), the store reconnects by itself when the server is back, and every
    /// save that was acknowledged is there.
    @Test func aCrashedServerIsUnavailableThenRecoveredWithEveryAcknowledgedWrite() async throws {
        let cluster = try PostgresCluster(name: "crash")
        defer { cluster.remove() }
        let store = try await PostgresStore(address: try PostgresAddress(cluster.url))
        let acknowledged = try await withThrowingTaskGroup(of: [Int64].self) { group in
            group.addTask {
                var saved: [Int64] = []
                var failures = 0
                for number in 0..<400 {
                    do {
                        let outcome = try await store.saveNewDocuments([StoreFixtures.newDocument(hash: "w\(number)")])
                        if case .inserted(let id) = outcome.first { saved.append(id) }
                    } catch StoreError.unavailable {
                        failures += 1
                        try await Task.sleep(for: .milliseconds(20))
                    }
                }
                #expect(failures > 0, "the writer saw the server down")
                return saved
            }
            try await Task.sleep(for: .milliseconds(300))
            cluster.stop("immediate")
            let stopped = ContinuousClock.now
            await #expect(throws: StoreError.unavailable) { try await store.documentCount() }
            #expect(ContinuousClock.now - stopped < TestTime.bound(.seconds(15)), "a stopped server is reported, not waited for")
            try await Task.sleep(for: .milliseconds(500))
            try cluster.start()
            return try await group.next() ?? []
        }
        #expect(acknowledged.count > 0)
        let stored = try await store.searchableDocuments(afterID: 0, through: nil, limit: 1_000).map(\.id)
        #expect(Set(acknowledged).isSubset(of: Set(stored)), "no acknowledged write is lost")
    }
}

/// The error opening a store on `url` throws; a recorded issue if it throws another or none.
private func connectError(_ url: String) async throws -> PostgresConnectError {
    try await connectError(try PostgresAddress(url))
}

private func connectError(_ address: PostgresAddress) async throws -> PostgresConnectError {
    do {
        _ = try await PostgresStore(address: address, maximumConnections: 1)
    } catch let error as PostgresConnectError {
        return error
    }
    Issue.record("connected to \(address)")
    return PostgresConnectError(address: "", reason: .other("connected"))
}

/// Whether one connection to `url` is encrypted.
private func encrypted(_ url: String) async throws -> Bool {
    let connection = try await PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try PostgresAddress(url).probeConfiguration(timeout: .seconds(5)),
        id: 1, logger: Logger(label: "test")).get()
    do {
        let encrypted = try await connection.encrypted()
        try await connection.close()
        return encrypted
    } catch {
        try? await connection.close()
        throw error
    }
}

extension PostgresConnection {
    fileprivate func encrypted() async throws -> Bool {
        try await value("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self) ?? false
    }
}
