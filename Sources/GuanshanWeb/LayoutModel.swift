import Foundation
import GuanshanLibrary
import GuanshanModel

/// What every page's frame shows; each page model carries one as `layout`.
struct LayoutModel {
    struct Site { var name: String; var slogan: String; var tagline: String }
    struct CategoryLink { var name: String; var href: String; var count: Int }
    /// A feed of the page, for `<link rel="alternate">` in its head.
    struct FeedLink { var type: String; var title: String; var href: String }

    var t: StringTable
    /// The reader's `ReadingStyle` as classes of `<html>`; nil for the standard style.
    var htmlClass: String?
    var site: Site
    var title: String
    var description: String?
    var canonical: String?
    var feeds: [FeedLink] = []
    var stylesheet = SitePath.stylesheet.path
    var categories: [CategoryLink]
    var languageSwitch: String
    /// What the search box in the masthead shows.
    var query: String
    /// The signed-in visitor's links, or nil for links to log in and register.
    var account: AccountBar?
    var loginHref: String
    var registerHref: String?
    var formToken: String?
    /// Open Graph tags and the schema.org JSON-LD of a reading page.
    var article: Article?
    /// Friend links, record numbers, adverts and the analytics script.
    var furniture: FurnitureModel

    struct Article {
        var title: String
        var description: String
        /// The page's absolute address; nil while the site address is not set.
        var url: String?
        var siteName: String
        /// Safe inside `<script>` (see `ReadingModel.jsonLD`).
        var jsonLD: String
    }

    struct AccountBar {
        var name: String
        var profile = SitePath.profile.path
        var favorites = SitePath.favorites().path
        var history = SitePath.history().path
        var uploads = SitePath.myUploads().path
        var notifications = SitePath.notifications().path
        /// `通知(2)` when there are unread notifications.
        var unread: String?
        var admin: String?
        var logout = SitePath.logout.path
    }

    init(context: PageContext, title: String, description: String? = nil, canonical: String? = nil, query: String = "") {
        self.query = query
        let classes = context.readingStyle.classes
        htmlClass = classes.isEmpty ? nil : classes
        t = context.language.table
        site = Site(name: context.settings.siteName, slogan: context.settings.slogan, tagline: context.settings.tagline)
        self.title = title == context.settings.siteName ? title : "\(title) - \(context.settings.siteName)"
        self.description = description
        self.canonical = canonical
        categories = context.categories.map { CategoryLink(name: $0.name, href: SitePath.category(slug: $0.slug).path, count: $0.documentCount) }
        languageSwitch = "?lang=\(context.strings.switchLanguageCode)"
        account = context.visitor.map { visitor in
            AccountBar(
                name: visitor.user.displayName, unread: context.unreadNotifications > 0 ? context.strings.sharing.unread(context.unreadNotifications) : nil,
                admin: visitor.user.role >= .editor ? SitePath.admin.path : nil)
        }
        loginHref = SitePath.login(next: context.path).path
        registerHref = context.settings.registrationOpen ? SitePath.register.path : nil
        formToken = context.formToken
        furniture = FurnitureModel(settings: context.settings, strings: context.strings, path: context.path)
    }
}

/// What a controller knows about the request and the site when it builds a page.
struct PageContext {
    var language: Language
    var settings: SiteSettings
    var categories: [GuanshanModel.Category]
    var visitor: Visitor?
    /// The token the page's forms carry (CSRF); nil for an anonymous visitor without a form cookie.
    var formToken: String?
    /// The path and query the page was asked for, for "log in and come back".
    var path: String = "/"
    /// The signed-in visitor's notifications not seen yet, for the account bar.
    var unreadNotifications = 0
    /// The published comments of the documents a list shows, by id.
    var commentCounts: [Int64: Int] = [:]
    /// How the reader likes pages set (`ReadingStyle`).
    var readingStyle = ReadingStyle.standard

    var strings: Strings { language.strings }

    func date(_ date: Date) -> String { strings.date(DateParts(date, in: settings.timeZone)) }
    func dateTime(_ date: Date) -> String { strings.dateTime(DateParts(date, in: settings.timeZone)) }
}

/// A document in a list.
struct DocumentListItem {
    struct CategoryLink { var name: String; var href: String }

    var href: String
    var title: String
    var sharer: String
    var date: String
    var dateISO: String
    var meta: String
    var views: String
    var category: CategoryLink?
    var thumbnail: String?
    /// `3 条评论`; not optional, since a list inside the reading page would find the page's comments.
    var hasComments: Bool
    var commentCount: String

    init(_ summary: DocumentSummary, context: PageContext) {
        thumbnail = PreviewModel.thumbnail(summary, settings: context.settings)
        href = SitePath.document(summary.id).path
        title = summary.title
        sharer = summary.sharer
        date = context.date(summary.published)
        dateISO = FeedClock(timeZone: context.settings.timeZone).rfc3339(summary.published)
        meta = context.strings.listMeta(summary.characterCount, summary.readingMinutes)
        views = context.strings.viewCount(summary.viewCount)
        category = summary.category.map { CategoryLink(name: $0.name, href: SitePath.category(slug: $0.slug).path) }
        let comments = context.commentCounts[summary.id] ?? 0
        hasComments = comments > 0
        commentCount = comments > 0 ? context.strings.community.commentCount(comments) : ""
    }
}

/// Links to the pages of a paged list or document; nil when there is one page.
struct PagerModel {
    struct PageLink { var number: Int; var href: String; var label: String; var current: Bool; var gapBefore: Bool }

    var previous: String?
    var next: String?
    var pages: [PageLink]
    var whole: String?

    init?(current: Int, count: Int, strings: Strings, whole: String? = nil, href: (Int) -> String) {
        guard count > 1 else { return nil }
        previous = current > 1 ? href(current - 1) : nil
        next = current < count ? href(current + 1) : nil
        let numbers = Self.visiblePages(current: current, count: count)
        pages = numbers.enumerated().map { index, number in
            PageLink(
                number: number, href: href(number), label: strings.pageLabel(number), current: number == current,
                gapBefore: index > 0 && numbers[index - 1] + 1 < number)
        }
        self.whole = whole
    }

    /// The first, the last, and a window around the current page.
    private static func visiblePages(current: Int, count: Int) -> [Int] {
        let anchor = min(max(current, 1), count)
        let window = max(1, anchor - 3)...min(count, anchor + 3)
        return Array(Set([1, count]).union(window)).sorted()
    }
}
