import Foundation
import GuanshanLibrary
import GuanshanRequestParsing

/// The filters and order of `/search` and `/api/v1/search` (`c`, `tag`, `time`, `from`, `to`, `pages`,
/// `sort`), parsed and range-checked once, and written back into every link the page makes.
struct SearchFilters: Hashable {
    /// A time back from now: `time=week` and so on. Days given (`from`, `to`) take its place.
    enum Period: String, CaseIterable {
        case week, month, year
    }

    var category: String?
    var tag: String?
    var period: Period?
    var from: Day?
    var to: Day?
    var pages: PageSpan?
    var sort: SearchSort = .relevance

    init() {}

    init(_ parameters: Parameters) throws {
        category = try parameters.query("c", as: Name.self, allowed: "a category slug")?.value
        tag = try parameters.query("tag", as: Name.self, allowed: "a tag")?.value
        let period = try parameters.option("time", as: Period.self)
        from = try parameters.query("from", as: Day.self, allowed: "a day written 2026-12-06")
        to = try parameters.query("to", as: Day.self, allowed: "a day written 2026-12-06")
        if let from, let to, from.canonical > to.canonical {
            throw ParameterError.invalid(name: "to", allowed: "a day written 2026-12-06, not before from")
        }
        self.period = from == nil && to == nil ? period : nil
        pages = try parameters.query("pages", as: PageSpan.self, allowed: "a page count or range: 1, 2-5, 21-")
        sort = try parameters.option("sort", as: SearchSort.self) ?? .relevance
    }

    /// Whether a filter narrows the search; the order is not a filter.
    var isFiltered: Bool { category != nil || tag != nil || period != nil || from != nil || to != nil || pages != nil }

    /// The query items, in the order links write them.
    var items: [(String, String)] {
        var items: [(String, String)] = []
        if let category { items.append(("c", category)) }
        if let tag { items.append(("tag", tag)) }
        if let period { items.append(("time", period.rawValue)) }
        if let from { items.append(("from", from.canonical)) }
        if let to { items.append(("to", to.canonical)) }
        if let pages { items.append(("pages", pages.canonical)) }
        if sort != .relevance { items.append(("sort", sort.rawValue)) }
        return items
    }

    /// The library's request for `text` under these filters, days taken in `timeZone`.
    func request(_ text: String, timeZone: TimeZone, now: Date = Date(), offset: Int, limit: Int) -> SearchRequest {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let since: Date? = switch period {
        case .week: calendar.date(byAdding: .day, value: -7, to: now)
        case .month: calendar.date(byAdding: .month, value: -1, to: now)
        case .year: calendar.date(byAdding: .year, value: -1, to: now)
        case nil: from?.start(in: timeZone)
        }
        return SearchRequest(
            text, categorySlug: category, tag: tag, publishedFrom: since, publishedBefore: to?.start(in: timeZone, plusDays: 1),
            minimumPages: pages?.lower, maximumPages: pages?.upper, sort: sort, offset: offset, limit: limit)
    }
}
