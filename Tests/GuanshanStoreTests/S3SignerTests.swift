import Foundation
@testable import GuanshanStore
import Testing

/// Signature Version 4 as AWS documents it: the worked example of a GET with a Range header from the S3
/// API reference ("Signature Calculations for the Authorization Header: Transferring Payload in a Single
/// Chunk", Example: GET Object), whose signature AWS publishes.
@Suite struct S3SignerTests {
    @Test func theDocumentedGetObjectExampleSignsAlike() {
        let signer = S3Signer(accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1")
        let headers = signer.sign(
            method: "GET", path: "/test.txt", headers: ["Host": "examplebucket.s3.amazonaws.com", "Range": "bytes=0-9"],
            payloadHash: S3Signer.emptyPayloadHash, at: Date(timeIntervalSince1970: 1_369_353_600))
        #expect(headers["x-amz-date"] == "20130524T000000Z")
        #expect(headers["authorization"] == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    @Test func namesAreEncodedAsS3WantsThem() {
        #expect(S3Signer.encode("originals/ab cd~_.-", keepingSlash: true) == "originals/ab%20cd~_.-")
        #expect(S3Signer.encode("a/b") == "a%2Fb")
        #expect(S3Signer.encode("文") == "%E6%96%87")
    }
}
