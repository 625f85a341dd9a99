import Foundation
import GuanshanLibrary
import GuanshanTestSupport
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A visitor for route tests: keeps the cookies the site sets and the form token of the last page.
final class Browser: @unchecked Sendable {
    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        /// The body as the bytes sent, for files.
        var data: Data
        var location: String? { headers[.location] }
    }

    typealias Transport = @Sendable (String, HTTPRequest.Method, HTTPFields, ByteBuffer?) async throws -> (head: HTTPResponse, body: ByteBuffer)

    private let transport: Transport
    private(set) var cookies: [String: String]
    private(set) var formToken: String?

    init(_ client: any TestClientProtocol) {
        transport = { uri, method, headers, body in
            let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
            return (response.head, response.body)
        }
        cookies = [:]
    }

    /// A visitor of a running server, holding `cookies` (a session made on another node, say).
    init(live client: TestClient, cookies: [String: String] = [:]) {
        transport = { uri, method, headers, body in
            var headers = headers
            headers[.connection] = "keep-alive"
            let response = try await client.execute(TestClient.Request(uri, method: method, authority: "127.0.0.1", headers: headers, body: body))
            return (response.head, response.body ?? ByteBuffer())
        }
        self.cookies = cookies
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a urlencoded form carrying the last page's token, unless `token` says otherwise (nil: none).
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)] = [], token: String?? = .some(nil), headers: HTTPFields = [:]) async throws -> Page {
        var fields = fields
        let chosen: String? = switch token {
        case .some(.some(let given)): given
        case .some(.none): formToken
        case .none: nil
        }
        if let chosen { fields.append(("_csrf", chosen)) }
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with one file and the last page's token.
    @discardableResult
    func upload(_ uri: String, file name: String, _ data: Data, fields: [(String, String)] = []) async throws -> Page {
        try await upload(uri, files: [(name, data)], fields: fields)
    }

    /// Posts a multipart form with files in the field `file` and the last page's token.
    @discardableResult
    func upload(_ uri: String, files: [(name: String, data: Data)], fields: [(String, String)] = []) async throws -> Page {
        let boundary = "----guanshan-test"
        var body = Data()
        for (field, value) in fields + [("_csrf", formToken ?? "")] {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for (name, data) in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(data: body))
    }

    /// Uploads files for import in the admin and follows the import's page, which refreshes itself while
    /// the import is queued or under way, to its end: the report, or why it failed. The wait is long: an
    /// import of scans or office files queues for the converters behind those of every other test running.
    func importFiles(_ files: [(name: String, data: Data)], fields: [(String, String)] = []) async throws -> (queued: Page, ended: Page) {
        let queued = try await upload("/admin/documents/upload", files: files, fields: fields)
        guard queued.status == .seeOther, let location = queued.location else { return (queued, queued) }
        let deadline = ContinuousClock.now + TestTime.bound(.seconds(120))
        while true {
            let page = try await get(location)
            if page.headers[Self.refresh] == nil || ContinuousClock.now > deadline { return (queued, page) }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    static let refresh = HTTPField.Name("Refresh")!

    @discardableResult
    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty, headers[.cookie] == nil {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let response = try await transport(uri, method, headers, body)
        for line in response.head.headerFields[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let text = String(buffer: response.body)
        if let token = Self.token(in: text) { formToken = token }
        return Page(status: response.head.status, headers: response.head.headerFields, body: text, data: Data(buffer: response.body))
    }

    /// What a browser would send of the page's forms as they stand: each text, number and hidden input
    /// with its value, and each ticked checkbox or radio button; the form token left out (`post` adds it).
    /// `changing` replaces the values of the fields it names.
    static func formFields(of page: Page, changing: [String: String] = [:]) -> [(String, String)] {
        var fields: [(String, String)] = []
        var rest = page.body[...]
        while let start = rest.range(of: "<input ") {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[start.upperBound..<end]
            rest = rest[end...]
            func attribute(_ name: String) -> String? {
                guard let open = tag.range(of: " \(name)=\"") ?? (tag.hasPrefix("\(name)=\"") ? tag.range(of: "\(name)=\"") : nil),
                      let close = tag[open.upperBound...].firstIndex(of: "\"") else { return nil }
                return String(tag[open.upperBound..<close]).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            }
            guard let name = attribute("name"), name != "_csrf" else { continue }
            let type = attribute("type") ?? "text"
            if type == "checkbox" || type == "radio", !tag.contains(" checked") { continue }
            fields.append((name, changing[name] ?? attribute("value") ?? ""))
        }
        return fields
    }

    /// Logs in through the login form.
    @discardableResult
    func logIn(_ name: String, _ password: String = "correct horse") async throws -> Page {
        try await get("/login")
        return try await post("/login", [("name", name), ("password", password)])
    }

    func forgetCookie(_ name: String) {
        cookies[name] = nil
    }

    static func token(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
