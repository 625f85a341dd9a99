import Hummingbird
import NIOCore

/// gzip for the responses that do not come through `Representation` (search results, account and admin
/// pages, error pages, the JSON API): text, markup, JSON and SVG of a known length of 1 KB or more, when
/// the client accepts it. A response with an ETag chose its coding already; one of unknown length (a
/// streamed sitemap) goes out as it is.
struct GzipMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard response.headers[.eTag] == nil, response.headers[.contentEncoding] == nil,
              let length = response.body.contentLength, length >= Representation.smallestCompressed,
              let type = response.headers[.contentType], Representation.isCompressible(type)
        else { return response }
        response.headers[.vary] = (response.headers[.vary].map { $0 + ", " } ?? "") + "Accept-Encoding"
        guard AcceptEncoding(request.headers[values: .acceptEncoding]).allowsGzip else { return response }
        let gathered = Gathered()
        try await response.body.write(Gatherer(into: gathered))
        guard let gzipped = Gzip.compress(gathered.bytes), gzipped.readableBytes < gathered.bytes.readableBytes else {
            response.body = ResponseBody(byteBuffer: gathered.bytes)
            return response
        }
        response.headers[.contentEncoding] = "gzip"
        response.body = ResponseBody(byteBuffer: gzipped)
        return response
    }

    /// The bytes a body writes, gathered in memory (its length is known and small enough to hold).
    private final class Gathered: @unchecked Sendable {
        var bytes = ByteBuffer()
    }

    private struct Gatherer: ResponseBodyWriter {
        let into: Gathered

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            into.bytes.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
