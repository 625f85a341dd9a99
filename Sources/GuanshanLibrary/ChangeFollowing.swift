/// The one way a write reaches what is derived from the library. The store logs every change pages show
/// in the transaction that makes it (`ChangeLog`); each node follows that log: its search index, the
/// stamp its cached pages are kept under, the layout of the documents. A write made by a service runs
/// through `commit`, which follows at once, so that the writer sees its change; the follow services
/// (`RepeatingService.follow`) bring in the writes of other nodes and processes within a second.
struct ChangeFollower: Sendable {
    let search: SearchService
    let version: SiteVersion

    /// Runs `write`, then follows the change log on this node. A failure to follow does not fail the
    /// write, which is saved: the follow service tries again each second and logs why it cannot.
    func commit<T>(_ write: () async throws -> T) async throws -> T {
        let result = try await write()
        try? await follow()
        return result
    }

    /// Brings the search index and the stamp of cached pages up to the change log. Laying documents out
    /// again is longer work, followed by `LayoutKeeper` apart.
    func follow() async throws {
        try await search.catchUp()
        try await version.refresh()
    }
}
