import Foundation
import GuanshanModel
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanText
import Hummingbird

/// What readers see, as JSON: lists, categories and document pages. Open to everyone, like the pages.
struct ReadingAPIController {
    typealias Context = SiteRequestContext

    let reading: ReadingService

    func addRoutes(to router: Router<Context>) {
        router.get("/api/v1/documents", use: documents)
        router.get("/api/v1/documents/:id", use: document)
        router.get("/api/v1/categories", use: categories)
    }

    struct Summary: Encodable {
        var id: Int64
        var title: String
        var sharer: String
        var category: String?
        var published: Date
        var characterCount: Int
        var readingMinutes: Int
        var views: Int
        var url: String

        init(_ summary: DocumentSummary) {
            id = summary.id
            title = summary.title
            sharer = summary.sharer
            category = summary.category?.slug
            published = summary.published
            characterCount = summary.characterCount
            readingMinutes = summary.readingMinutes
            views = summary.viewCount
            url = SitePath.document(summary.id).path
        }
    }

    struct BlockJSON: Encodable {
        var type: String
        var level: Int?
        var text: String

        init(_ block: Block) {
            text = block.plainText
            switch block {
            case .heading(let level, _): type = "heading"; self.level = level
            case .paragraph: type = "paragraph"
            case .listItem(let ordered, let depth, _): type = ordered ? "orderedItem" : "item"; level = depth
            case .quote: type = "quote"
            case .code: type = "code"
            case .table: type = "table"
            }
        }
    }

    struct PageJSON: Encodable {
        var document: Summary
        var tags: [String]
        var page: Int
        var pageCount: Int
        var blocks: [BlockJSON]
        /// The page's blocks as Markdown, emphasis and links kept.
        var markdown: String
        var favorite: Bool?
        var continuePage: Int?
        var continueBlock: Int?
    }

    struct CategoryJSON: Encodable {
        var slug: String
        var name: String
        var documents: Int
    }

    /// `?category=slug` or `?tag=name`, newest first, 20 a page.
    @Sendable func documents(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let pageNumber = try parameters.pageNumber()
        let page: Paged<DocumentSummary>
        if let slug = try parameters.query("category", as: Name.self, allowed: "a category's slug") {
            page = try await reading.category(slug: slug.value, pageNumber: pageNumber).page
        } else if let tag = try parameters.query("tag", as: Name.self, allowed: "a tag") {
            page = try await reading.tagged(tag.value, pageNumber: pageNumber)
        } else {
            page = try await reading.newest(pageNumber: pageNumber)
        }
        return try APIResponse.json(ListJSON(page, as: "documents", Summary.init))
    }

    /// `?page=N` (1 by default) or `?page=all`; counts a view, and the page reached for a signed-in reader
    /// (not for HEAD).
    @Sendable func document(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let id = try parameters.id()
        let wanted = try parameters.pageOrAll()
        let counting = request.method != .head
        let page: ReadingPage
        switch wanted {
        case .all: page = try await reading.readWholeDocument(id: id, reader: context.visitor, counting: counting)
        case .page(let number): page = try await reading.readPage(id: id, pageNumber: number, reader: context.visitor, counting: counting)
        }
        let blocks = page.blocks.map(\.block)
        return try APIResponse.json(PageJSON(
            document: Summary(page.document.summary), tags: page.document.tags, page: page.pageNumber,
            pageCount: wanted == .all ? 1 : page.pageCount, blocks: blocks.map(BlockJSON.init),
            markdown: ReadingService.markdown(blocks), favorite: page.personal?.isFavorite, continuePage: page.personal?.continuePage,
            continueBlock: page.personal?.continueBlock))
    }

    @Sendable func categories(_ request: Request, context: Context) async throws -> Response {
        try APIResponse.json(try await reading.categories().map { CategoryJSON(slug: $0.slug, name: $0.name, documents: $0.documentCount) })
    }
}
