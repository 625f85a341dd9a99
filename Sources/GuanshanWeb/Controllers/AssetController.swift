import Hummingbird

/// The stylesheet, under a name with its hash so browsers may keep it for a year; and the health check.
struct AssetController {
    typealias Context = SiteRequestContext

    func addRoutes(to router: Router<Context>) {
        router.get("/assets/:file") { request, context -> Response in
            guard context.parameters.get("file") == "site-\(Stylesheet.version).css" else { throw HTTPError(.notFound) }
            return Stylesheet.representation.response(to: request)
        }
        router.get("/healthz") { _, _ -> String in "ok" }
    }
}
