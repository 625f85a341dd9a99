import Foundation

/// Every path the site links to, built in one place.
enum SitePath {
    case home
    case document(Int64, page: Int = 1)
    /// A block on a page of a document: where a search result's first match is.
    case block(Int64, page: Int, block: Int?)
    case wholeDocument(Int64)
    case category(slug: String, page: Int = 1)
    case tag(String, page: Int = 1)
    case search(String, category: String? = nil, page: Int = 1)
    case stylesheet

    var path: String {
        switch self {
        case .home: "/"
        case .document(let id, let page): page <= 1 ? "/d/\(id)" : "/d/\(id)/\(page)"
        case .block(let id, let page, let block): SitePath.document(id, page: page).path + (block.map { "#b\($0)" } ?? "")
        case .wholeDocument(let id): "/d/\(id)/all"
        case .category(let slug, let page): "/c/\(Self.segment(slug))\(Self.pageQuery(page))"
        case .tag(let tag, let page): "/t/\(Self.segment(tag))\(Self.pageQuery(page))"
        case .search(let query, let category, let page):
            "/search?q=\(Self.queryValue(query))\(category.map { "&c=\(Self.queryValue($0))" } ?? "")\(page > 1 ? "&page=\(page)" : "")"
        case .stylesheet: "/assets/site-\(Stylesheet.version).css"
        }
    }

    private static func pageQuery(_ page: Int) -> String {
        page <= 1 ? "" : "?page=\(page)"
    }

    private static let segmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))

    private static let queryValueAllowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&+=#;"))

    private static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryValueAllowed) ?? ""
    }

    private static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? text
    }
}
