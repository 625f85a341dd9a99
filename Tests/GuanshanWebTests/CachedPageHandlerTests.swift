import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

/// The connection-level answer of cached pages (issue 8): what it answers, what it passes on to the
/// router, and that responses keep the order of the requests. `CachingRouteTests` checks, through the
/// whole server, that its answers are the router's.
@Suite struct CachedPageHandlerTests {
    let library: Library
    let cache = PageCache(byteLimit: 1 << 20)
    let channel: EmbeddedChannel
    /// Over 1 KB, so that it is sent in gzip to a client that takes it.
    let page = Representation(String(repeating: "<p>缓存的页</p>", count: 100), contentType: "text/html; charset=utf-8", cacheControl: "public, no-cache")

    init() async throws {
        library = Library(store: try await TestStore.make(), passwordCost: .testing)
        let stamp = try await library.version.current().stamp
        cache.store(PageCache.Hit(page: page, viewOf: 7), for: try #require(PageCache.Key(URI("/d/7"), cookies: Cookies(from: []), stamp: stamp)))
        channel = EmbeddedChannel(handler: CachedPageHandler(pages: CachedPages(cache: cache, reading: library.reading, version: library.version, serverName: "Guanshan", metrics: SiteMetrics())))
    }

    func send(_ path: String, _ method: HTTPRequest.Method = .get, headers: HTTPFields = [:]) throws {
        try channel.writeInbound(HTTPRequestPart.head(HTTPRequest(method: method, scheme: nil, authority: "x", path: path, headerFields: headers)))
        try channel.writeInbound(HTTPRequestPart.end(nil))
    }

    /// The parts the handler wrote to the client.
    func answered() throws -> [HTTPResponsePart] {
        var parts: [HTTPResponsePart] = []
        while let part = try channel.readOutbound(as: HTTPResponsePart.self) { parts.append(part) }
        return parts
    }

    /// The parts it passed on to the router.
    func passedOn() throws -> [HTTPRequestPart] {
        var parts: [HTTPRequestPart] = []
        while let part = try channel.readInbound(as: HTTPRequestPart.self) { parts.append(part) }
        return parts
    }

    /// The router's answer to one request passed on.
    func routerAnswers() throws {
        try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok, headerFields: [.contentLength: "0"])))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
    }

    @Test func aCachedPageIsAnsweredOnTheConnectionAndCountsAView() throws {
        try send("/d/7")
        #expect(try passedOn().isEmpty)
        let parts = try answered()
        #expect(parts.count == 3)
        guard case .head(let head) = parts.first, case .body(let body) = parts[1], case .end(nil) = parts[2] else {
            Issue.record("\(parts)")
            return
        }
        #expect(head.status == .ok && body == page.body)
        #expect(head.headerFields[.contentLength] == "\(page.body.readableBytes)" && head.headerFields[.server] == "Guanshan")
        #expect(head.headerFields[.eTag] == "\"\(page.tag)\"" && head.headerFields[.xContentTypeOptions] == "nosniff")
        #expect(head.headerFields[.date].flatMap(HTTPDate.parse) != nil)
        #expect(library.reading.views.pendingViews(of: 7) == 1)
        // HEAD: the same head, no body, no view.
        try send("/d/7", .head)
        let headParts = try answered()
        #expect(headParts.count == 2 && library.reading.views.pendingViews(of: 7) == 1)
        // What the client holds already: 304.
        try send("/d/7", headers: [.ifNoneMatch: "\"\(page.tag)\""])
        guard case .head(let notModified) = try answered().first else { throw HandlerTestError.noAnswer }
        #expect(notModified.status == .notModified && notModified.headerFields[.contentLength] == "0")
    }

    @Test func whatTheCacheCannotAnswerGoesToTheRouter() throws {
        let refused: [(String, HTTPRequest.Method, HTTPFields)] = [
            ("/d/8", .get, [:]),  // not in the cache
            ("/d/7?lang=en", .get, [:]),  // sets the language cookie
            ("/d/7?utm_source=x", .get, [:]),  // parameters the site does not know are never cached
            ("/d/7", .post, [:]),
            ("/d/7", .get, [.cookie: "gs_session=abc"]),  // perhaps signed in
            ("/d/7", .get, [.authorization: "Bearer abc"]),
            ("/d/7", .get, [.connection: "close"]),
            ("/d/7", .get, [.acceptEncoding: "gzip"]),  // held without its gzip: the router makes it and keeps it
        ]
        for (path, method, headers) in refused {
            try send(path, method, headers: headers)
            let parts = try passedOn()
            #expect(parts.count == 2, "\(method) \(path) \(headers)")
            #expect(try answered().isEmpty)
            try routerAnswers()
            _ = try answered()
        }
        #expect(library.reading.views.pendingViews(of: 7) == 0)
        // A language cookie chooses another page, which the cache does not hold.
        try send("/d/7", headers: [.cookie: "lang=en"])
        #expect(try passedOn().count == 2)
    }

    @Test func answersKeepTheOrderOfPipelinedRequests() throws {
        try send("/d/8")
        try send("/d/7")
        // The hit came while the router still owed the first answer: it waits its turn with the router.
        #expect(try passedOn().count == 4)
        #expect(try answered().isEmpty)
        try routerAnswers()
        #expect(try answered().count == 2)
        try routerAnswers()
        _ = try answered()
        // Nothing owed: answered here again.
        try send("/d/7")
        #expect(try passedOn().isEmpty)
        #expect(try answered().count == 3)
    }

    enum HandlerTestError: Error {
        case noAnswer
    }
}
