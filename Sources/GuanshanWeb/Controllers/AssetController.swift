import Hummingbird

/// The stylesheet, under a versioned name so browsers may keep it for a year; and the health check.
struct AssetController {
    typealias Context = SiteRequestContext

    func addRoutes(to router: Router<Context>) {
        router.get("/assets/:file") { _, context -> Response in
            guard context.parameters.get("file") == "site-\(Stylesheet.version).css" else { throw HTTPError(.notFound) }
            return Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/healthz") { _, _ -> String in "ok" }
    }
}
