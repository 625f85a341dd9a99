import Foundation
import GuanshanLibrary
import Hummingbird
import Logging

public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// How often batched view counts are written.
    public var viewFlushInterval: Duration
    /// Addresses of reverse proxies whose X-Forwarded-For is believed (login limits count by client address).
    public var trustedProxies: Set<String>
    /// The most URLs one sitemap lists before the next begins (sitemaps.org allows 50,000).
    public var sitemapLimit: Int
    /// The most bytes of rendered pages (with their gzip) kept in memory for visitors who are not signed in.
    public var pageCacheBytes: Int

    public static let defaultPageCacheBytes = 64 << 20

    public init(
        host: String = "127.0.0.1", port: Int = 8080, viewFlushInterval: Duration = .seconds(5), trustedProxies: Set<String> = [],
        sitemapLimit: Int = Library.sitemapLimit, pageCacheBytes: Int = defaultPageCacheBytes
    ) {
        self.host = host
        self.port = port
        self.viewFlushInterval = viewFlushInterval
        self.trustedProxies = trustedProxies
        self.sitemapLimit = max(1, sitemapLimit)
        self.pageCacheBytes = max(0, pageCacheBytes)
    }
}

/// The site's router; tests drive it directly.
public func buildRouter(library: Library, configuration: WebConfiguration = WebConfiguration()) throws -> Router<SiteRequestContext> {
    try buildRouter(library: library, configuration: configuration, cache: PageCache(byteLimit: configuration.pageCacheBytes))
}

func buildRouter(library: Library, configuration: WebConfiguration, cache: PageCache) throws -> Router<SiteRequestContext> {
    let pages = try PageRenderer(library: library, cache: cache)
    // HEAD is answered as GET without the body, on every GET route.
    let router = Router(context: SiteRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.middlewares.add(SiteHeadersMiddleware())
    router.middlewares.add(GzipMiddleware())
    router.middlewares.add(VisitorMiddleware(library: library, trustedProxies: configuration.trustedProxies))
    router.middlewares.add(ErrorPageMiddleware(pages: pages))
    router.middlewares.add(FormGuardMiddleware(formKey: library.formKey, uploads: UploadSlots()))
    ListController(library: library, pages: pages).addRoutes(to: router)
    ReadingController(library: library, pages: pages).addRoutes(to: router)
    SearchController(library: library, pages: pages).addRoutes(to: router)
    AccountController(library: library, pages: pages).addRoutes(to: router)
    ProfileController(library: library, pages: pages).addRoutes(to: router)
    PersonalController(library: library, pages: pages).addRoutes(to: router)
    PersonalAPIController(library: library).addRoutes(to: router)
    ReadingAPIController(library: library).addRoutes(to: router)
    AdminAPIController(library: library).addRoutes(to: router)
    try OpenAPIDocument.addRoute(to: router)
    let admin = router.group("/admin").add(middleware: StaffOnlyMiddleware())
    AdminSiteController(library: library, pages: pages).addRoutes(to: admin)
    AdminDocumentController(library: library, pages: pages).addRoutes(to: admin)
    SecurityLogController(library: library, pages: pages).addRoutes(admin: admin, router: router)
    AssetController().addRoutes(to: router)
    SyndicationController(library: library, sitemapLimit: configuration.sitemapLimit).addRoutes(to: router)
    // Last, so that it knows every route; it acts only where none matched (the router's 404), inside the error pages.
    router.middlewares.add(MethodNotAllowedMiddleware(routes: router.routes))
    return router
}

/// The whole site: the router, with cached pages answered before it on each connection; the service
/// that writes view counts (flushed again on shutdown), and the three that follow the change log: the
/// search index, the stamp of the page cache, and the layout of the documents.
public func buildApplication(library: Library, configuration: WebConfiguration, logger: Logger) throws -> some ApplicationProtocol {
    let cache = PageCache(byteLimit: configuration.pageCacheBytes)
    let serverName = "Guanshan"
    let cached = CachedPages(cache: cache, library: library, serverName: serverName)
    return Application(
        router: try buildRouter(library: library, configuration: configuration, cache: cache),
        server: .http1(configuration: .init(additionalChannelHandlers: [ClosingHandler(), CachedPageHandler(pages: cached)])),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: serverName),
        services: [
            RepeatingService.pendingWrites(library: library, interval: configuration.viewFlushInterval, logger: logger),
            RepeatingService.searchFollow(keeper: library.search, logger: logger),
            RepeatingService.siteFollow(version: library.version, logger: logger),
            RepeatingService.layoutFollow(keeper: library.layout, logger: logger),
        ],
        logger: logger)
}
