import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// A body with what a cache needs to know of it, and the one place that answers conditional requests
/// and chooses the content coding: an `ETag` (a hash of the body, `-gz` added for the gzip coding),
/// `Last-Modified`, `304 Not Modified` by RFC 9110 §13.2.2, and gzip when the client accepts it.
struct Representation: Sendable {
    let body: ByteBuffer
    /// Whether the body goes out in gzip to a client that accepts it: text, markup, JSON or SVG of 1 KB
    /// or more (not images, archives or .docx, which are compressed already).
    let compressible: Bool
    /// The body in gzip once made: at the first answer that needs it, kept by a cached page.
    private(set) var gzipped: ByteBuffer?
    let contentType: String
    var cacheControl: String
    var lastModified: Date?
    /// More headers to send with the body (a page's own Content-Security-Policy).
    var headers: HTTPFields = [:]
    /// The opaque part of the entity tag.
    let tag: String

    /// Bodies under this size go out as they are: gzip would save less than a packet.
    static let smallestCompressed = 1024

    init(_ body: ByteBuffer, contentType: String, cacheControl: String, lastModified: Date? = nil) {
        self.body = body
        self.contentType = contentType
        self.cacheControl = cacheControl
        self.lastModified = lastModified
        tag = Self.hash(body)
        compressible = body.readableBytes >= Self.smallestCompressed && Self.isCompressible(contentType)
    }

    init(_ text: String, contentType: String, cacheControl: String, lastModified: Date? = nil) {
        self.init(ByteBuffer(string: text), contentType: contentType, cacheControl: cacheControl, lastModified: lastModified)
    }

    /// Bytes held: the body and its gzip.
    var size: Int { body.readableBytes + (gzipped?.readableBytes ?? 0) }

    /// Whether the answer to a request with these headers needs the gzip body, not made yet.
    func lacksGzip(for requestHeaders: HTTPFields) -> Bool {
        compressible && gzipped == nil && AcceptEncoding(requestHeaders[values: .acceptEncoding]).allowsGzip
    }

    /// The same with its gzip made, to be kept.
    func withGzip() -> Representation {
        var copy = self
        if compressible, copy.gzipped == nil { copy.gzipped = Gzip.compress(body) }
        return copy
    }

    /// The answer to `request`: the body in the coding the client prefers, or 304 when a GET or HEAD
    /// names what the client holds already.
    func response(to request: Request) -> Response {
        let (head, body) = answer(to: request.head)
        return Response(status: head.status, headers: head.headerFields, body: body.map { ResponseBody(byteBuffer: $0) } ?? ResponseBody())
    }

    /// The same as a response head and its body (nil for 304), Content-Length not yet set.
    func answer(to request: HTTPRequest) -> (HTTPResponse, ByteBuffer?) {
        let gzip = compressible && AcceptEncoding(request.headerFields[values: .acceptEncoding]).allowsGzip
        var headers = self.headers
        headers[.contentType] = contentType
        headers[.cacheControl] = cacheControl
        var vary: [String] = []
        if compressible { vary.append("Accept-Encoding") }
        // Pages show the account bar and the language of the session and language cookies.
        if contentType.hasPrefix("text/html") { vary.append("Cookie") }
        if !vary.isEmpty { headers[.vary] = vary.joined(separator: ", ") }
        let etag = "\"\(tag)\(gzip ? "-gz" : "")\""
        headers[.eTag] = etag
        if let lastModified { headers[.lastModified] = HTTPDate.format(lastModified) }
        if request.method == .get || request.method == .head, Self.isNotModified(request.headerFields, etag: etag, lastModified: lastModified) {
            headers[.contentType] = nil
            return (HTTPResponse(status: .notModified, headerFields: headers), nil)
        }
        if gzip, let gzipped = gzipped ?? Gzip.compress(body) {
            headers[.contentEncoding] = "gzip"
            return (HTTPResponse(status: .ok, headerFields: headers), gzipped)
        }
        headers[.eTag] = "\"\(tag)\""
        return (HTTPResponse(status: .ok, headerFields: headers), body)
    }

    /// RFC 9110 §13.2.2: If-None-Match when present (a list, `*`, weak tags compared by their value),
    /// else If-Modified-Since; a date that is invalid or in the future is ignored.
    static func isNotModified(_ requestHeaders: HTTPFields, etag: String, lastModified: Date?) -> Bool {
        let ifNoneMatch = requestHeaders[values: .ifNoneMatch]
        if !ifNoneMatch.isEmpty {
            return ifNoneMatch.flatMap { $0.split(separator: ",") }.contains { item in
                let value = item.trimmingCharacters(in: .whitespaces)
                return value == "*" || value == etag || value == "W/" + etag
            }
        }
        guard let lastModified, let header = requestHeaders[.ifModifiedSince], let since = HTTPDate.parse(header),
              since <= Date()
        else { return false }
        return lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
    }

    /// Text, markup, JSON and SVG; not images, archives or .docx, which are compressed already.
    static func isCompressible(_ contentType: String) -> Bool {
        let type = contentType.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
        return type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml") || type.hasSuffix("/json")
            || type.hasSuffix("+json")
    }

    /// 64-bit FNV-1a of the bytes, in hex: the same on every node for the same body.
    static func hash(_ bytes: ByteBuffer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeReadableBytes { buffer in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The codings of an `Accept-Encoding` header that matter here: gzip is chosen when acceptable (q > 0, by
/// name, as `x-gzip` or through `*`) and not less wanted than `identity` when that is named.
struct AcceptEncoding {
    private var weights: [String: Double] = [:]

    init(_ values: [String]) {
        for item in values.flatMap({ $0.split(separator: ",") }) {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let name = parts.first, !name.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            weights[name == "x-gzip" ? "gzip" : name] = weight
        }
    }

    var allowsGzip: Bool {
        let gzip = weights["gzip"] ?? weights["*"] ?? 0
        guard gzip > 0 else { return false }
        guard let identity = weights["identity"] else { return true }
        return gzip >= identity
    }
}

/// HTTP dates (`Date`, `Last-Modified`, `If-Modified-Since`) in the IMF-fixdate form, `Wed, 02 Dec 2026 07:20:05 GMT`.
enum HTTPDate {
    private static let latest = Mutex((second: 0, text: ""))

    /// Now, for the `Date` header: formatted once a second.
    static var now: String {
        let second = Int(Date().timeIntervalSince1970)
        return latest.withLock { latest in
            if latest.second != second { latest = (second, format(Date(timeIntervalSince1970: Double(second)))) }
            return latest.text
        }
    }

    static func format(_ date: Date) -> String {
        let rfc822 = FeedClock(timeZone: .gmt).rfc822(date)
        return String(rfc822.dropLast(5)) + "GMT"
    }

    /// The date, or nil for anything that is not an IMF-fixdate (the obsolete forms are not sent by today's clients).
    static func parse(_ text: String) -> Date? {
        let fields = text.split(separator: " ")
        guard fields.count == 6, fields[5] == "GMT", let day = Int(fields[1]), let month = FeedClock.months.firstIndex(of: String(fields[2])),
              let year = Int(fields[3])
        else { return nil }
        let time = fields[4].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let components = DateComponents(year: year, month: month + 1, day: day, hour: time[0], minute: time[1], second: time[2])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
