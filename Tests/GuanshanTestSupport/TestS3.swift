import Foundation
import GuanshanStore
import Synchronization

/// An S3-compatible server for the tests: moto's (`python3 -m moto.server`, from PyPI's `moto[server]`,
/// installed by `Scripts/install-test-tools` as a module: its `moto_server` script need not be on the PATH), started on first use on a free port and stopped within a second of the
/// test process's end. Each call of `freshConfiguration` names a bucket of its own, which the caller creates.
public enum TestS3 {
    private static let server = Mutex<Result<Int, TestS3Problem>?>(nil)
    private static let counter = Atomic<Int>(0)

    /// The port moto listens on, starting it if need be.
    public static func port() throws -> Int {
        try server.withLock { state in
            if state == nil { state = Result { () throws(TestS3Problem) in try start() } }
            return try state!.get()
        }
    }

    /// Where the tests' originals go: path-style, as moto on an address takes them.
    public static func freshConfiguration() throws -> S3Originals.Configuration {
        S3Originals.Configuration(
            endpoint: URL(string: "http://127.0.0.1:\(try port())")!, bucket: "guanshan-test-\(counter.add(1, ordering: .relaxed).newValue)",
            region: "cn-north-1", accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            prefix: "originals/", pathStyle: true)
    }

    private static func start() throws(TestS3Problem) -> Int {
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            // A shell that ends the server once the test process is gone, however it ends (an exit handler
            // would not run for a test process killed or trapped).
            let moto = Process()
            moto.executableURL = URL(fileURLWithPath: "/bin/sh")
            moto.arguments = [
                "-c",
                """
                python3 -m moto.server -H 127.0.0.1 -p \(port) >/dev/null 2>&1 & server=$!
                while kill -0 \(getpid()) 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done
                kill -KILL $server 2>/dev/null
                """,
            ]
            moto.standardOutput = FileHandle.nullDevice
            moto.standardError = FileHandle.nullDevice
            do { try moto.run() } catch { throw .notInstalled }
            for _ in 0..<150 where moto.isRunning {
                if listening(port) {
                    return port
                }
                usleep(100_000)
            }
            moto.terminate()
        }
        throw .notInstalled
    }

    private static func listening(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

public enum TestS3Problem: Error {
    /// `moto_server` did not start: run `Scripts/install-test-tools`.
    case notInstalled
    case boto3Failed(String)
}

extension TestS3 {
    /// Runs boto3, AWS's own client, against `configuration`'s bucket: an independent check of what
    /// `S3Originals` wrote. `script` sees `s3` (the client) and `bucket`; what it prints is returned.
    public static func boto3(_ configuration: S3Originals.Configuration, _ script: String) throws -> String {
        let program = """
            import boto3, sys
            from botocore.config import Config
            s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name=sys.argv[2], aws_access_key_id=sys.argv[3],
                aws_secret_access_key=sys.argv[4], config=Config(s3={"addressing_style": "path"}))
            bucket = sys.argv[5]
            \(script)
            """
        let (status, output) = try Command.run([
            "python3", "-c", program, configuration.endpoint.absoluteString, configuration.region, configuration.accessKeyID,
            configuration.secretAccessKey, configuration.bucket,
        ])
        guard status == 0 else { throw TestS3Problem.boto3Failed(output) }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A new bucket for `configuration`.
    public static func createBucket(_ configuration: S3Originals.Configuration) throws {
        _ = try boto3(configuration, #"s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "cn-north-1"})"#)
    }
}
