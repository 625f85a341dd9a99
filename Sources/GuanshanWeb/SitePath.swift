import Foundation
import GuanshanLibrary

/// Every path the site links to, built in one place.
enum SitePath {
    case home
    case document(Int64, page: Int = 1)
    case download(Int64, ExportFormat)
    /// The file a document was imported from.
    case original(Int64)
    /// The first pages of that file as images; page `n` of them; its first page small.
    case preview(Int64)
    case previewPage(Int64, Int)
    case thumbnail(Int64)
    /// The share code (QR) of a page's address: page `n`, or the whole document for nil.
    case shareCode(Int64, page: Int?)
    /// A block on a page of a document: where a search result's first match is. A `noting` link also
    /// tells the server the block (`?b=`), which keeps it as a signed-in reader's place.
    case block(Int64, page: Int, block: Int?, noting: Bool = false)
    case wholeDocument(Int64)
    case category(slug: String, page: Int = 1)
    case tag(String, page: Int = 1)
    /// The form to report a document.
    case report(Int64)
    /// A document's comments, page `n`: where the pages beyond the first and the forms' errors are.
    case comments(Int64, page: Int = 1)
    /// The copyright notice form, naming a document when given.
    case copyright(document: Int64?)
    /// The OPDS catalog: its start, the newest documents, a category's, a search's, and how to search.
    case opds
    case opdsNewest(page: Int = 1)
    case opdsCategory(slug: String, page: Int = 1)
    case opdsSearch(String, page: Int = 1)
    case opdsSearchDescription
    /// The documents an account shared, by its login name.
    case sharer(String, page: Int = 1)
    case search(String, SearchFilters = SearchFilters(), page: Int = 1)
    case stylesheet
    /// The site's own script that configures Google Analytics, when the site uses it.
    case analyticsBootstrap
    /// The newest documents as a feed, of one category when `category` (a slug) is given.
    case feed(FeedFormat, category: String? = nil)
    case sitemap
    /// Sitemap `n` (1-based) of the sitemap index.
    case sitemapPart(Int)
    case robots
    case login(next: String?)
    case register
    case logout
    case setup(secret: String)
    case profile
    case favorites(page: Int = 1)
    case history(page: Int = 1)
    case myUploads(page: Int = 1)
    case notifications(page: Int = 1)
    case favorite(Int64)
    case admin
    case adminSettings
    /// The security log: its filters, as (name, value) pairs in order, and a page.
    case adminSecurity(filters: [(String, String)], page: Int = 1)

    var path: String {
        switch self {
        case .home: "/"
        case .document(let id, let page): page <= 1 ? "/d/\(id)" : "/d/\(id)/\(page)"
        case .block(let id, let page, let block, let noting):
            SitePath.document(id, page: page).path + (block.map { (noting ? "?b=\($0)" : "") + "#b\($0)" } ?? "")
        case .wholeDocument(let id): "/d/\(id)/all"
        case .download(let id, let format): "/d/\(id)/download.\(format.rawValue)"
        case .original(let id): "/d/\(id)/original"
        case .preview(let id): "/d/\(id)/preview"
        case .previewPage(let id, let page): "/d/\(id)/preview/\(page)"
        case .thumbnail(let id): "/d/\(id)/thumbnail.jpg"
        case .shareCode(let id, let page): "/d/\(id)/qr.svg" + (page.map { $0 <= 1 ? "" : "?page=\($0)" } ?? "?page=all")
        case .category(let slug, let page): "/c/\(Self.segment(slug))\(Self.pageQuery(page))"
        case .tag(let tag, let page): "/t/\(Self.segment(tag))\(Self.pageQuery(page))"
        case .report(let id): "/d/\(id)/report"
        case .comments(let id, let page): "/d/\(id)/comments\(Self.pageQuery(page))"
        case .copyright(let document): "/copyright" + (document.map { "?d=\($0)" } ?? "")
        case .opds: "/opds"
        case .opdsNewest(let page): "/opds/new\(Self.pageQuery(page))"
        case .opdsCategory(let slug, let page): "/opds/c/\(Self.segment(slug))\(Self.pageQuery(page))"
        case .opdsSearch(let query, let page): "/opds/search" + Self.query([("q", query)] + Self.pageItem(page))
        case .opdsSearchDescription: "/opds/search.xml"
        case .sharer(let name, let page): "/u/\(Self.segment(name))\(Self.pageQuery(page))"
        case .search(let query, let filters, let page):
            "/search" + Self.query([("q", query)] + filters.items + Self.pageItem(page))
        case .stylesheet: "/assets/site-\(Stylesheet.version).css"
        case .analyticsBootstrap: "/analytics.js"
        case .feed(let format, let category): (category.map { "/c/\(Self.segment($0))" } ?? "") + "/feed.\(format.rawValue)"
        case .sitemap: "/sitemap.xml"
        case .sitemapPart(let number): "/sitemap-\(number).xml"
        case .robots: "/robots.txt"
        case .login(let next): "/login" + Self.query(next.flatMap(Self.localPath).map { [("next", $0)] } ?? [])
        case .register: "/register"
        case .logout: "/logout"
        case .setup(let secret): "/setup/\(Self.segment(secret))"
        case .profile: "/me"
        case .favorites(let page): "/me/favorites\(Self.pageQuery(page))"
        case .history(let page): "/me/history\(Self.pageQuery(page))"
        case .myUploads(let page): "/me/uploads\(Self.pageQuery(page))"
        case .notifications(let page): "/me/notifications\(Self.pageQuery(page))"
        case .favorite(let id): "/d/\(id)/favorite"
        case .admin: "/admin"
        case .adminSettings: "/admin/settings"
        case .adminSecurity(let filters, let page):
            "/admin/security" + Self.query(filters + Self.pageItem(page))
        }
    }

    /// A path on this site to return to, or nil for anything that could lead elsewhere (`//host`,
    /// `/\\host`, a scheme) or back to the login and registration pages.
    static func localPath(_ text: String) -> String? {
        guard text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" }),
              !["/login", "/register", "/logout"].contains(where: { text == $0 || text.hasPrefix($0 + "?") })
        else { return nil }
        return text
    }

    private static func pageQuery(_ page: Int) -> String {
        query(pageItem(page))
    }

    /// `page=N` for a page past the first; page 1 is the address without it.
    private static func pageItem(_ page: Int) -> [(String, String)] {
        page <= 1 ? [] : [("page", String(page))]
    }

    private static func query(_ items: [(String, String)]) -> String {
        items.isEmpty ? "" : "?" + items.map { "\($0.0)=\(queryValue($0.1))" }.joined(separator: "&")
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
