import Foundation
internal import GuanshanModel
import GuanshanText

/// The settings an admin can change; the defaults are the reference page's.
public struct SiteSettings: Hashable, Sendable {
    public var siteName = "观山文库"
    public var slogan = "文似观山不喜平"
    public var tagline = "记住我,来上我~"
    /// Characters per page (the budget B of docs/text-rules.md).
    public var pageBudget = 2000
    /// Characters a reader reads in a minute, for the reading time (300 by default: docs/text-rules.md).
    public var readingSpeed = TextRules.charactersPerMinute
    /// The footer's line; the default names the site.
    public var footer = ""
    /// The promo widget under each document (`领取福利`): a caption and an image address or a QR target.
    public var promoCaption = ""
    public var promoImage = ""
    public var promoTarget = ""
    /// The zone the site shows times in.
    public var timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
    /// Whether visitors may create reader accounts.
    public var registrationOpen = true
    /// Whether an import leaves out documents whose text is close to one in the library; otherwise
    /// they are imported and marked.
    public var skipNearDuplicates = false
    /// The site's address as readers reach it (`https://wenku.example.cn`), for links, QR codes and
    /// secure cookies; nil until the admin sets it.
    public var publicURL: URL?
    /// Who may download a document's original file.
    public var originalDownloads = OriginalDownloads.readers
    /// How many of an original's first pages `原版预览` shows as images; 0 shows none.
    public var previewPages = 20
    /// The page furniture every operator sets up: links to friendly sites and the record numbers in the
    /// footer, adverts, and an analytics service (`PageFurniture.swift`).
    public var friendLinks: [FriendLink] = []
    public var records = SiteRecords(icp: "", police: "")
    public var adverts: [AdvertSlot: Advert] = [:]
    public var analytics = Analytics(service: .none, id: "", host: nil)
    /// Who may share documents of their own (读者分享), and whether they are reviewed before or after they
    /// are public; how many files and megabytes a reader may share a day.
    public var sharing = Sharing.nobody
    public var review = Review.before
    public var dailyUploadFiles = 20
    public var dailyUploadMegabytes = 100
    /// How many people's reports hide a document until an editor decides; 0 never.
    public var reportsToHide = 0
    /// What becomes of a reader's upload of a text close to one taken down (the very text is refused).
    public var takedownReuploads = TakedownReuploads.hold
    /// Whether readers comment, and whether their comments are reviewed before they show.
    public var comments = Comments.before
    /// Changes with every change of the sensitive-word lists (`SensitiveWords`), which are kept apart.
    public internal(set) var wordsRevision = ""

    public init() {}

    public enum Key: String, CaseIterable, Sendable {
        case siteName = "site.name"
        case slogan = "site.slogan"
        case tagline = "site.tagline"
        case pageBudget = "pagination.budget"
        case readingSpeed = "reading.speed"
        case footer = "site.footer"
        case promoCaption = "promo.caption"
        case promoImage = "promo.image"
        case promoTarget = "promo.target"
        case timeZone = "site.timezone"
        case registrationOpen = "accounts.registration"
        case skipNearDuplicates = "import.near_duplicates"
        case publicURL = "site.url"
        case originalDownloads = "originals.download"
        case previewPages = "originals.preview_pages"
        case friendLinks = "site.friend_links"
        case icpRecord = "site.icp"
        case policeRecord = "site.police_record"
        case advertTop = "ads.top"
        case advertTitle = "ads.title"
        case advertBody = "ads.body"
        case advertList = "ads.list"
        case analyticsService = "analytics.service"
        case analyticsID = "analytics.id"
        case analyticsHost = "analytics.host"
        case sharing = "sharing.who"
        case review = "sharing.review"
        case dailyUploadFiles = "sharing.daily_files"
        case dailyUploadMegabytes = "sharing.daily_megabytes"
        case reportsToHide = "reports.hide_after"
        case takedownReuploads = "takedowns.reuploads"
        case comments = "comments.mode"
        /// Written by the store with the sensitive-word lists, not by the settings form.
        case wordsRevision = "words.revision"
    }

    /// Where each advert slot is kept.
    static let advertKeys: [AdvertSlot: Key] = [.top: .advertTop, .title: .advertTitle, .body: .advertBody, .list: .advertList]

    public static let pageBudgets = 500...20_000
    public static let readingSpeeds = 100...2_000
    public static let previewPageCounts = 0...200
    public static let dailyUploadFileCounts = 1...1_000
    public static let dailyUploadMegabyteCounts = 1...10_000
    public static let reportCountsToHide = 0...100

    /// An http or https address with a host and nothing after the path.
    static func publicURL(_ text: String) -> URL? {
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil
        else { return nil }
        return components.url
    }

    /// An image on another site: https, with a host; a query (`?v=2`, as CDNs version files) is kept.
    static func imageURL(_ text: String) -> URL? {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "https",
              let host = components.host, !host.isEmpty, components.fragment == nil
        else { return nil }
        return components.url
    }

    /// An image a page may show: a path on this site (`/files/a.png`) or an https address.
    static func isImageAddress(_ text: String) -> Bool {
        imageSource(text) != nil
    }

    /// An image a page may show (the promo's, an advert's) as its `src`, with the origin the page's
    /// Content-Security-Policy must allow for it: a path on this site (no origin; not `//` or `/\`, which
    /// browsers read as another host), or an https address whose origin is plain letters, digits, dots,
    /// hyphens and a port, so that it can stand in the policy as it is. Nil for anything else.
    public static func imageSource(_ text: String) -> (src: String, origin: String?)? {
        let image = text.trimmingCharacters(in: .whitespaces)
        if image.hasPrefix("/"), !image.hasPrefix("//"), !image.hasPrefix("/\\") { return (image, nil) }
        guard imageURL(image) != nil, let components = URLComponents(string: image), let host = components.host?.lowercased(), !host.isEmpty,
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        if components.port == nil, image.dropFirst("https://".count).prefix(while: { $0 != "/" && $0 != "?" }).contains(":") { return nil }
        return (image, "https://" + host + (components.port.map { ":\($0)" } ?? ""))
    }

    /// A link to another site: http or https, with a host.
    static func linkURL(_ text: String) -> URL? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = components.host, !host.isEmpty, components.user == nil
        else { return nil }
        return components.url
    }

    init(stored: [String: String]) {
        if let value = stored[Key.siteName.rawValue], !value.isEmpty { siteName = value }
        if let value = stored[Key.slogan.rawValue] { slogan = value }
        if let value = stored[Key.tagline.rawValue] { tagline = value }
        if let value = stored[Key.pageBudget.rawValue].flatMap(Int.init), Self.pageBudgets.contains(value) { pageBudget = value }
        if let value = stored[Key.readingSpeed.rawValue].flatMap(Int.init), Self.readingSpeeds.contains(value) { readingSpeed = value }
        if let value = stored[Key.footer.rawValue] { footer = value }
        if let value = stored[Key.promoCaption.rawValue] { promoCaption = value }
        if let value = stored[Key.promoImage.rawValue] { promoImage = value }
        if let value = stored[Key.promoTarget.rawValue] { promoTarget = value }
        if let value = stored[Key.timeZone.rawValue].flatMap(TimeZone.init(identifier:)) { timeZone = value }
        if let value = stored[Key.registrationOpen.rawValue] { registrationOpen = value != "off" }
        if let value = stored[Key.skipNearDuplicates.rawValue] { skipNearDuplicates = value == "skip" }
        if let value = stored[Key.publicURL.rawValue].flatMap(Self.publicURL) { publicURL = value }
        if let value = stored[Key.originalDownloads.rawValue].flatMap(OriginalDownloads.init(rawValue:)) { originalDownloads = value }
        if let value = stored[Key.previewPages.rawValue].flatMap(Int.init), Self.previewPageCounts.contains(value) { previewPages = value }
        if let value = stored[Key.friendLinks.rawValue].flatMap(FriendLink.parse) { friendLinks = value }
        records = SiteRecords(icp: stored[Key.icpRecord.rawValue] ?? "", police: stored[Key.policeRecord.rawValue] ?? "")
        for (slot, key) in Self.advertKeys {
            if let advert = stored[key.rawValue].flatMap(Advert.parse) { adverts[slot] = advert }
        }
        wordsRevision = stored[Key.wordsRevision.rawValue] ?? ""
        if let value = stored[Key.sharing.rawValue].flatMap(Sharing.init(rawValue:)) { sharing = value }
        if let value = stored[Key.reportsToHide.rawValue].flatMap(Int.init), Self.reportCountsToHide.contains(value) { reportsToHide = value }
        if let value = stored[Key.review.rawValue].flatMap(Review.init(rawValue:)) { review = value }
        if let value = stored[Key.takedownReuploads.rawValue].flatMap(TakedownReuploads.init(rawValue:)) { takedownReuploads = value }
        if let value = stored[Key.comments.rawValue].flatMap(Comments.init(rawValue:)) { comments = value }
        if let value = stored[Key.dailyUploadFiles.rawValue].flatMap(Int.init), Self.dailyUploadFileCounts.contains(value) { dailyUploadFiles = value }
        if let value = stored[Key.dailyUploadMegabytes.rawValue].flatMap(Int.init), Self.dailyUploadMegabyteCounts.contains(value) {
            dailyUploadMegabytes = value
        }
        if let service = stored[Key.analyticsService.rawValue].flatMap(Analytics.Service.init(rawValue:)),
           let id = stored[Key.analyticsID.rawValue], Analytics.isID(id, of: service) {
            analytics = Analytics(service: service, id: id, host: stored[Key.analyticsHost.rawValue].flatMap(Analytics.host))
        }
    }

    static func read(from store: any SettingsStore) async throws -> SiteSettings {
        SiteSettings(stored: try await store.settings())
    }
}

/// Who may share documents of their own on the site.
public enum Sharing: String, Sendable, CaseIterable {
    case nobody
    /// Any signed-in reader.
    case readers
    /// Readers an admin marked as contributors (投稿者); editors and admins always may.
    case contributors
}

/// When a reader's shared document is reviewed: before anyone sees it (先审后发), or after it is
/// published (先发后审), in which case only a document the checks held waits for an editor.
public enum Review: String, Sendable, CaseIterable {
    case before, after
}

/// What becomes of a reader's upload of a text close to one taken down (a corrected version, say):
/// refused, or held for an editor (the default). The very text taken down is always refused.
public enum TakedownReuploads: String, Sendable, CaseIterable {
    case refuse, hold
}

/// Readers' comments: none, reviewed before they show (先审后发), or shown at once and reviewed after
/// (先发后审: only comments the checks hold wait).
public enum Comments: String, Sendable, CaseIterable {
    case off, before, after
}

/// Who may download the file a document was imported from: the operator's choice, since many originals
/// are someone else's work shared for reading.
public enum OriginalDownloads: String, Sendable, CaseIterable {
    case everyone
    /// Signed-in readers only (the default).
    case readers
    case nobody
}
