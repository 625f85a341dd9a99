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
    struct Link { var text: String; var href: String; var current: Bool }
    struct Chip { var text: String; var label: String; var href: String }

    var layout: LayoutModel
    var query: String
    var categoryOptions: [CategoryOption]
    var form: SearchFormModel
    var message: String?
    var countText: String?
    var results: [Result]
    var tips: String?
    var pager: PagerModel?
    /// "Did you mean": the text before the link, the link, and how many it finds.
    var didYouMean: String
    var suggestion: Link
    var suggestionCount: String
    var hasSuggestion: Bool
    /// The filters in force, each a link that drops it.
    var chips: [Chip]
    var clearFilters: Link
    var hasChips: Bool
    /// Nothing found under filters: a link to the same query without them.
    var dropFilters: Link
    var offersDropFilters: Bool
    var sortLabel: String
    var sortLinks: [Link]
    var showsSort: Bool

    var hasCategories: Bool
    var hasResults: Bool
    /// The form takes the focus only on an empty search page: on a results page it would scroll and, on a phone,
    /// open the keyboard over the results.
    var autofocus: Bool

    init(_ page: SearchResultsPage, filters: SearchFilters, pageNumber: Int, context: PageContext) {
        let strings = context.strings
        let words = strings.searching
        query = page.query
        let blank = page.query.allSatisfy(\.isWhitespace)
        let title = blank ? strings.search : strings.searchTitle(page.query)
        layout = LayoutModel(context: context, title: title, query: page.query)
        categoryOptions = context.categories.map {
            CategoryOption(slug: $0.slug, name: $0.name, selected: $0.id == page.category?.id)
        }
        form = SearchFormModel(filters, strings: words)
        results = page.items.map { Self.result($0, context: context) }
        if page.isBlocked {
            message = strings.admin.words.queryBlocked
        } else if !page.hasWords {
            message = strings.searchEmptyHint
            tips = strings.searchTips
        } else if page.unknownCategory {
            message = words.unknownCategory(filters.category ?? "")
        } else if page.unknownTag {
            message = words.unknownTag(filters.tag ?? "")
        } else if page.total == 0 {
            message = filters.isFiltered ? words.filteredEmpty : strings.searchNoResults(page.query)
            tips = strings.searchTips
        } else {
            countText = strings.searchCount(page.total)
        }
        let query = page.query
        didYouMean = words.didYouMean
        suggestion = Link(text: page.suggestion ?? "", href: SitePath.search(page.suggestion ?? "", filters).path, current: false)
        suggestionCount = words.suggestionCount(page.suggestionTotal)
        hasSuggestion = page.suggestion != nil
        chips = Self.chips(filters, category: page.category?.name, strings: words).map { label, without in
            Chip(text: label, label: words.remove(label), href: SitePath.search(query, without).path)
        }
        var unfiltered = SearchFilters()
        unfiltered.sort = filters.sort
        clearFilters = Link(text: words.clear, href: SitePath.search(query, unfiltered).path, current: false)
        hasChips = !chips.isEmpty
        dropFilters = Link(text: words.searchEverything, href: clearFilters.href, current: false)
        offersDropFilters = filters.isFiltered && page.total == 0 && page.hasWords && !page.isBlocked
        sortLabel = words.sort
        sortLinks = SearchSort.allCases.map { sort in
            var sorted = filters
            sorted.sort = sort
            return Link(text: words.sorts[sort.rawValue] ?? sort.rawValue, href: SitePath.search(query, sorted).path, current: sort == filters.sort)
        }
        showsSort = page.total > 0
        let pageCount = page.pageCount
        // The controller sends a page past the last one to the last; a page number beyond the pages has no pager.
        pager = pageNumber > pageCount ? nil : PagerModel(current: pageNumber, count: pageCount, strings: strings) {
            SitePath.search(query, filters, page: $0).path
        }
        layout.languageSwitch = SitePath.search(query, filters, page: pageNumber).path + "&lang=\(strings.switchLanguageCode)"
        hasCategories = !categoryOptions.isEmpty
        hasResults = !results.isEmpty
        autofocus = blank
    }

    /// A page for a query too long to run.
    init(tooLong query: String, context: PageContext) {
        self.init(
            SearchResultsPage(notRun: SearchRequest(String(query.prefix(2_000)))),
            filters: SearchFilters(), pageNumber: 1, context: context)
        message = context.strings.searchTooLong
        autofocus = false
    }

    /// Each filter in force: its label, and the filters without it.
    private static func chips(_ filters: SearchFilters, category: String?, strings: SearchStrings) -> [(String, SearchFilters)] {
        var chips: [(String, SearchFilters)] = []
        var without = filters
        if let slug = filters.category {
            without.category = nil
            chips.append(("\(strings.category)：\(category ?? slug)", without))
        }
        without = filters
        if let tag = filters.tag {
            without.tag = nil
            chips.append(("\(strings.tag)：\(tag)", without))
        }
        without = filters
        if let period = filters.period {
            without.period = nil
            chips.append(("\(strings.time)：\(strings.periods[period.rawValue] ?? period.rawValue)", without))
        }
        without = filters
        if filters.from != nil || filters.to != nil {
            (without.from, without.to) = (nil, nil)
            chips.append(("\(strings.time)：\(strings.days(filters.from?.canonical, filters.to?.canonical))", without))
        }
        without = filters
        if let pages = filters.pages {
            without.pages = nil
            chips.append(("\(strings.length)：\(strings.pageSpan(pages))", without))
        }
        return chips
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
