import Crypto
import Foundation
import GuanshanModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Originals in an S3-compatible bucket (AWS S3, Aliyun OSS, Tencent COS, MinIO), each object named
/// `{prefix}{hash}`, every request signed (Signature Version 4). Parts are read with ranged GETs.
public struct S3Originals: OriginalStorage {
    public struct Configuration: Sendable, Equatable {
        /// `https://oss-cn-hangzhou.aliyuncs.com`, `https://cos.ap-shanghai.myqcloud.com`, `http://127.0.0.1:9000`.
        public var endpoint: URL
        public var bucket: String
        public var region: String
        public var accessKeyID: String
        public var secretAccessKey: String
        public var prefix: String
        /// `endpoint/bucket/key` (MinIO and most servers run by hand) rather than `bucket.endpoint/key`
        /// (AWS, OSS, COS).
        public var pathStyle: Bool

        public init(
            endpoint: URL, bucket: String, region: String = "us-east-1", accessKeyID: String, secretAccessKey: String,
            prefix: String = "originals/", pathStyle: Bool = false
        ) {
            self.endpoint = endpoint
            self.bucket = bucket
            self.region = region
            self.accessKeyID = accessKeyID
            self.secretAccessKey = secretAccessKey
            self.prefix = prefix
            self.pathStyle = pathStyle
        }

        /// Read from `GUANSHAN_S3_ENDPOINT`, `_BUCKET`, `_REGION`, `_ACCESS_KEY_ID`, `_SECRET_ACCESS_KEY`,
        /// `_PREFIX` and `_PATH_STYLE` (`1`); the names of those missing or wrong otherwise.
        public static func from(environment: [String: String]) -> Result<Configuration, S3ConfigurationError> {
            func value(_ name: String) -> String? { environment["GUANSHAN_S3_\(name)"].flatMap { $0.isEmpty ? nil : $0 } }
            var missing = ["ENDPOINT", "BUCKET", "ACCESS_KEY_ID", "SECRET_ACCESS_KEY"].filter { value($0) == nil }
            let endpoint = value("ENDPOINT").flatMap(URL.init(string:))
            if value("ENDPOINT") != nil, endpoint?.host == nil || !["http", "https"].contains(endpoint?.scheme ?? "") {
                missing.append("ENDPOINT")
            }
            guard missing.isEmpty, let endpoint else { return .failure(S3ConfigurationError(names: missing.map { "GUANSHAN_S3_\($0)" })) }
            return .success(Configuration(
                endpoint: endpoint, bucket: value("BUCKET")!, region: value("REGION") ?? "us-east-1", accessKeyID: value("ACCESS_KEY_ID")!,
                secretAccessKey: value("SECRET_ACCESS_KEY")!, prefix: value("PREFIX") ?? "originals/", pathStyle: value("PATH_STYLE") == "1"))
        }
    }

    let configuration: Configuration
    let signer: S3Signer
    let session: URLSession

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        self.signer = S3Signer(
            accessKeyID: configuration.accessKeyID, secretAccessKey: configuration.secretAccessKey, region: configuration.region)
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = 60
        sessionConfiguration.timeoutIntervalForResource = 300
        sessionConfiguration.httpShouldSetCookies = false
        sessionConfiguration.urlCache = nil
        self.session = URLSession(configuration: sessionConfiguration)
    }

    public var place: String {
        configuration.pathStyle ? "\(configuration.endpoint.absoluteString)/\(configuration.bucket)" : "s3://\(configuration.bucket) at \(configuration.endpoint.absoluteString)"
    }

    public func keep(_ bytes: Data, hash: String) async throws {
        let (status, body) = try await send("PUT", hash: hash, body: bytes)
        guard (200..<300).contains(status) else { throw OriginalStorageError.refused(status: status, said: Self.said(body)) }
    }

    public func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? {
        let range = OriginalParts.range(index, of: byteCount)
        let (status, body) = try await send("GET", hash: hash, headers: ["range": "bytes=\(range.lowerBound)-\(range.upperBound - 1)"])
        if status == 404 { return nil }
        // A server that ignores Range answers 200 with the whole object: right only for a file of one part.
        guard status == 206 || (status == 200 && range.lowerBound == 0 && Int64(body.count) == range.upperBound) else {
            throw OriginalStorageError.refused(status: status, said: Self.said(body))
        }
        guard body.count == range.count else { throw OriginalStorageError.damaged(hash: hash, place: place) }
        return body
    }

    public func remove(hash: String) async throws {
        let (status, body) = try await send("DELETE", hash: hash)
        guard (200..<300).contains(status) || status == 404 else { throw OriginalStorageError.refused(status: status, said: Self.said(body)) }
    }

    private func send(_ method: String, hash: String, headers: [String: String] = [:], body: Data? = nil) async throws -> (Int, Data) {
        guard OriginalHash.isValid(hash) else { throw OriginalStorageError.badHash(hash) }
        let key = S3Signer.encode(configuration.prefix + hash, keepingSlash: true)
        var components = URLComponents(url: configuration.endpoint, resolvingAgainstBaseURL: false)!
        let base = components.percentEncodedPath.hasSuffix("/") ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        let path: String
        if configuration.pathStyle {
            path = "\(base)/\(S3Signer.encode(configuration.bucket))/\(key)"
        } else {
            components.host = "\(configuration.bucket).\(components.host ?? "")"
            path = "\(base)/\(key)"
        }
        components.percentEncodedPath = path
        guard let url = components.url, let host = components.host else { throw OriginalStorageError.unreachable(configuration.endpoint.absoluteString) }
        // As HTTP clients send it: the port only when it is not the scheme's own, an IPv6 address in brackets.
        let hostName = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let defaultPort = components.scheme == "https" ? 443 : 80
        let hostHeader = components.port.flatMap { $0 == defaultPort ? nil : "\(hostName):\($0)" } ?? hostName
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        let payloadHash = body.map { SHA256.hash(data: $0).hex } ?? S3Signer.emptyPayloadHash
        let signed = signer.sign(
            method: method, path: path, headers: headers.merging(["host": hostHeader]) { $1 }, payloadHash: payloadHash, at: Date())
        for (name, value) in signed where name != "host" {
            request.setValue(value, forHTTPHeaderField: name)
        }
        do {
            let (data, response) = try await session.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
        } catch {
            throw OriginalStorageError.unreachable("\(place): \(error.localizedDescription)")
        }
    }

    /// The start of an error answer (S3 answers in XML, with a `<Code>`), for the log.
    private static func said(_ body: Data) -> String {
        String(decoding: body.prefix(300), as: UTF8.self)
    }
}

public struct S3ConfigurationError: Error, Equatable, Sendable {
    /// The environment variables missing or not usable.
    public var names: [String]
}
