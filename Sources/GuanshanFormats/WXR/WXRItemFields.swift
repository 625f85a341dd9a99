import Foundation
import GuanshanText

/// The text of one `item` of an export as the parser finds it, and the document it makes.
struct WXRItemFields {
    /// The children of `item` whose text is kept.
    static let captured: Set<String> = [
        "title", "content:encoded", "dc:creator", "wp:post_id", "wp:post_type", "wp:status", "wp:post_date", "wp:post_date_gmt",
    ]

    enum Outcome {
        case item(WXRItem)
        case skipped(WXRSkipReason)
    }

    let line: Int
    var values: [String: String] = [:]
    var categories: [String] = []
    var tags: [String] = []

    init(line: Int) {
        self.line = line
    }

    mutating func addTerm(_ name: String, domain: String) {
        let name = Self.plain(name)
        guard !name.isEmpty else { return }
        switch domain {
        case "category": categories.append(name)
        case "post_tag": if !tags.contains(name) { tags.append(name) }
        default: break
        }
    }

    func read(authors: [String: String], html: (String) -> [Block]) -> Outcome {
        let postType: WXRItem.PostType
        switch self["wp:post_type"] {
        case "post", "": postType = .post
        case "page": postType = .page
        case "attachment": return .skipped(.attachment)
        case "nav_menu_item": return .skipped(.navMenuItem)
        case "revision": return .skipped(.revision)
        default: return .skipped(.otherType)
        }
        let statusName = self["wp:status"].trimmingWhiteSpace
        if statusName == "trash" { return .skipped(.trash) }
        let status = WXRItem.Status(statusName.isEmpty ? "publish" : statusName)
        // WordPress shows each `<!--nextpage-->` part as a page of its own HTML; here the parts are
        // one body, paged by the site's rule like every other document.
        let blocks = self["content:encoded"].components(separatedBy: "<!--nextpage-->").flatMap(html)
        guard blocks.contains(where: { !$0.plainText.trimmingWhiteSpace.isEmpty }) else { return .skipped(.empty) }
        let title = Self.plain(self["title"])
        let login = self["dc:creator"].trimmingWhiteSpace
        let author = authors[login].map(\.trimmingWhiteSpace).flatMap { $0.isEmpty ? nil : $0 } ?? (login.isEmpty ? nil : login)
        let document = ParsedDocument(
            title: title.isEmpty ? Self.untitled : title, blocks: blocks, category: categories.first, tags: tags,
            author: author, created: created, isDraft: status != .publish)
        return .item(WXRItem(
            document: document, wordPressID: Int64(self["wp:post_id"].trimmingWhiteSpace), postType: postType,
            status: status, line: line))
    }

    /// What WordPress shows for a post without a title.
    static let untitled = "（无标题）"

    /// `wp:post_date_gmt`; a draft's is `0000-00-00 00:00:00`, and its `wp:post_date` is read in Asia/Shanghai.
    private var created: Date? {
        let gmt = self["wp:post_date_gmt"].trimmingWhiteSpace
        if !gmt.isEmpty, !gmt.hasPrefix("0000"), let date = ISODate.parse(gmt + "Z") { return date }
        let local = self["wp:post_date"].trimmingWhiteSpace
        return local.hasPrefix("0000") ? nil : ISODate.parse(local)
    }

    private subscript(name: String) -> String { values[name] ?? "" }

    /// WordPress keeps titles and term names as HTML: `A &amp; B`, sometimes with tags.
    private static func plain(_ html: String) -> String {
        HTMLText.paragraphs(html).joined(separator: " ")
    }
}
