import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// The OPDS catalog for e-reader apps (`OPDSXML`): `/opds`, `/opds/new`, `/opds/c/{slug}`,
/// `/opds/search?q=` and `/opds/search.xml`, 20 documents a page, each with its EPUB download.
struct OPDSController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    let search: SearchService

    func addRoutes(to router: Router<Context>) {
        router.get("/opds", use: start)
        router.get("/opds/new", use: newest)
        router.get("/opds/c/:slug", use: category)
        router.get("/opds/search", use: found)
        router.get("/opds/search.xml", use: searchDescription)
    }

    private func answer(_ xml: String, type: String, _ request: Request, _ context: Context) -> Response {
        Representation(xml, contentType: type + ";charset=utf-8", cacheControl: "public, max-age=300", lastModified: context.siteChanged)
            .response(to: request)
    }

    @Sendable func start(_ request: Request, context: Context) async throws -> Response {
        let xml = OPDSXML(settings: context.settings).navigation(categories: try await reading.categories(), updated: context.siteChanged)
        return answer(xml, type: OPDSXML.navigationType, request, context)
    }

    @Sendable func newest(_ request: Request, context: Context) async throws -> Response {
        let page = try await reading.newest(pageNumber: try Parameters(request, context).pageNumber())
        let xml = OPDSXML(settings: context.settings).acquisition(id: "urn:guanshan:opds:new", title: "最新文档", page: page) {
            SitePath.opdsNewest(page: $0).path
        }
        return answer(xml, type: OPDSXML.acquisitionType, request, context)
    }

    @Sendable func category(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let slug = try parameters.name("slug")
        let listing = try await reading.category(slug: slug, pageNumber: try parameters.pageNumber())
        let xml = OPDSXML(settings: context.settings).acquisition(
            id: "urn:guanshan:opds:category:\(slug)", title: listing.category.name, page: listing.page
        ) { SitePath.opdsCategory(slug: slug, page: $0).path }
        return answer(xml, type: OPDSXML.acquisitionType, request, context)
    }

    @Sendable func found(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let query = parameters.text("q") ?? ""
        let pageNumber = min(try parameters.pageNumber(), SearchService.maximumSearchPage)
        let size = SearchService.searchPageSize
        let results = try await search.search(SearchRequest(query, offset: (pageNumber - 1) * size, limit: size))
        let page = Paged(items: results.items.map(\.document), pageNumber: pageNumber, pageCount: results.pageCount, total: results.total)
        let xml = OPDSXML(settings: context.settings).acquisition(id: "urn:guanshan:opds:search", title: "搜索：\(query)", page: page) {
            SitePath.opdsSearch(query, page: $0).path
        }
        return answer(xml, type: OPDSXML.acquisitionType, request, context)
    }

    @Sendable func searchDescription(_ request: Request, context: Context) async throws -> Response {
        answer(OPDSXML(settings: context.settings).searchDescription, type: OPDSXML.searchType, request, context)
    }
}
