import Foundation
@testable import GuanshanRequestParsing
@testable import GuanshanWeb
import GuanshanTestSupport
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Forms and cookies as strangers send them: what the libFuzzer targets in Fuzz/ found (their inputs are
/// the `regression-…` seeds of Fuzz/Corpus/FuzzMultipart).
@Suite struct RequestParsingTests {
    /// A part header named in Chinese: MultipartKit 4.7.1 looked the name's bytes up in a 128-entry
    /// table and trapped, ending the process, on one anonymous POST.
    static let nonASCIIHeaderName = "--b\r\n报告: x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n"

    @Test func aPartHeaderNameOutsideASCIIIsRefused() throws {
        #expect(throws: MultipartForm.Problem.self) {
            try MultipartForm.parse(ByteBuffer(string: Self.nonASCIIHeaderName), boundary: "b")
        }
        // In the preamble's delimiter without a line break before it, and after a first good part.
        let second = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b\r\nX\u{80}: y\r\n\r\n2\r\n--b--\r\n"
        #expect(throws: MultipartForm.Problem.self) { try MultipartForm.parse(ByteBuffer(string: second), boundary: "b") }
    }

    @Test func nonASCIIInHeaderValuesStillReads() throws {
        let body = "--b\r\nContent-Disposition: form-data; name=\"文件\"; filename=\"报告.txt\"\r\nContent-Type: text/plain\r\n\r\n正文\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"标题\"\r\n\r\n观山\r\n--b--\r\n"
        let parsed = try MultipartForm.parse(ByteBuffer(string: body), boundary: "b")
        #expect(parsed.fields.map(\.0) == ["标题"] && parsed.fields.map(\.1) == ["观山"])
        #expect(parsed.files.map(\.fileName) == ["报告.txt"] && parsed.files.map(\.data) == [Data("正文".utf8)])
    }

    /// An empty boundary (`boundary=""`) reached MultipartKit's `precondition(!boundary.isEmpty)`.
    @Test func aBoundaryIsOneTo70Bytes() {
        #expect(MultipartForm.boundary(in: "multipart/form-data; boundary=\"\"") == nil)
        #expect(MultipartForm.boundary(in: "multipart/form-data; boundary= ") == nil)
        #expect(MultipartForm.boundary(in: "multipart/form-data; boundary=" + String(repeating: "a", count: 71)) == nil)
        #expect(MultipartForm.boundary(in: "multipart/form-data; boundary=" + String(repeating: "a", count: 70))?.count == 70)
        #expect(MultipartForm.boundary(in: "multipart/form-data; boundary=\"----WebKitFormBoundary7MA4YWxkTrZu0gW\"")
                == "----WebKitFormBoundary7MA4YWxkTrZu0gW")
        #expect(throws: MultipartForm.Problem.self) { try MultipartForm.parse(ByteBuffer(string: "--\r\n"), boundary: "") }
    }

    /// Many delimiters, each followed by the same header-like lines, are looked at once in all, not once
    /// per delimiter: 50,000 of them take milliseconds, where a look per delimiter would read 10^10 bytes.
    @Test func theHeaderCheckIsLinear() throws {
        let body = ByteBuffer(string: "--b\r\n" + String(repeating: "a: --b\r\n", count: 50_000))
        let elapsed = ContinuousClock().measure {
            #expect(!MultipartForm.mayTrapMultipartKit(body, boundary: "b"))
        }
        #expect(elapsed < TestTime.bound(.seconds(30)), "\(elapsed) (even under a sanitizer this is well under a second)")
    }

    /// One anonymous POST to /login with either form used to stop the server; now each is a 400 and the
    /// site goes on.
    @Test func hostileFormsToLoginAreRefusedAndTheSiteStaysUp() async throws {
        try await AccountRouteTests().withSite { _, client in
            for (contentType, body) in [
                ("multipart/form-data; boundary=b", Self.nonASCIIHeaderName),
                ("multipart/form-data; boundary=\"\"", "--\r\n\r\n"),
                ("multipart/form-data; boundary= ", "x"),
            ] {
                let response = try await client.execute(
                    uri: "/login", method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(contentType): \(response.status)")
            }
            #expect(try await client.execute(uri: "/login", method: .get).status == .ok)
        }
    }

    @Test func aJSONStringHoldingNULIsFoundWhateverTheEscapesAround() {
        let cases: [(String, Bool)] = [
            (#"{"a":"\u0000"}"#, true), (#"{"a":"x\u00001"}"#, true), (#"{"a":"\\\u0000"}"#, true),
            (#"{"a":"\\u0000"}"#, false), (#"{"a":"\u0001\u00a0"}"#, false), (#"{"a":"\u000"}"#, false),
            (#"{"a":"\"#, false), ("", false), (#"{"\u0000":1}"#, true),
        ]
        for (json, holds) in cases {
            #expect(TextWithoutNUL.jsonHoldsNUL(Array(json.utf8)) == holds, "\(json)")
        }
        #expect(FormFields("a=1&b=%00").holdsNUL && FormFields("a%00=1").holdsNUL && !FormFields("a=1&b=%2500").holdsNUL)
    }

    /// No store keeps NUL (PostgreSQL refuses such text): a form or a JSON body holding one is a 400
    /// at the door, before any route reads it, on either store.
    @Test func formsAndJSONHoldingNULAreRefusedAtTheDoor() async throws {
        try await AccountRouteTests().withSite { _, client in
            let browser = Browser(client)
            try await browser.get("/login")
            #expect(try await browser.post("/login", [("name", "alice\u{0}"), ("password", "correct horse")]).status == .badRequest)
            #expect(try await browser.logIn("alice").status == .seeOther)
            try await browser.get("/me")
            let token = try #require(browser.formToken)
            let refused = try await browser.send("/api/v1/me", method: .patch, headers: [.contentType: "application/json", .csrfToken: token],
                                                 body: ByteBuffer(string: #"{"displayName":"a\u0000b"}"#))
            #expect(refused.status == .badRequest && refused.body.contains("bad_parameter"), "\(refused.status) \(refused.body)")
            let renamed = try await browser.send("/api/v1/me", method: .patch, headers: [.contentType: "application/json", .csrfToken: token],
                                                 body: ByteBuffer(string: #"{"displayName":"爱丽丝\\u0000"}"#))
            #expect(renamed.status == .ok, "a backslash and letters are text: \(renamed.status) \(renamed.body)")
        }
    }
}
