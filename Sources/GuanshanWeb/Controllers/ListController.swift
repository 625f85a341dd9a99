import Foundation
import GuanshanLibrary
import Hummingbird

/// The home page, categories and tags.
struct ListController {
    typealias Context = SiteRequestContext

    let library: Library
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/", use: home)
        router.get("/c/:slug", use: category)
        router.get("/t/:tag", use: tag)
    }

    @Sendable func home(_ request: Request, context: Context) async throws -> Response {
        let listing = try await library.home()
        var model = HomeModel(listing, context: try await pages.context(for: request, context))
        model.layout.feeds = SyndicationController.feedLinks(context.settings)
        return pages.render("home", model)
    }

    @Sendable func category(_ request: Request, context: Context) async throws -> Response {
        let slug = try Self.segment("slug", context)
        let listing = try await library.category(slug: slug, pageNumber: try Self.pageNumber(request))
        let pageContext = try await pages.context(for: request, context)
        var model = ListModel(
            kind: pageContext.strings.documentsInCategory, heading: listing.category.name, page: listing.page, context: pageContext
        ) { SitePath.category(slug: slug, page: $0).path }
        model.layout.feeds = SyndicationController.feedLinks(context.settings, category: listing.category)
        return pages.render("list", model)
    }

    @Sendable func tag(_ request: Request, context: Context) async throws -> Response {
        let tag = try Self.segment("tag", context)
        let page = try await library.tagged(tag, pageNumber: try Self.pageNumber(request))
        let pageContext = try await pages.context(for: request, context)
        let model = ListModel(kind: pageContext.strings.documentsTagged, heading: tag, page: page, context: pageContext) {
            SitePath.tag(tag, page: $0).path
        }
        return pages.render("list", model)
    }

    /// A path parameter, percent-decoded (the router leaves `%E5…` as it came).
    static func segment(_ name: String, _ context: Context) throws -> String {
        guard let raw = context.parameters.get(name), let value = raw.removingPercentEncoding, !value.isEmpty else {
            throw HTTPError(.notFound)
        }
        return value
    }

    static func pageNumber(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["page"] else { return 1 }
        guard let number = Int(text), number >= 1 else { throw HTTPError(.notFound) }
        return number
    }
}
