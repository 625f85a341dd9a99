/// Work the library has left to do after writes, as this node sees it: what `guanshan jobs` and the
/// admin show.
public struct WorkUnderWay: Sendable, Equatable {
    /// Documents being laid out again under new settings; nil when every one is laid out with them.
    public var layout: LayoutKeeper.Progress?
    /// Documents changed in the library that this node's search index has not taken in yet.
    public var searchBehind: Int

    public var isEmpty: Bool { layout == nil && searchBehind == 0 }
}

extension Library {
    public func workUnderWay() async throws -> WorkUnderWay {
        WorkUnderWay(layout: try await layout.progress(), searchBehind: try await search.documentsBehind())
    }

    /// Does the work under way here and now, as a running server's follow services would: for a library
    /// whose server is stopped, or to wait for it. Returns the documents laid out and indexed.
    public func finishWork() async throws -> (laidOut: Int, indexed: Int) {
        let laidOut = try await layout.follow()
        let indexed = try await search.catchUp()
        try await search.save()
        return (laidOut, indexed)
    }
}
