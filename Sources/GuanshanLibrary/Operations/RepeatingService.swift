import Logging
import ServiceLifecycle

/// Does some work every `interval` while the server runs, and a last piece of work on a graceful
/// shutdown; failures are logged and the next round tries again.
public struct RepeatingService: Service {
    let interval: Duration
    let logger: Logger
    let failure: String
    let work: @Sendable () async throws -> Void
    let last: @Sendable () async throws -> Void

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            await attempt(work)
        }
        // A new task: the store refuses work from a cancelled one, and this must still be written.
        await Task { await attempt(last) }.value
    }

    private func attempt(_ body: @Sendable () async throws -> Void) async {
        do {
            try await body()
        } catch {
            logger.error("\(failure)", metadata: ["error": "\(error)"])
        }
    }
}

extension RepeatingService {
    /// Writes batched view counts and reading marks every `interval`, and once more on shutdown; drops
    /// expired sessions and old imports (`OperationsService.pruneIfDue`).
    public static func pendingWrites(operations: OperationsService, interval: Duration = .seconds(5), logger: Logger) -> RepeatingService {
        RepeatingService(
            interval: interval, logger: logger, failure: "could not write view counts or reading marks",
            work: {
                try await operations.flushPendingWrites()
                try await operations.pruneIfDue()
            },
            last: { try await operations.flushPendingWrites() })
    }

    /// Keeps the index in step with writes made by other processes (an import from the command line,
    /// another node), and saves it on shutdown.
    public static func searchFollow(keeper: SearchService, interval: Duration = .seconds(1), logger: Logger) -> RepeatingService {
        RepeatingService(
            interval: interval, logger: logger, failure: "could not update the search index",
            work: {
                try await keeper.catchUp()
                try await keeper.saveIfDue()
            },
            last: { try await keeper.save() })
    }

    /// Lays documents out again while the page budget or reading speed of the settings is not applied
    /// to all of them (a run that another node or an earlier start left unfinished included).
    public static func layoutFollow(keeper: LayoutKeeper, interval: Duration = .seconds(1), logger: Logger) -> RepeatingService {
        RepeatingService(
            interval: interval, logger: logger, failure: "could not lay the documents out again",
            work: { try await keeper.follow() }, last: {})
    }

    /// Does the imports queued in the store (by this node or another, or left by a node that stopped).
    public static func jobs(editorial: EditorialService, interval: Duration = .seconds(1), logger: Logger) -> RepeatingService {
        RepeatingService(
            interval: interval, logger: logger, failure: "could not run the queued imports",
            work: { try await editorial.runJobs() }, last: {})
    }

    /// Reads the settings and the change log's revision every `interval`, so that pages follow the writes
    /// of other nodes and processes.
    public static func siteFollow(version: SiteVersion, interval: Duration = .seconds(1), logger: Logger) -> RepeatingService {
        RepeatingService(
            interval: interval, logger: logger, failure: "could not read the settings and the change log",
            work: { try await version.refresh() }, last: {})
    }
}
