import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Bodies only for those who may send them: the route and the caller's rights decide before a byte of
/// the body is read, and each route has its own limit.
@Suite struct BodyRouteTests {
    @Test func everyRouteThatTakesABodyHasItsPolicy() throws {
        #expect(BodyPolicy.of(endpointPath: "/login") == .form)
        #expect(BodyPolicy.of(endpointPath: "/register") == .form)
        #expect(BodyPolicy.of(endpointPath: "/d/{id}/favorite") == .form)
        #expect(BodyPolicy.of(endpointPath: "/admin/documents/{id}") == .staff)
        #expect(BodyPolicy.of(endpointPath: "/api/v1/admin/documents") == .staff)
        #expect(BodyPolicy.of(endpointPath: "/admin/documents/upload") == .upload)
        #expect(BodyPolicy.of(endpointPath: "/api/v1/admin/imports") == .upload)
        #expect(BodyPolicy.of(endpointPath: nil) == nil)
        #expect(BodyPolicy.form.limit <= 8 * 1024, "a login form is a few KB")
        #expect(BodyPolicy.upload.role == .editor && BodyPolicy.staff.role == .editor)
    }

    @Test func aLargeLoginIsRefusedAtItsLength() async throws {
        try await AccountRouteTests().withSite { _, client in
            let browser = Browser(client)
            try await browser.get("/login")
            let padding = String(repeating: "x", count: 64 * 1024)
            let response = try await browser.post("/login", [("name", "root"), ("password", "correct horse"), ("padding", padding)])
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.connection] == "close")
            #expect(try await browser.logIn("root", "correct horse").status == .seeOther, "a login of normal size still works")
            let chunked = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .transferEncoding: "chunked"],
                body: ByteBuffer(string: padding))
            #expect(chunked.status == .contentTooLarge, "a body without a length is cut at the limit")
        }
    }

    @Test func anUploadFromSomeoneWhoMayNotSendOneIsRefusedUnread() async throws {
        try await AccountRouteTests().withSite { _, client in
            let huge = ByteBuffer(repeating: 0x61, count: 30 * 1024 * 1024)
            let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=b"]
            let anonymous = try await client.execute(uri: "/api/v1/admin/imports", method: .post, headers: headers, body: huge)
            #expect(anonymous.status == .unauthorized, "refused for who is asking, not for the size")
            let page = try await client.execute(uri: "/admin/documents/upload", method: .post, headers: headers, body: huge)
            #expect(page.status == .seeOther && page.headers[.location] == "/login", "\(page.status)")
        }
    }

    @Test func uploadsAreBoundedInNumber() async throws {
        let slots = UploadSlots(capacity: 1)
        try await slots.holding(if: true) {
            await #expect(throws: HTTPError.self) { try await slots.holding(if: true) {} }
            try await slots.holding(if: false) {}
        }
        try await slots.holding(if: true) {}
    }
}
