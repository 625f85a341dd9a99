import GuanshanLibrary
import GuanshanRequestParsing
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// What `CachedPageHandler` answers with: a page in the cache, for a visitor who is not signed in, as
/// the router would answer it (the same headers, 304s, gzip, a counted view), or nil when the router must
/// answer: the visitor may be signed in (a session cookie, an API token), the reader switches language
/// (`?lang=`, which sets a cookie), the request asks to close the connection, the cache does not hold
/// the page, or holds it without the gzip the client takes.
struct CachedPages: Sendable {
    let cache: PageCache
    let reading: ReadingService
    let version: SiteVersion
    let serverName: String
    let metrics: SiteMetrics
    let policy = PagePolicy()

    func answer(_ request: HTTPRequest) -> (HTTPResponse, ByteBuffer?)? {
        guard request.method == .get || request.method == .head, request.headerFields[.authorization] == nil,
              request.headerFields[.connection]?.lowercased() != "close", let site = version.known
        else { return nil }
        let cookies = Cookies(from: request.headerFields[values: .cookie])
        let uri = URI(request.path ?? "")
        guard cookies[SiteCookie.session.name(secure: site.settings.isSecure)] == nil, uri.queryParameters["lang"] == nil,
              let key = PageCache.Key(uri, cookies: cookies, stamp: site.stamp), let hit = cache.page(for: key),
              !hit.page.lacksGzip(for: request.headerFields)
        else { return nil }
        hit.countView(request.method, in: reading.views)
        var (response, body) = hit.page.answer(to: request)
        metrics.countCachedAnswer(request.method, response.status)
        policy.add(to: &response.headerFields, settings: site.settings, stamp: site.stamp, path: uri.path)
        SiteHeaders.add(to: &response.headerFields)
        SiteHeaders.addTransportSecurity(to: &response.headerFields, settings: site.settings)
        response.headerFields[.contentLength] = String(body?.readableBytes ?? 0)
        response.headerFields[.date] = HTTPDate.now
        response.headerFields[.server] = serverName
        return (response, request.method == .head ? nil : body)
    }
}

/// Sits on each connection between the HTTP codec and the router, and answers on the connection's
/// event loop the requests that `CachedPages` answers: no task, no trip through the router and its
/// middleware. Everything else goes on to the router. Responses leave in the order of the requests: a
/// request is answered here only while no request passed on is still waiting for its response.
final class CachedPageHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let pages: CachedPages
    /// Requests passed on to the router whose responses have not ended.
    private var waiting = 0
    /// Whether the request being read was answered here: its parts up to its end are dropped.
    private var answered = false

    init(pages: CachedPages) {
        self.pages = pages
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch part {
        case .head(let request):
            // A client that does not read what it is sent meets the router's back-pressure instead.
            if waiting == 0, context.channel.isWritable, let (response, body) = pages.answer(request) {
                answered = true
                context.write(wrapOutboundOut(.head(response)), promise: nil)
                if let body { context.write(wrapOutboundOut(.body(body)), promise: nil) }
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                return
            }
            answered = false
            waiting += 1
        case .body, .end:
            if answered { return }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { waiting -= 1 }
        context.write(data, promise: promise)
    }
}
