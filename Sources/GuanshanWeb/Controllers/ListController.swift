import Foundation
import GuanshanLibrary
import Hummingbird

/// The home page, categories and tags.
struct ListController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/", use: home)
        router.get("/c/:slug", use: category)
        router.get("/t/:tag", use: tag)
    }

    @Sendable func home(_ request: Request, context: Context) async throws -> Response {
        try await pages.shared(request, context) { site in
            let listing = try await reading.home()
            let listed = (listing.newest + listing.mostRead).map(\.id)
            let context = try await pages.context(for: request, site, listing: listed)
            var model = HomeModel(listing, context: context)
            if let reader = site.visitor {
                let read = try await reading.lastRead(reader, limit: 3)
                let t = context.strings.account
                model.continueReading = read.isEmpty ? nil : HomeModel.ContinueList(heading: t.continueHeading, items: read.map {
                    HomeModel.ContinueItem(title: $0.document.title, href: $0.continueHref, label: t.continueReading($0.page))
                })
            }
            model.layout.feeds = SyndicationController.feedLinks(site.settings)
            return try pages.representation("home", model, lastModified: site.siteChanged)
        }
    }

    @Sendable func category(_ request: Request, context: Context) async throws -> Response {
        let slug = try Parameters(request, context).name("slug")
        let pageNumber = try Parameters(request, context).pageNumber()
        return try await pages.shared(request, context) { site in
            let listing = try await reading.category(slug: slug, pageNumber: pageNumber)
            let pageContext = try await pages.context(for: request, site, listing: listing.page.items.map(\.id))
            var model = ListModel(
                kind: pageContext.strings.documentsInCategory, heading: listing.category.name, page: listing.page, context: pageContext
            ) { SitePath.category(slug: slug, page: $0).path }
            model.layout.feeds = SyndicationController.feedLinks(site.settings, category: listing.category)
            return try pages.representation("list", model, lastModified: site.siteChanged)
        }
    }

    @Sendable func tag(_ request: Request, context: Context) async throws -> Response {
        let tag = try Parameters(request, context).name("tag")
        let pageNumber = try Parameters(request, context).pageNumber()
        return try await pages.shared(request, context) { site in
            let page = try await reading.tagged(tag, pageNumber: pageNumber)
            let pageContext = try await pages.context(for: request, site, listing: page.items.map(\.id))
            let model = ListModel(kind: pageContext.strings.documentsTagged, heading: tag, page: page, context: pageContext) {
                SitePath.tag(tag, page: $0).path
            }
            return try pages.representation("list", model, lastModified: site.siteChanged)
        }
    }
}
