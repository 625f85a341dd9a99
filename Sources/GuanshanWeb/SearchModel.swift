import Foundation
import GuanshanLibrary

/// The search page: the form, then a count and one page of results, or a hint.
struct SearchModel {
    struct Fragment { var text: String; var isMatch: Bool }
    struct Result {
        var href: String
        var title: [Fragment]
        var snippet: [Fragment]
        var cutBefore: Bool
        var cutAfter: Bool
        var category: DocumentListItem.CategoryLink?
        var date: String
        var dateISO: String
        var pageText: String?
        var thumbnail: String?
    }
    struct CategoryOption { var slug: String; var name: String; var selected: Bool }

    var layout: LayoutModel
    var query: String
    var categoryOptions: [CategoryOption]
    var message: String?
    var countText: String?
    var results: [Result]
    var tips: String?
    var pager: PagerModel?

    var hasCategories: Bool
    var hasResults: Bool
    /// The form takes the focus only on an empty search page: on a results page it would scroll and, on a phone,
    /// open the keyboard over the results.
    var autofocus: Bool

    init(_ page: SearchResultsPage, pageNumber: Int, context: PageContext) {
        let strings = context.strings
        query = page.query
        let blank = page.query.allSatisfy(\.isWhitespace)
        let title = blank ? strings.search : strings.searchTitle(page.query)
        layout = LayoutModel(context: context, title: title, query: page.query)
        categoryOptions = context.categories.map {
            CategoryOption(slug: $0.slug, name: $0.name, selected: $0.id == page.category?.id)
        }
        results = page.items.map { Self.result($0, context: context) }
        if page.isBlocked {
            message = strings.admin.words.queryBlocked
        } else if !page.hasWords {
            message = strings.searchEmptyHint
            tips = strings.searchTips
        } else if page.total == 0 {
            message = strings.searchNoResults(page.query)
            tips = strings.searchTips
        } else {
            countText = strings.searchCount(page.total)
        }
        let pageCount = page.pageCount
        let query = page.query
        let slug = page.category?.slug
        // The controller sends a page past the last one to the last; a page number beyond the pages has no pager.
        pager = pageNumber > pageCount ? nil : PagerModel(current: pageNumber, count: pageCount, strings: strings) {
            SitePath.search(query, category: slug, page: $0).path
        }
        layout.languageSwitch = SitePath.search(query, category: slug, page: pageNumber).path + "&lang=\(strings.switchLanguageCode)"
        hasCategories = !categoryOptions.isEmpty
        hasResults = !results.isEmpty
        autofocus = blank
    }

    /// A page for a query too long to run.
    init(tooLong query: String, context: PageContext) {
        self.query = String(query.prefix(2_000))
        layout = LayoutModel(context: context, title: context.strings.search, query: self.query)
        categoryOptions = context.categories.map { CategoryOption(slug: $0.slug, name: $0.name, selected: false) }
        message = context.strings.searchTooLong
        layout.languageSwitch = SitePath.search(self.query).path + "&lang=\(context.strings.switchLanguageCode)"
        results = []
        tips = context.strings.searchTips
        hasCategories = !categoryOptions.isEmpty
        hasResults = false
        autofocus = false
    }

    private static func result(_ item: SearchResultItem, context: PageContext) -> Result {
        let summary = item.document
        return Result(
            href: SitePath.block(summary.id, page: item.page, block: item.block, noting: context.visitor != nil).path,
            title: item.title.fragments.map(Self.fragment), snippet: item.snippet.fragments.map(Self.fragment),
            cutBefore: item.snippet.cutBefore, cutAfter: item.snippet.cutAfter,
            category: summary.category.map { .init(name: $0.name, href: SitePath.category(slug: $0.slug).path) },
            date: context.date(summary.published),
            dateISO: FeedClock(timeZone: context.settings.timeZone).rfc3339(summary.published),
            pageText: item.page > 1 ? context.strings.matchOnPage(item.page) : nil,
            thumbnail: PreviewModel.thumbnail(summary, settings: context.settings))
    }

    private static func fragment(_ fragment: MarkedText.Fragment) -> Fragment {
        Fragment(text: fragment.text, isMatch: fragment.isMatch)
    }
}
