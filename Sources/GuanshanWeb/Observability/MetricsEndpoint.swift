import GuanshanLibrary
import HTTPTypes
import Hummingbird
import NIOCore

/// Answers `GET /metrics` with `SiteMetrics`' exposition: on the public port only to a scraper that
/// sends the configured token (`Authorization: Bearer …`), on a metrics port of its own to anyone who
/// reaches that port.
struct MetricsEndpoint: Sendable {
    static let path = "/metrics"
    static let route: RouterPath = "/metrics"
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    let metrics: SiteMetrics
    let operations: OperationsService
    let cache: PageCache

    func answer() async -> Response {
        let text = await metrics.exposition(operations: operations, cache: cache)
        return Response(
            status: .ok, headers: [.contentType: Self.contentType, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Whether the request's bearer token is `token`, compared in time that does not depend on where they differ.
    static func authorizes(_ request: Request, token: String) -> Bool {
        guard let given = VisitorMiddleware.bearerToken(request) else { return false }
        return Secrets.equal(Array(given.utf8), Array(token.utf8))
    }

    /// The router of a metrics port: `/metrics` and nothing else.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get(Self.route) { _, _ in await answer() }
        return router
    }
}

/// `/metrics` on the public port, before the visitor is looked up (its token is no account's) and
/// before the error pages: with the token configured, the metrics or a 401; without one, the router's 404.
struct MetricsTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let endpoint: MetricsEndpoint
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token, request.uri.path == MetricsEndpoint.path, request.method == .get else {
            return try await next(request, context)
        }
        guard MetricsEndpoint.authorizes(request, token: token) else {
            return Response(
                status: .unauthorized,
                headers: [.wwwAuthenticate: "Bearer realm=\"metrics\"", .contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "401 Unauthorized: /metrics needs the metrics token.\n")))
        }
        return await endpoint.answer()
    }
}
