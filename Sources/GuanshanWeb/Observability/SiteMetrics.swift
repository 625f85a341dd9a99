import CoreMetrics
import GuanshanLibrary
import GuanshanModel
import HTTPTypes
import Prometheus
import Synchronization

/// What `/metrics` reports, in Prometheus's text format (docs/deploy.md lists every metric). Requests
/// are counted as they end; the state of the library (index lag, the layout job, the store, the page
/// cache, the process) is read when the metrics are asked for.
///
/// The metrics are made through swift-metrics with this registry's factory rather than the process-wide
/// one, so that every site in a process (the tests run many) reports its own.
public final class SiteMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    /// Pages the cache answered on the connection, by method (GET, HEAD) and status (200, 304).
    private let cachedAnswers: [String: CoreMetrics.Counter]
    private let slowRequests: CoreMetrics.Counter
    private let inFlight: CoreMetrics.Meter
    private let searchDuration: CoreMetrics.Timer
    /// The last value of each total read from elsewhere (the store's counts, CPU time): its counter
    /// goes up by the difference.
    private let totalsSeen = Mutex<[String: Double]>([:])

    static let durationBuckets: [Duration] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].map(Duration.milliseconds)

    public init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.durationBuckets
        self.factory = factory
        var cached: [String: CoreMetrics.Counter] = [:]
        for method in ["GET", "HEAD"] {
            for status in ["200", "304"] {
                cached[method + status] = CoreMetrics.Counter(
                    label: Name.requests, dimensions: [("route", Self.cachedRoute), ("method", method), ("status", status)], factory: factory)
            }
        }
        cachedAnswers = cached
        slowRequests = CoreMetrics.Counter(label: Name.slowRequests, factory: factory)
        inFlight = CoreMetrics.Meter(label: Name.inFlight, factory: factory)
        searchDuration = CoreMetrics.Timer(label: Name.searchDuration, factory: factory)
    }

    enum Name {
        static let requests = "guanshan_http_requests_total"
        static let requestDuration = "guanshan_http_request_duration_seconds"
        static let inFlight = "guanshan_http_requests_in_flight"
        static let slowRequests = "guanshan_http_slow_requests_total"
        static let searchDuration = "guanshan_search_duration_seconds"
    }

    /// The route label of pages answered from the cache on the connection, before the router.
    static let cachedRoute = "(page cache)"

    /// A page answered from the cache on the connection: counted without a registry lookup, as the hot
    /// path wants.
    func countCachedAnswer(_ method: HTTPRequest.Method, _ status: HTTPResponse.Status) {
        cachedAnswers[(method == .head ? "HEAD" : "GET") + (status == .notModified ? "304" : "200")]?.increment()
    }

    func requestStarted() { inFlight.increment() }

    /// A request the router answered, by its route's pattern (`/d/{id}`), never its path: the labels stay few.
    func requestEnded(route: String, method: HTTPRequest.Method, status: HTTPResponse.Status, duration: Duration, slow: Bool) {
        inFlight.decrement()
        let dimensions = [("route", route), ("method", method.rawValue), ("status", String(status.code))]
        CoreMetrics.Counter(label: Name.requests, dimensions: dimensions, factory: factory).increment()
        CoreMetrics.Timer(label: Name.requestDuration, dimensions: [("route", route)], factory: factory).recordNanoseconds(duration.nanoseconds)
        if slow { slowRequests.increment() }
    }

    func searched(in duration: Duration) {
        searchDuration.recordNanoseconds(duration.nanoseconds)
    }

    /// Every metric, in Prometheus's text format, after reading the state of the library (`operations`) and `cache`.
    func exposition(operations: OperationsService, cache: PageCache) async -> String {
        gauge("guanshan_page_cache_pages", Double(cache.pageCount))
        gauge("guanshan_page_cache_bytes", Double(cache.bytes))
        let store = operations.storeLoad
        let kind = [("store", store.kind)]
        gauge("guanshan_store_requests_in_flight", Double(store.inFlight), kind)
        gauge("guanshan_store_connections_max", Double(store.connectionLimit), kind)
        total("guanshan_store_requests_total", Double(store.requests), kind)
        total("guanshan_store_unavailable_total", Double(store.unavailable), kind)
        // What cannot be read now is unknown (NaN), not reported as it was at the last scrape.
        let work = try? await operations.workUnderWay()
        gauge("guanshan_library_readable", work == nil ? 0 : 1)
        gauge("guanshan_search_index_documents_behind", work.map { Double($0.searchBehind) } ?? .nan)
        gauge("guanshan_layout_job_running", work.map { $0.layout == nil ? 0 : 1 } ?? .nan)
        gauge("guanshan_layout_job_documents_done", work.map { Double($0.layout?.done ?? 0) } ?? .nan)
        gauge("guanshan_layout_job_failing", work.map { $0.layout?.failure == nil ? 0 : 1 } ?? .nan)
        for state in [JobState.queued, .running, .failed] {
            gauge("guanshan_import_jobs", work.map { Double($0.imports.count { $0.state == state }) } ?? .nan, [("state", state.rawValue)])
        }
        let process = ProcessFigures.read()
        for (name, value) in process.gauges { gauge(name, value) }
        for (name, value) in process.totals { total(name, value) }
        return registry.emitToString()
    }

    private func gauge(_ name: String, _ value: Double, _ dimensions: [(String, String)] = []) {
        CoreMetrics.Gauge(label: name, dimensions: dimensions, factory: factory).record(value)
    }

    private func total(_ name: String, _ value: Double, _ dimensions: [(String, String)] = []) {
        let key = name + dimensions.map { "|\($0.0)=\($0.1)" }.joined()
        let increase = totalsSeen.withLock { seen in
            defer { seen[key] = max(value, seen[key] ?? 0) }
            return value - (seen[key] ?? 0)
        }
        // Made even when nothing happened, so that a total of 0 is reported rather than missing.
        let counter = CoreMetrics.FloatingPointCounter(label: name, dimensions: dimensions, factory: factory)
        if increase > 0 { counter.increment(by: increase) }
    }
}

extension Duration {
    /// Whole nanoseconds, saturating (the durations measured here are far below the limit).
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return seconds < 0 ? .min : .max }
        let (sum, overflowed) = product.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflowed ? .max : sum
    }
}
