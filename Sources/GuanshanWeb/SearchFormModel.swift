import GuanshanRequestParsing

/// The filter fields of the search form, filled with the filters in force.
struct SearchFormModel {
    struct Option { var value: String; var name: String; var selected: Bool }

    /// The filters are shown open when one is in force.
    var open: Bool
    var tag: String
    var timeOptions: [Option]
    var from: String
    var to: String
    var pageOptions: [Option]
    /// The order in force, kept by a hidden field when the form is sent again.
    var sort: String
    var keepsSort: Bool

    init(_ filters: SearchFilters, strings: SearchStrings) {
        open = filters.isFiltered
        tag = filters.tag ?? ""
        timeOptions = [Option(value: "", name: strings.anyTime, selected: filters.period == nil)]
            + SearchFilters.Period.allCases.map {
                Option(value: $0.rawValue, name: strings.periods[$0.rawValue] ?? $0.rawValue, selected: $0 == filters.period)
            }
        from = filters.from?.canonical ?? ""
        to = filters.to?.canonical ?? ""
        var spans = SearchStrings.offeredSpans
        if let pages = filters.pages, !spans.contains(pages) { spans.append(pages) }
        pageOptions = [Option(value: "", name: strings.anyLength, selected: filters.pages == nil)]
            + spans.map { Option(value: $0.canonical, name: strings.pageSpan($0), selected: $0 == filters.pages) }
        sort = filters.sort.rawValue
        keepsSort = filters.sort != .relevance
    }
}
