import Foundation
import ArgumentParser
import GuanshanLibrary
import GuanshanWeb
import Hummingbird
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the site. The first start creates the data folder and fills an empty library with demo documents.")

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(name: .customLong("trusted-proxy"), help: "The address of a reverse proxy whose X-Forwarded-For is believed (repeatable).")
    var trustedProxies: [String] = []

    @Option(name: .customLong("page-cache-mb"), help: "Megabytes of rendered pages kept in memory for visitors who are not signed in (0: none).")
    var pageCacheMegabytes = WebConfiguration.defaultPageCacheBytes >> 20

    @Option(name: .customLong("preview-cache-mb"), help: "Megabytes of page previews (images of originals' pages) kept on disk in the data folder's previews/.")
    var previewCacheMegabytes = Library.defaultPreviewCacheBytes >> 20

    @Option(name: .customLong("metrics-port"), help: "Serve /metrics (Prometheus) on this port of --metrics-host, without a token.")
    var metricsPort: Int?

    @Option(name: .customLong("metrics-host"), help: "The address the metrics port listens on.")
    var metricsHost = "127.0.0.1"

    @Option(name: .customLong("slow-request-ms"), help: "Log requests that take longer than this many milliseconds (0: none).")
    var slowRequestMilliseconds = Int(WebConfiguration.defaultSlowRequestThreshold.components.seconds * 1000)

    func validate() throws {
        if pageCacheMegabytes < 0 || pageCacheMegabytes > 1 << 20 { throw ValidationError("--page-cache-mb takes 0 to 1048576.") }
        if previewCacheMegabytes < 1 || previewCacheMegabytes > 1 << 24 { throw ValidationError("--preview-cache-mb takes 1 to 16777216.") }
        if let metricsPort, !(1...65535).contains(metricsPort) { throw ValidationError("--metrics-port takes 1 to 65535.") }
        if metricsPort == port { throw ValidationError("--metrics-port must differ from --port.") }
        if slowRequestMilliseconds < 0 || slowRequestMilliseconds > 3_600_000 { throw ValidationError("--slow-request-ms takes 0 to 3600000.") }
    }

    func run() async throws {
        let messages = CLIMessages.current
        let environment = ProcessInfo.processInfo.environment
        switch environment["LOG_FORMAT"]?.lowercased() ?? "" {
        case "", "text": break
        case "json": LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        case let other:
            printError(messages.badLogFormat(other))
            throw ExitCode.failure
        }
        var logger = Logger(label: "guanshan")
        let wanted = environment["LOG_LEVEL"] ?? ""
        guard let level = Self.logLevel(wanted) else {
            printError(messages.badLogLevel(wanted))
            throw ExitCode.failure
        }
        logger.logLevel = level
        let metricsToken = environment["GUANSHAN_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let metricsToken, metricsToken.count < WebConfiguration.shortestMetricsToken {
            printError(messages.shortMetricsToken(WebConfiguration.shortestMetricsToken))
            throw ExitCode.failure
        }
        let library = try await dataOptions.openLibrary(previewCacheBytes: previewCacheMegabytes << 20)
        let seeded = try await library.editorial.seedDemoDocumentsIfEmpty()
        if seeded > 0 {
            say(messages.seeded(seeded, dataOptions.libraryPlace))
        }
        if let problem = library.search.loadProblem {
            say(messages.indexUnreadable(problem))
        }
        let clock = ContinuousClock()
        let started = clock.now
        let indexed = try await library.search.catchUp()
        if indexed > 0 {
            say(messages.indexCaughtUp(indexed, started.duration(to: clock.now)))
        }
        let configuration = WebConfiguration(
            host: host, port: port, trustedProxies: Set(trustedProxies), pageCacheBytes: pageCacheMegabytes << 20,
            metricsToken: metricsToken, metricsPort: metricsPort, metricsHost: metricsHost,
            slowRequestThreshold: slowRequestMilliseconds == 0 ? nil : .milliseconds(slowRequestMilliseconds))
        let app = try buildApplication(library: library, configuration: configuration, logger: logger)
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        let address = try await library.settings().publicURL?.absoluteString ?? "http://\(shownHost):\(port)/"
        say(messages.serving(address))
        if let secret = try await library.accounts.prepareSetup() {
            say(messages.setupLink(address.hasSuffix("/") ? "\(address)setup/\(secret)" : "\(address)/setup/\(secret)"))
        }
        try await app.runService()
    }
}

extension Serve {
    /// The log level `LOG_LEVEL` names (trace, debug, info, notice, warning, error or critical, in any case);
    /// info when it is unset or empty, nil when it names no level.
    static func logLevel(_ name: String) -> Logger.Level? {
        let name = name.trimmingCharacters(in: .whitespaces).lowercased()
        return name.isEmpty ? .info : Logger.Level(rawValue: name)
    }
}

/// Writes a line straight to standard output: a log file or the journal gets it at once, not when
/// the server stops and the print buffer is flushed.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
