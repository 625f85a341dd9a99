import Foundation
import GuanshanLibrary
import GuanshanText

/// What every page shows of the page furniture (`SiteSettings`'s friend links, record numbers, adverts and
/// analytics); `LayoutModel` carries it as `furniture`.
struct FurnitureModel {
    struct Link { var text: String; var href: String }
    struct Friends { var label: String; var links: [Link] }
    struct Records { var icp: Link?; var police: Link? }
    struct Adverts { var top: AdvertView?; var title: AdvertView?; var body: AdvertView?; var list: AdvertView? }
    /// A script tag of the analytics service, and the site's own script that configures it (Google's).
    struct AnalyticsScript { var src: String; var websiteID: String?; var domain: String?; var bootstrap: String? }

    var friends: Friends?
    var records: Records?
    var adverts: Adverts
    var analytics: AnalyticsScript?

    /// Whether `path` is a page of the site's own business (the admin, the account pages, signing in and
    /// up): no advert stands there and no analytics script runs there, whatever their addresses show.
    static func isPrivate(_ path: String) -> Bool {
        let first = path.dropFirst().prefix { $0 != "/" && $0 != "?" }
        return ["admin", "me", "login", "logout", "register", "setup"].contains(first)
    }

    init(settings: SiteSettings, strings: Strings, path: String) {
        let words = strings.admin.furniture
        let links = settings.friendLinks.map { Link(text: $0.name, href: $0.url.absoluteString) }
        friends = links.isEmpty ? nil : Friends(label: words.friendLinksLabel, links: links)
        let records = Records(
            icp: settings.records.icp.isEmpty ? nil : Link(text: settings.records.icp, href: SiteRecords.icpRegistry),
            police: settings.records.policeRegistry.map { Link(text: settings.records.police, href: $0.absoluteString) })
        self.records = records.icp == nil && records.police == nil ? nil : records
        let shown = !Self.isPrivate(path)
        let advert = { (slot: AdvertSlot) in settings.adverts[slot].flatMap { shown ? AdvertView($0, label: words.advertLabel) : nil } }
        adverts = Adverts(top: advert(.top), title: advert(.title), body: advert(.body), list: advert(.list))
        analytics = settings.analytics.script.flatMap { script in
            guard shown else { return nil }
            let analytics = settings.analytics
            return AnalyticsScript(
                src: script.absoluteString, websiteID: analytics.service == .umami ? analytics.id : nil,
                domain: analytics.service == .plausible ? analytics.id : nil,
                bootstrap: analytics.service == .google ? SitePath.analyticsBootstrap.path : nil)
        }
    }

    /// The origins a page's Content-Security-Policy lets it load from, besides its own: the adverts'
    /// images and the analytics service.
    static func origins(_ settings: SiteSettings) -> (scripts: [String], connections: [String], images: [String]) {
        let analytics = settings.analytics.origins
        let advertImages = settings.adverts.values.compactMap { advert -> String? in
            guard case .image(let source, _) = advert.content else { return nil }
            return SiteSettings.imageSource(source)?.origin
        }
        let scripts = analytics.scripts.isEmpty ? [] : (settings.analytics.service == .google ? ["'self'"] : []) + analytics.scripts
        return (scripts, analytics.connections, Array(Set(advertImages + analytics.images)).sorted())
    }
}

/// An advert as a page shows it, labelled as one: an image with its link, or paragraphs of text.
struct AdvertView {
    struct Image { var src: String; var link: String }
    struct Paragraph { var spans: [SpanView] }

    var label: String
    var image: Image?
    var paragraphs: [Paragraph]?

    init(_ advert: Advert, label: String) {
        self.label = label
        switch advert.content {
        case .image(let source, let link): image = SiteSettings.imageSource(source).map { Image(src: $0.src, link: link.absoluteString) }
        case .text(let blocks):
            paragraphs = blocks.map { block in
                Paragraph(spans: (block.spans.isEmpty ? [Span(block.plainText)] : block.spans).map(SpanView.init))
            }
        }
    }
}
