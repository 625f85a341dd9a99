import GuanshanStore

public struct HomeListing: Sendable {
    public var newest: [DocumentSummary]
    public var mostRead: [DocumentSummary]
    public var categories: [Category]
    public var documentCount: Int
}

/// One page (1-based) of a paged list.
public struct ListPage: Sendable {
    public var documents: [DocumentSummary]
    public var pageNumber: Int
    public var pageCount: Int
    public var total: Int
}

public struct CategoryListing: Sendable {
    public var category: Category
    public var page: ListPage
}

extension Library {
    public static let listPageSize = 20

    public func home(limit: Int = 10) async throws -> HomeListing {
        async let newest = store.documents(DocumentListQuery(order: .newest, limit: limit))
        async let mostRead = store.documents(DocumentListQuery(order: .mostRead, limit: limit))
        async let categories = store.categories()
        let newestList = try await newest
        return HomeListing(
            newest: newestList.documents, mostRead: try await mostRead.documents,
            categories: try await categories, documentCount: newestList.total)
    }

    public func category(slug: String, pageNumber: Int) async throws -> CategoryListing {
        guard let category = try await store.category(slug: slug) else { throw LibraryError.categoryNotFound }
        let page = try await listPage(DocumentListQuery(categoryID: category.id, order: .newest), pageNumber: pageNumber)
        return CategoryListing(category: category, page: page)
    }

    /// Published documents with `tag`, newest first.
    public func tagged(_ tag: String, pageNumber: Int) async throws -> ListPage {
        let page = try await listPage(DocumentListQuery(tag: tag, order: .newest), pageNumber: pageNumber)
        guard page.total > 0 else { throw LibraryError.tagNotFound }
        return page
    }

    private func listPage(_ query: DocumentListQuery, pageNumber: Int) async throws -> ListPage {
        guard pageNumber >= 1 else { throw LibraryError.pageNotFound }
        var query = query
        query.limit = Self.listPageSize
        query.offset = (pageNumber - 1) * Self.listPageSize
        let list = try await store.documents(query)
        let pageCount = max(1, (list.total + Self.listPageSize - 1) / Self.listPageSize)
        guard pageNumber <= pageCount else { throw LibraryError.pageNotFound }
        return ListPage(documents: list.documents, pageNumber: pageNumber, pageCount: pageCount, total: list.total)
    }
}
