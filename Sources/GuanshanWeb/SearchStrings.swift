import GuanshanLibrary
import GuanshanRequestParsing

/// The words of the search page's filters, order and suggestion.
struct SearchStrings: Sendable {
    var filters: String
    var category: String
    var tag: String
    var tagPlaceholder: String
    var time: String
    var anyTime: String
    var periods: [String: String]
    var from: String
    var to: String
    var length: String
    var anyLength: String
    var sort: String
    var sorts: [String: String]
    var apply: String
    var clear: String
    var didYouMean: String
    var suggestionCount: @Sendable (Int) -> String
    var unknownCategory: @Sendable (String) -> String
    var unknownTag: @Sendable (String) -> String
    var filteredEmpty: String
    var searchEverything: String
    var remove: @Sendable (String) -> String
    /// A span of page counts: `1 页`, `2–5 页`, `21 页及以上`.
    var pageSpan: @Sendable (PageSpan) -> String
    /// A range of days, either end open.
    var days: @Sendable (String?, String?) -> String

    /// The spans the form offers.
    static let offeredSpans = [PageSpan(lower: 1, upper: 1), PageSpan(lower: 2, upper: 5), PageSpan(lower: 6, upper: 20), PageSpan(lower: 21, upper: nil)]

    static let chinese = SearchStrings(
        filters: "筛选与排序", category: "分类", tag: "标签", tagPlaceholder: "标签名", time: "发布时间", anyTime: "不限",
        periods: ["week": "一周内", "month": "一月内", "year": "一年内"], from: "起始日期", to: "截止日期",
        length: "篇幅", anyLength: "不限", sort: "排序",
        sorts: [SearchSort.relevance.rawValue: "相关度", SearchSort.newest.rawValue: "最新发布", SearchSort.views.rawValue: "最多阅读"],
        apply: "应用筛选", clear: "清除筛选", didYouMean: "您是不是要找：", suggestionCount: { "（\($0) 篇）" },
        unknownCategory: { "文库中没有“\($0)”这个分类，因此没有结果。" },
        unknownTag: { "文库中没有“\($0)”这个标签，因此没有结果。" },
        filteredEmpty: "在当前筛选条件下没有找到文档。", searchEverything: "去掉全部筛选，在所有文档中搜索",
        remove: { "去掉筛选：\($0)" },
        pageSpan: { span in
            switch span.upper {
            case span.lower: "\(span.lower) 页"
            case let upper?: "\(span.lower)–\(upper) 页"
            case nil: "\(span.lower) 页及以上"
            }
        },
        days: { from, to in
            switch (from, to) {
            case let (from?, to?): "\(from) 至 \(to)"
            case let (from?, nil): "\(from) 以后"
            case let (nil, to?): "\(to) 以前"
            case (nil, nil): ""
            }
        })

    static let english = SearchStrings(
        filters: "Filters and order", category: "Category", tag: "Tag", tagPlaceholder: "tag name", time: "Published", anyTime: "Any time",
        periods: ["week": "Past week", "month": "Past month", "year": "Past year"], from: "From", to: "To",
        length: "Length", anyLength: "Any length", sort: "Sort by",
        sorts: [SearchSort.relevance.rawValue: "Relevance", SearchSort.newest.rawValue: "Newest", SearchSort.views.rawValue: "Most read"],
        apply: "Apply", clear: "Clear filters", didYouMean: "Did you mean: ", suggestionCount: { $0 == 1 ? " (1 document)" : " (\($0) documents)" },
        unknownCategory: { "The library has no category “\($0)”, so nothing is found." },
        unknownTag: { "The library has no tag “\($0)”, so nothing is found." },
        filteredEmpty: "No document matches with these filters.", searchEverything: "Drop every filter and search all documents",
        remove: { "Remove filter: \($0)" },
        pageSpan: { span in
            switch span.upper {
            case span.lower: span.lower == 1 ? "1 page" : "\(span.lower) pages"
            case let upper?: "\(span.lower)–\(upper) pages"
            case nil: span.lower == 1 ? "1 page or more" : "\(span.lower) pages or more"
            }
        },
        days: { from, to in
            switch (from, to) {
            case let (from?, to?): "\(from) – \(to)"
            case let (from?, nil): "from \(from)"
            case let (nil, to?): "until \(to)"
            case (nil, nil): ""
            }
        })
}
