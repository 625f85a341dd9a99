import Foundation
import GuanshanLibrary
import Hummingbird
import Logging
import ServiceLifecycle

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
    /// With a token, `/metrics` on the site's port answers a scraper that sends it as a bearer token.
    public var metricsToken: String?
    /// A port of its own for `/metrics`, without a token, on `metricsHost`.
    public var metricsPort: Int?
    public var metricsHost: String
    /// Requests that take longer are logged (nil: none).
    public var slowRequestThreshold: Duration?

    public static let defaultPageCacheBytes = 64 << 20
    public static let defaultSlowRequestThreshold = Duration.seconds(1)
    /// The shortest metrics token taken: guessing one is hopeless.
    public static let shortestMetricsToken = 16

    public init(
        host: String = "127.0.0.1", port: Int = 8080, viewFlushInterval: Duration = .seconds(5), trustedProxies: Set<String> = [],
        sitemapLimit: Int = SyndicationService.sitemapLimit, pageCacheBytes: Int = defaultPageCacheBytes, metricsToken: String? = nil,
        metricsPort: Int? = nil, metricsHost: String = "127.0.0.1", slowRequestThreshold: Duration? = defaultSlowRequestThreshold
    ) {
        self.host = host
        self.port = port
        self.viewFlushInterval = viewFlushInterval
        self.trustedProxies = trustedProxies
        self.sitemapLimit = max(1, sitemapLimit)
        self.pageCacheBytes = max(0, pageCacheBytes)
        self.metricsToken = metricsToken
        self.metricsPort = metricsPort
        self.metricsHost = metricsHost
        self.slowRequestThreshold = slowRequestThreshold
    }
}

/// The site's router; tests drive it directly.
public func buildRouter(
    library: Library, configuration: WebConfiguration = WebConfiguration(), metrics: SiteMetrics = SiteMetrics()
) throws -> Router<SiteRequestContext> {
    try buildRouter(library: library, configuration: configuration, cache: PageCache(byteLimit: configuration.pageCacheBytes), metrics: metrics)
}

func buildRouter(library: Library, configuration: WebConfiguration, cache: PageCache, metrics: SiteMetrics) throws -> Router<SiteRequestContext> {
    let pages = try PageRenderer(reading: library.reading, formKey: library.formKey, contributions: library.contributions, comments: library.comments, cache: cache)
    // HEAD is answered as GET without the body, on every GET route.
    let router = Router(context: SiteRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.middlewares.add(
        RequestObservingMiddleware(
            metrics: metrics, slowThreshold: configuration.slowRequestThreshold, trustedProxies: configuration.trustedProxies))
    router.middlewares.add(
        MetricsTokenMiddleware(endpoint: MetricsEndpoint(metrics: metrics, operations: library.operations, cache: cache), token: configuration.metricsToken))
    router.middlewares.add(SiteHeadersMiddleware())
    router.middlewares.add(GzipMiddleware())
    router.middlewares.add(VisitorMiddleware(accounts: library.accounts, version: library.version, trustedProxies: configuration.trustedProxies))
    router.middlewares.add(PagePolicyMiddleware())
    router.middlewares.add(ErrorPageMiddleware(pages: pages))
    router.middlewares.add(FormGuardMiddleware(formKey: library.formKey, uploads: UploadSlots()))
    ListController(reading: library.reading, pages: pages).addRoutes(to: router)
    ReadingController(reading: library.reading, comments: library.comments, pages: pages).addRoutes(to: router)
    SearchController(search: library.search, pages: pages, metrics: metrics).addRoutes(to: router)
    AccountController(accounts: library.accounts, pages: pages).addRoutes(to: router)
    ProfileController(accounts: library.accounts, pages: pages).addRoutes(to: router)
    PersonalController(reading: library.reading, pages: pages).addRoutes(to: router)
    PersonalAPIController(reading: library.reading, accounts: library.accounts).addRoutes(to: router)
    ReadingAPIController(reading: library.reading).addRoutes(to: router)
    AdminAPIController(editorial: library.editorial, accounts: library.accounts, operations: library.operations).addRoutes(to: router)
    try OpenAPIDocument.addRoute(to: router)
    let admin = router.group("/admin").add(middleware: StaffOnlyMiddleware())
    AdminSiteController(editorial: library.editorial, accounts: library.accounts, operations: library.operations, pages: pages).addRoutes(to: admin)
    AdminWordsController(words: library.words, pages: pages).addRoutes(to: admin, router: router)
    ReviewController(editorial: library.editorial, pages: pages).addRoutes(to: admin, router: router)
    ReportController(editorial: library.editorial, reading: library.reading, pages: pages).addRoutes(to: admin, router: router)
    CommentController(comments: library.comments, reading: library.reading, pages: pages).addRoutes(to: admin, router: router)
    CopyrightController(editorial: library.editorial, pages: pages).addRoutes(to: admin, router: router)
    SharingController(
        editorial: library.editorial, contributions: library.contributions, accounts: library.accounts, reading: library.reading, pages: pages
    ).addRoutes(to: router)
    AdminDocumentController(editorial: library.editorial, pages: pages).addRoutes(to: admin)
    SecurityLogController(operations: library.operations, pages: pages).addRoutes(admin: admin, router: router)
    AssetController().addRoutes(to: router)
    ReadingStyleController().addRoutes(to: router)
    OPDSController(reading: library.reading, search: library.search).addRoutes(to: router)
    SyndicationController(reading: library.reading, syndication: library.syndication, sitemapLimit: configuration.sitemapLimit).addRoutes(to: router)
    // Last, so that it knows every route; it acts only where none matched (the router's 404), inside the error pages.
    router.middlewares.add(MethodNotAllowedMiddleware(routes: router.routes))
    return router
}

/// The whole site: the router, with cached pages answered before it on each connection; the service
/// that writes view counts (flushed again on shutdown), the three that follow the change log (the
/// search index, the stamp of the page cache, the layout of the documents), and the metrics port when
/// one is configured.
public func buildApplication(library: Library, configuration: WebConfiguration, logger: Logger) throws -> some ApplicationProtocol {
    let cache = PageCache(byteLimit: configuration.pageCacheBytes)
    let metrics = SiteMetrics()
    let serverName = "Guanshan"
    let cached = CachedPages(cache: cache, reading: library.reading, version: library.version, serverName: serverName, metrics: metrics)
    var services: [any Service] = [
        RepeatingService.pendingWrites(operations: library.operations, interval: configuration.viewFlushInterval, logger: logger),
        RepeatingService.searchFollow(keeper: library.search, logger: logger),
        RepeatingService.siteFollow(version: library.version, logger: logger),
        RepeatingService.layoutFollow(keeper: library.layout, logger: logger),
        RepeatingService.jobs(editorial: library.editorial, logger: logger),
    ]
    if let port = configuration.metricsPort {
        let endpoint = MetricsEndpoint(metrics: metrics, operations: library.operations, cache: cache)
        services.append(Application(
            router: endpoint.router(),
            configuration: ApplicationConfiguration(address: .hostname(configuration.metricsHost, port: port), serverName: serverName),
            logger: logger))
    }
    return Application(
        router: try buildRouter(library: library, configuration: configuration, cache: cache, metrics: metrics),
        server: .http1(configuration: .init(additionalChannelHandlers: [ClosingHandler(), CachedPageHandler(pages: cached)])),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: serverName),
        services: services,
        logger: logger)
}
