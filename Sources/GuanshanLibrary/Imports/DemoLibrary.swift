import Foundation
internal import GuanshanFormats
internal import GuanshanStore
internal import GuanshanModel

extension EditorialService {
    /// Fills a new, empty library with the built-in demo documents, once: a library that has any document,
    /// or whose demo documents were deleted, is left alone. Returns how many documents were added.
    @discardableResult
    public func seedDemoDocumentsIfEmpty(now: Date = Date()) async throws -> Int {
        let stored = try await store.settings()
        guard stored[Self.seededKey] == nil, try await store.documentCount() == 0 else { return 0 }
        let documents = try DemoDocuments.all.enumerated().map { index, demo in
            var parsed = try MarkdownFormat.parse(demo.markdown, fileName: demo.title)
            parsed.title = demo.title
            parsed.tags = demo.tags
            parsed.category = demo.categoryName
            // The guide comes first in the file and should be the newest, so it heads the home page.
            parsed.created = now.addingTimeInterval(-3600 * Double(index))
            return parsed
        }
        // Made first, so that the import files the documents under these slugs, not ones made from the names.
        // The import below follows the change log once, for these and the documents alike.
        var made: Set<String> = []
        for demo in DemoDocuments.all where made.insert(demo.categoryName).inserted {
            _ = try? await store.createCategory(CategoryName(name: demo.categoryName, slug: demo.categorySlug))
        }
        let report = try await runImport(ImportOptions(author: Self.demoSharer), events: { _ in }) { run in
            for document in documents {
                await run.add(document, from: ImportSource(path: "demo/\(document.title)"))
            }
        }
        // A document that could not be saved (a full disk) fails the start, which says why.
        if let failure = report.failed.first { throw failure.problem }
        // The promo widget shows what it is for, unless the admin set one before the first start.
        var settingsToSet = [Self.seededKey: "true"]
        let promoKeys = [SiteSettings.Key.promoCaption, .promoImage, .promoTarget].map(\.rawValue)
        if promoKeys.allSatisfy({ (stored[$0] ?? "").isEmpty }) {
            settingsToSet[SiteSettings.Key.promoCaption.rawValue] = Self.demoPromoCaption
            settingsToSet[SiteSettings.Key.promoTarget.rawValue] = Self.demoPromoTarget
        }
        try await changes.commit { try await store.setSettings(settingsToSet) }
        return report.imported.count
    }

    static let demoSharer = "观山文库"
    static let demoPromoCaption = "微信扫码领取福利"
    /// What the demo promo code holds: a text that says where to put the site's own.
    public static let demoPromoTarget = "观山文库演示推广码，请在后台“设置 › 推广组件”里更换"
    private static let seededKey = ChangeLog.stateKeyPrefix + "demo_seeded"
}
