import Crypto
import Foundation
import GuanshanModel

/// AWS Signature Version 4 for S3 requests, which S3 and the stores compatible with it (Aliyun OSS,
/// Tencent COS, MinIO) all accept: the signed headers are every one given, named in lower case.
struct S3Signer: Sendable {
    let accessKeyID: String
    let secretAccessKey: String
    let region: String

    static let emptyPayloadHash = SHA256.hash(data: Data()).hex

    /// The headers to send with a request: `headers` (which must hold `host`) plus `x-amz-date`,
    /// `x-amz-content-sha256` and `authorization`. `path` is already percent-encoded.
    func sign(
        method: String, path: String, query: [(String, String)] = [], headers: [String: String], payloadHash: String, at time: Date
    ) -> [String: String] {
        let stamp = Self.stamp(time)
        let day = String(stamp.prefix(8))
        var all = Dictionary(uniqueKeysWithValues: headers.map { ($0.key.lowercased(), $0.value.trimmingCharacters(in: .whitespaces)) })
        all["x-amz-date"] = stamp
        all["x-amz-content-sha256"] = payloadHash
        let names = all.keys.sorted()
        let canonicalQuery = query.map { (Self.encode($0.0), Self.encode($0.1)) }.sorted { $0 < $1 }
            .map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        let canonicalRequest = [
            method, path, canonicalQuery, names.map { "\($0):\(all[$0]!)\n" }.joined(), names.joined(separator: ";"), payloadHash,
        ].joined(separator: "\n")
        let scope = "\(day)/\(region)/s3/aws4_request"
        let stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, SHA256.hash(data: Data(canonicalRequest.utf8)).hex].joined(separator: "\n")
        var key = SymmetricKey(data: Data("AWS4\(secretAccessKey)".utf8))
        for step in [day, region, "s3", "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(step.utf8), using: key)))
        }
        let signature = Data(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key)).hex
        all["authorization"] =
            "AWS4-HMAC-SHA256 Credential=\(accessKeyID)/\(scope), SignedHeaders=\(names.joined(separator: ";")), Signature=\(signature)"
        return all
    }

    /// `20130524T000000Z`.
    static func stamp(_ time: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: time)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }

    /// RFC 3986 unreserved characters stand; every other byte is `%XX`.
    static func encode(_ text: String, keepingSlash: Bool = false) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                encoded.append(Character(UnicodeScalar(byte)))
            case UInt8(ascii: "/") where keepingSlash:
                encoded.append("/")
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }
}
