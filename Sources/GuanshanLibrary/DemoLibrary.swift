import Foundation
import GuanshanFormats
import GuanshanStore

extension Library {
    /// Fills a new, empty library with the built-in demo documents, once: a library that has any document,
    /// or whose demo documents were deleted, is left alone. Returns how many documents were added.
    @discardableResult
    public func seedDemoDocumentsIfEmpty(now: Date = Date()) async throws -> Int {
        let stored = try await store.settings()
        guard stored[Self.seededKey] == nil, try await store.documentCount() == 0 else { return 0 }
        let settings = SiteSettings(stored: stored)
        let documents = try DemoDocuments.all.enumerated().map { index, demo in
            var parsed = try MarkdownFormat.parse(demo.markdown, fileName: demo.title)
            parsed.title = demo.title
            parsed.tags = demo.tags
            // The guide comes first in the file and should be the newest, so it heads the home page.
            parsed.created = now.addingTimeInterval(-3600 * Double(index))
            var document = DocumentPreparation(pageBudget: settings.pageBudget, sharer: Self.demoSharer)
                .prepare(parsed, now: now)
            document.category = CategoryName(name: demo.categoryName, slug: demo.categorySlug)
            return document
        }
        let outcomes = try await store.saveNewDocuments(documents)
        // The promo widget shows what it is for, unless the admin set one before the first start.
        var settingsToSet = [Self.seededKey: "true"]
        let promoKeys = [SiteSettings.Key.promoCaption, .promoImage, .promoTarget].map(\.rawValue)
        if promoKeys.allSatisfy({ (stored[$0] ?? "").isEmpty }) {
            settingsToSet[SiteSettings.Key.promoCaption.rawValue] = Self.demoPromoCaption
            settingsToSet[SiteSettings.Key.promoTarget.rawValue] = Self.demoPromoTarget
        }
        try await store.setSettings(settingsToSet)
        return outcomes.filter { if case .inserted = $0 { true } else { false } }.count
    }

    static let demoSharer = "观山文库"
    static let demoPromoCaption = "微信扫码领取福利"
    /// What the demo promo code holds: a text that says where to put the site's own.
    static let demoPromoTarget = "观山文库演示推广码，请在后台“设置 › 推广组件”里更换"
    private static let seededKey = "library.demo-seeded"
}
