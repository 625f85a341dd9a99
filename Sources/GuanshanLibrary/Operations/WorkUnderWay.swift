internal import GuanshanModel

/// Work the library has left to do after writes, as this node sees it: what `guanshan jobs` and the
/// admin show.
public struct WorkUnderWay: Sendable, Equatable {
    /// Documents being laid out again under new settings; nil when every one is laid out with them.
    public var layout: LayoutKeeper.Progress?
    /// Documents changed in the library that this node's search index has not taken in yet.
    public var searchBehind: Int
    /// Imports from the admin that are queued, under way or failed (the newest 50).
    public var imports: [ImportJob]

    public var isEmpty: Bool { layout == nil && searchBehind == 0 && imports.isEmpty }
}

extension OperationsService {
    /// How many imports that are not done `workUnderWay` lists.
    static let recentImports = 50

    public func workUnderWay() async throws -> WorkUnderWay {
        WorkUnderWay(
            layout: try await layout.progress(), searchBehind: try await changes.search.documentsBehind(),
            imports: try await editorial.importJobs(limit: Self.recentImports, unfinishedOnly: true))
    }

    /// Does the work under way here and now, as a running server's follow services would: for a library
    /// whose server is stopped, or to wait for it. Returns the documents laid out and indexed, and the
    /// imports ended.
    public func finishWork() async throws -> (laidOut: Int, indexed: Int, imports: Int) {
        let imports = try await editorial.runJobs()
        let laidOut = try await layout.follow()
        let indexed = try await changes.search.catchUp()
        try await changes.search.save()
        return (laidOut, indexed, imports)
    }
}
