import Foundation
import GuanshanLibrary
import GuanshanText
import GuanshanRequestParsing
import Hummingbird

/// `/search` for readers and `/api/v1/search` for programs.
struct SearchController {
    typealias Context = SiteRequestContext

    let search: SearchService
    let pages: PageRenderer
    let metrics: SiteMetrics

    func addRoutes(to router: Router<Context>) {
        router.get("/search", use: page)
        router.get("/api/v1/search", use: api)
    }

    @Sendable func page(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let query = parameters.text("q") ?? ""
        let filters = try SearchFilters(parameters)
        let pageNumber = min(try parameters.pageNumber(), SearchService.maximumSearchPage)
        let pageContext = try await pages.context(for: request, context)
        do {
            let results = try await search(filters.request(
                query, timeZone: context.settings.timeZone, offset: (pageNumber - 1) * SearchService.searchPageSize,
                limit: SearchService.searchPageSize))
            // Past the last page (an old link, a hand-made URL): the last page that has results.
            if results.items.isEmpty, results.total > 0, pageNumber > 1 {
                let last = results.pageCount
                if last < pageNumber {
                    return .redirect(to: SitePath.search(query, filters, page: last).path)
                }
            }
            return try pages.render("search", SearchModel(results, filters: filters, pageNumber: pageNumber, context: pageContext))
        } catch LibraryError.queryTooLong {
            return try pages.render("search", SearchModel(tooLong: query, context: pageContext), status: .badRequest)
        }
    }

    /// The library's search, timed for `/metrics`.
    private func search(_ request: SearchRequest) async throws -> SearchResultsPage {
        let started = ContinuousClock.now
        defer { metrics.searched(in: ContinuousClock.now - started) }
        return try await search.search(request)
    }

    struct APIResults: Encodable {
        struct Result: Encodable {
            var id: Int64
            var title: String
            var page: Int
            var url: String
            /// The snippet as HTML: text escaped, matched terms in `<mark>`.
            var snippet: String
            var score: Double
        }

        var total: Int
        var offset: Int
        var limit: Int
        /// True when the query holds a word of the site's block list: nothing was looked for.
        var blocked: Bool
        /// True when `c` names no category, or `tag` no tag, of the library: nothing was found.
        var unknownCategory: Bool
        var unknownTag: Bool
        /// When nothing is found: the query with one character changed that finds the most documents
        /// under the same filters.
        var suggestion: String?
        var results: [Result]
    }

    @Sendable func api(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let query = parameters.text("q") ?? ""
        let limit = try parameters.count("limit", default: SearchService.searchPageSize, in: 0...SearchService.maximumSearchLimit)
        let offset = try parameters.count("offset", default: 0, in: 0...SearchService.maximumSearchOffset)
        let filters = try SearchFilters(parameters)
        do {
            let page = try await search(filters.request(query, timeZone: context.settings.timeZone, offset: offset, limit: limit))
            return try APIResponse.json(APIResults(
                total: page.total, offset: offset, limit: limit, blocked: page.isBlocked, unknownCategory: page.unknownCategory, unknownTag: page.unknownTag,
                suggestion: page.suggestion, results: page.items.map { item in
                .init(
                    id: item.document.id, title: item.document.title, page: item.page,
                    url: SitePath.block(item.document.id, page: item.page, block: item.block).path,
                    snippet: Self.html(item.snippet), score: (item.score * 1000).rounded() / 1000)
            }))
        } catch LibraryError.queryTooLong {
            return APIResponse.error(.badRequest, code: .queryTooLong, message: "at most 2000 characters and 32 terms")
        }
    }

    private static func html(_ snippet: MarkedText) -> String {
        var html = snippet.cutBefore ? "…" : ""
        for fragment in snippet.fragments {
            let text = Markup.escaped(fragment.text)
            html += fragment.isMatch ? "<mark>\(text)</mark>" : text
        }
        return html + (snippet.cutAfter ? "…" : "")
    }
}
