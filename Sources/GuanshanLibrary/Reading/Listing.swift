public import GuanshanModel

public struct HomeListing: Sendable {
    public var newest: [DocumentSummary]
    public var mostRead: [DocumentSummary]
    public var categories: [Category]
    public var documentCount: Int
}

/// One page (1-based) of a paged list: of documents, favorites, users, security events. Every list of
/// the site and the API is one, cut by `PageWindow`.
public struct Paged<Item: Sendable>: Sendable {
    public var items: [Item]
    public var pageNumber: Int
    public var pageCount: Int
    /// Items in the whole list.
    public var total: Int

    public init(items: [Item], pageNumber: Int, pageCount: Int, total: Int) {
        self.items = items
        self.pageNumber = pageNumber
        self.pageCount = pageCount
        self.total = total
    }
}


public struct CategoryListing: Sendable {
    public var category: Category
    public var page: Paged<DocumentSummary>
}

extension ReadingService {
    /// Categories that hold at least one published document, by name, with their counts.
    public func categories() async throws -> [Category] {
        try await store.categories()
    }

    public static let listPageSize = 20

    public func home(limit: Int = 10) async throws -> HomeListing {
        async let newest = store.documents(DocumentListQuery(order: .newest, limit: limit))
        async let mostRead = store.documents(DocumentListQuery(order: .mostRead, limit: limit))
        async let categories = store.categories()
        let newestList = try await newest
        let lists = try await lists()
        return HomeListing(
            newest: newestList.documents.map(lists.masked), mostRead: try await mostRead.documents.map(lists.masked),
            categories: try await categories, documentCount: newestList.total)
    }

    public func category(slug: String, pageNumber: Int) async throws -> CategoryListing {
        guard let category = try await store.category(slug: slug) else { throw LibraryError.categoryNotFound }
        let page = try await listPage(DocumentListQuery(categoryID: category.id, order: .newest), pageNumber: pageNumber)
        return CategoryListing(category: category, page: page)
    }

    /// All published documents, newest first.
    public func newest(pageNumber: Int) async throws -> Paged<DocumentSummary> {
        try await listPage(DocumentListQuery(order: .newest), pageNumber: pageNumber)
    }

    /// Published documents with `tag`, newest first.
    public func tagged(_ tag: String, pageNumber: Int) async throws -> Paged<DocumentSummary> {
        guard try await !lists().hides(tag) else { throw LibraryError.tagNotFound }
        let page = try await listPage(DocumentListQuery(tag: tag, order: .newest), pageNumber: pageNumber)
        guard page.total > 0 else { throw LibraryError.tagNotFound }
        return page
    }

    /// The published documents an account shared, newest first; `sharerNotFound` when there are none, so
    /// that nobody learns from `/u/{name}` which names have accounts.
    public func shared(by owner: User, pageNumber: Int) async throws -> Paged<DocumentSummary> {
        let page = try await listPage(DocumentListQuery(ownerID: owner.id, order: .newest), pageNumber: pageNumber)
        guard page.total > 0 else { throw LibraryError.sharerNotFound }
        return page
    }

    private func listPage(_ query: DocumentListQuery, pageNumber: Int) async throws -> Paged<DocumentSummary> {
        let window = try PageWindow(pageNumber, size: Self.listPageSize)
        var query = query
        query.limit = window.limit
        query.offset = window.offset
        let list = try await store.documents(query)
        return try window.page(list.documents.map(try await lists().masked), total: list.total)
    }
}

/// Page `number` (1-based) of a list cut into pages of `size`: a page past the end is not found, but
/// page 1 of an empty list is; so is a page so far that its offset would not fit an Int.
struct PageWindow {
    let number: Int
    let size: Int

    let offset: Int

    init(_ number: Int, size: Int) throws {
        let (offset, overflow) = (number - 1).multipliedReportingOverflow(by: size)
        guard number >= 1, !overflow else { throw LibraryError.pageNotFound }
        self.number = number
        self.size = size
        self.offset = offset
    }

    var limit: Int { size }

    func pageCount(total: Int) throws -> Int {
        let count = max(1, (total + size - 1) / size)
        guard number <= count else { throw LibraryError.pageNotFound }
        return count
    }

    /// `items`, the ones of this page of a list of `total`.
    func page<Item>(_ items: [Item], total: Int) throws -> Paged<Item> {
        Paged(items: items, pageNumber: number, pageCount: try pageCount(total: total), total: total)
    }
}
