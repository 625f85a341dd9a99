import HTTPTypes
import Hummingbird
import Logging

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}

/// The outermost middleware: gives each request an id (the `X-Request-Id` of a trusted reverse proxy
/// when it is a plain token, else Hummingbird's own), puts it in every log line of the request and in
/// the response, counts the request by route and status with its duration, and logs a request slower
/// than `slowThreshold`. The duration is the time to the response's head: bodies are in memory by then.
struct RequestObservingMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    let metrics: SiteMetrics
    let slowThreshold: Duration?
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var context = context
        let fromProxy = context.remoteAddress?.ipAddress.map(trustedProxies.contains) ?? false
        let id = (fromProxy ? request.headers[.requestID].flatMap(Self.acceptedID) : nil) ?? context.id
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        metrics.requestStarted()
        do {
            var response = try await next(request, context)
            response.headers[.requestID] = id
            ended(request, context: context, status: response.status, after: started)
            return response
        } catch {
            ended(request, context: context, status: (error as? any HTTPResponseError)?.status ?? .internalServerError, after: started)
            throw error
        }
    }

    private func ended(_ request: Request, context: Context, status: HTTPResponse.Status, after started: ContinuousClock.Instant) {
        let duration = ContinuousClock.now - started
        let route = context.endpointPath ?? "NotFound"
        let slow = slowThreshold.map { duration >= $0 } ?? false
        metrics.requestEnded(route: route, method: request.method, status: status, duration: duration, slow: slow)
        if slow {
            // A path that holds a secret (the one-time setup link) is logged by its route.
            let path = route.contains("{secret}") ? route : request.uri.path
            context.logger.warning(
                "slow request",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(path)", "route": "\(route)",
                    "status": "\(status.code)", "ms": "\(duration.nanoseconds / 1_000_000)",
                ])
        }
    }

    /// A proxy's id, when it is 1 to 64 letters, digits, dots, dashes and underscores: nothing that could
    /// forge a log line or a header.
    static func acceptedID(_ value: String) -> String? {
        let bytes = value.utf8
        guard (1...64).contains(bytes.count), bytes.allSatisfy({ byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x5F
        }) else { return nil }
        return value
    }
}
