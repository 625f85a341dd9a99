import Foundation
internal import GuanshanModel
import Synchronization

/// How the pages of every published document fall into sitemaps: for each part, the newest change
/// among its documents and where its first document page is. Made in one pass over the documents'
/// page counts and kept until the change log moves on, so that a crawler asking for every sitemap
/// costs one pass per change of the library rather than one per request.
struct SitemapPlan: Sendable {
    struct Key: Equatable, Sendable {
        var revision: Int64
        var limit: Int
        var reserved: Int
    }

    /// Where a part's document pages start: after the document `afterID`, skipping the first `skip`
    /// pages of the next one; `count` pages in all.
    struct Start: Sendable {
        var afterID: Int64
        var skip: Int
        var count: Int
    }

    var parts: [SitemapPart]
    /// Indexed by part number - 1; nil for a part that holds reserved URLs only.
    var starts: [Start?]

    static func make(store: any DocumentStore, limit: Int, reserved: Int, batch: Int) async throws -> SitemapPlan {
        var newest: [Int: Date] = [:]
        var starts: [Int: Start] = [:]
        var ordinal = reserved
        var afterID: Int64 = 0
        while true {
            let counts = try await store.publishedPageCounts(afterID: afterID, limit: batch)
            guard let last = counts.last else { break }
            for count in counts where count.pages > 0 {
                let end = ordinal + count.pages
                for part in (ordinal / limit)...((end - 1) / limit) {
                    newest[part] = max(newest[part] ?? count.updated, count.updated)
                    let first = max(part * limit, ordinal)
                    if starts[part] == nil {
                        starts[part] = Start(afterID: afterID, skip: first - ordinal, count: 0)
                    }
                    starts[part]?.count += min(end, (part + 1) * limit) - first
                }
                ordinal = end
                afterID = count.id
            }
            afterID = last.id
        }
        let partCount = max(1, (ordinal + limit - 1) / limit)
        return SitemapPlan(
            parts: (0..<partCount).map { SitemapPart(number: $0 + 1, lastModified: newest[$0]) },
            starts: (0..<partCount).map { starts[$0] })
    }
}

/// The last sitemap plan made, with what it was made for.
final class SitemapPlans: Sendable {
    private let last = Mutex<(key: SitemapPlan.Key, plan: SitemapPlan)?>(nil)

    func plan(for key: SitemapPlan.Key, make: () async throws -> SitemapPlan) async throws -> SitemapPlan {
        if let kept = last.withLock({ $0 }), kept.key == key { return kept.plan }
        let plan = try await make()
        last.withLock { $0 = (key, plan) }
        return plan
    }
}
