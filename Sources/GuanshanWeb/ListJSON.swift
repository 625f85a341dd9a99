import GuanshanLibrary

/// A page of a list as the API gives it: `total`, `page`, `pageCount`, and the page's items under the
/// list's own name (`documents`, `users`, `entries`, `events`), as the OpenAPI description has them.
struct ListJSON<Item: Encodable>: Encodable {
    let name: String
    let total: Int
    let page: Int
    let pageCount: Int
    let items: [Item]

    init<Source>(_ paged: Paged<Source>, as name: String, _ item: (Source) -> Item) {
        self.name = name
        total = paged.total
        page = paged.pageNumber
        pageCount = paged.pageCount
        items = paged.items.map(item)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(total, forKey: JSONKey("total"))
        try container.encode(page, forKey: JSONKey("page"))
        try container.encode(pageCount, forKey: JSONKey("pageCount"))
        try container.encode(items, forKey: JSONKey(name))
    }
}
