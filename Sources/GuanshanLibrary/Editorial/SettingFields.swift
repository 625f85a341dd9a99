/// One setting an admin changes: its name in the form and the API, where it is stored, what it may hold,
/// and where it sits in `SettingsForm`. `SiteSettings.fields` lists them all once, and the validation,
/// the admin's form, the API's JSON and the OpenAPI description are all made from that list.
public struct SettingField: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Text of at most `limit` characters, trimmed; `required`, it may not be empty.
        case text(limit: Int, required: Bool)
        /// A whole number in `range`.
        case number(ClosedRange<Int>)
        /// The site's public address: http or https, a host, nothing after the path; or empty.
        case siteAddress
        /// An image: a path on this site (`/files/a.png`) or an https address; or empty.
        case imageAddress
        /// On or off, stored as `on` or `off`.
        case flag(on: String, off: String)
        /// One of `values`.
        case choice([String])
        /// Links to friendly sites, one a line: a name, then an http or https address (`FriendLink`).
        case friendLinks
        /// A 公安备案号, whose 14-digit code the registry's link needs; or empty.
        case policeRecord
        /// An advert: an image's address and a link, or HTML (`Advert`); or empty.
        case advert
        /// What the chosen analytics service calls the site (`Analytics.isID`); anything, or nothing, when
        /// no service is chosen.
        case analyticsID
        /// Where a self-hosted analytics service runs: an https origin; or empty.
        case analyticsHost
    }

    public let name: String
    public let key: SiteSettings.Key
    public let kind: Kind
    /// What the field is, in English, for the API's description; empty when the name says it.
    public let about: String
    /// Where the field's text is in the form; nil for a flag.
    public let text: (WritableKeyPath<SettingsForm, String> & Sendable)?
    /// Where a flag is in the form; nil for any other field.
    public let flag: (WritableKeyPath<SettingsForm, Bool> & Sendable)?

    init(_ name: String, _ key: SiteSettings.Key, _ kind: Kind, _ text: WritableKeyPath<SettingsForm, String> & Sendable, about: String = "") {
        self.name = name
        self.key = key
        self.kind = kind
        self.about = about
        self.text = text
        flag = nil
    }

    init(
        _ name: String, _ key: SiteSettings.Key, on: String, off: String, _ flag: WritableKeyPath<SettingsForm, Bool> & Sendable,
        about: String = ""
    ) {
        self.name = name
        self.key = key
        self.about = about
        kind = .flag(on: on, off: off)
        text = nil
        self.flag = flag
    }

    /// The longest text the field takes, for the form's `maxlength`.
    public var limit: Int {
        switch kind {
        case .text(let limit, _): limit
        case .number(let range): String(range.upperBound).count + 1
        case .siteAddress: 200
        case .imageAddress: 500
        case .flag: 3
        case .choice(let values): values.map(\.count).max() ?? 0
        case .friendLinks: 3_000
        case .policeRecord: 40
        case .advert: Advert.limit
        case .analyticsID: 253
        case .analyticsHost: 200
        }
    }

    /// The value to store for what the form holds; `EditorialError.invalidSetting(name)` when it may not be.
    func stored(from form: SettingsForm) throws -> String {
        if case .flag(let on, let off) = kind, let flag { return form[keyPath: flag] ? on : off }
        guard let text else { throw EditorialError.invalidSetting(name) }
        let value = form[keyPath: text].trimmingCharacters(in: .whitespacesAndNewlines)
        let valid = switch kind {
        case .text(let limit, let required): value.unicodeScalars.count <= limit && (!required || !value.isEmpty)
        case .number(let range): Int(value).map(range.contains) ?? false
        case .siteAddress: value.isEmpty || SiteSettings.publicURL(value) != nil
        case .imageAddress: value.unicodeScalars.count <= limit && (value.isEmpty || SiteSettings.isImageAddress(value))
        case .choice(let values): values.contains(value)
        case .flag: false
        case .friendLinks: value.unicodeScalars.count <= limit && FriendLink.parse(value) != nil
        case .policeRecord: value.isEmpty || value.unicodeScalars.count <= limit && SiteRecords.policeCode(value) != nil
        case .advert: value.isEmpty || Advert.parse(value) != nil
        case .analyticsID:
            // A service chosen needs its ID; without one, the field is not used.
            switch Analytics.Service(rawValue: form.analyticsService.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .none {
            case .none: value.unicodeScalars.count <= limit
            case let service: Analytics.isID(value, of: service)
            }
        case .analyticsHost: value.isEmpty || value.unicodeScalars.count <= limit && Analytics.host(value) != nil
        }
        guard valid else { throw EditorialError.invalidSetting(name) }
        if case .number = kind, let number = Int(value) { return String(number) }
        return value
    }
}

extension SiteSettings {
    public static func field(named name: String) -> SettingField? {
        fields.first { $0.name == name }
    }

    /// Every setting of the admin's form, in the order the form and the API give them.
    public static let fields: [SettingField] = [
        SettingField("siteName", .siteName, .text(limit: 40, required: true), \.siteName),
        SettingField("slogan", .slogan, .text(limit: 60, required: false), \.slogan),
        SettingField("tagline", .tagline, .text(limit: 60, required: false), \.tagline),
        SettingField(
            "publicURL", .publicURL, .siteAddress, \.publicURL,
            about: "The site's public address (https makes cookies Secure); empty for none"),
        SettingField("pageBudget", .pageBudget, .number(pageBudgets), \.pageBudget, about: "Characters a page holds before it is split"),
        SettingField("readingSpeed", .readingSpeed, .number(readingSpeeds), \.readingSpeed, about: "Characters a minute"),
        SettingField("registrationOpen", .registrationOpen, on: "on", off: "off", \.registrationOpen),
        SettingField(
            "skipNearDuplicates", .skipNearDuplicates, on: "skip", off: "mark", \.skipNearDuplicates,
            about: "Leave out documents close to one in the library when importing, instead of importing them with a mark"),
        SettingField(
            "originalDownloads", .originalDownloads, .choice(OriginalDownloads.allCases.map(\.rawValue)), \.originalDownloads,
            about: "Who may download a document's original file: everyone, signed-in readers, or nobody"),
        SettingField(
            "previewPages", .previewPages, .number(previewPageCounts), \.previewPages,
            about: "How many of an original's first pages are shown as images; 0 for none"),
        SettingField("footer", .footer, .text(limit: 200, required: false), \.footer),
        SettingField("promoCaption", .promoCaption, .text(limit: 60, required: false), \.promoCaption),
        SettingField(
            "promoImage", .promoImage, .imageAddress, \.promoImage,
            about: "The address of the promo image: a path on this site starting with one `/`, or an https address (a query such as `?v=2` is kept); empty for none"),
        SettingField("promoTarget", .promoTarget, .text(limit: 500, required: false), \.promoTarget, about: "The address the promo's QR code leads to"),
        SettingField(
            "friendLinks", .friendLinks, .friendLinks, \.friendLinks,
            about: "Links to friendly sites in the footer, one a line: a name, a space, an http or https address; at most 30"),
        SettingField("icpRecord", .icpRecord, .text(limit: 40, required: false), \.icpRecord, about: "The ICP record number (ICP备案号) in the footer"),
        SettingField(
            "policeRecord", .policeRecord, .policeRecord, \.policeRecord,
            about: "The public security record number (公安备案号) in the footer, with its 14-digit code"),
    ] + AdvertSlot.allCases.map { slot in
        SettingField(
            "advert" + slot.rawValue.prefix(1).uppercased() + slot.rawValue.dropFirst(), advertKeys[slot] ?? .advertTop, .advert,
            advertFormField(slot),
            about: "The advert \(slot.about): an image's address (a path on this site or https) and a link, separated by a space, "
                + "or HTML, kept as text with emphasis and links only; empty for none")
    } + [
        SettingField(
            "analyticsService", .analyticsService, .choice(Analytics.Service.allCases.map(\.rawValue)), \.analyticsService,
            about: "The analytics service whose script every page loads: none, baidu, google, umami or plausible"),
        SettingField(
            "analyticsID", .analyticsID, .analyticsID, \.analyticsID,
            about: "The site's ID at that service: Baidu's 32-digit key, a Google measurement ID (G-…), an Umami website ID, a Plausible domain"),
        SettingField(
            "analyticsHost", .analyticsHost, .analyticsHost, \.analyticsHost,
            about: "Where a self-hosted Umami or Plausible runs (an https origin); empty for the service's cloud"),
        SettingField(
            "sharing", .sharing, .choice(Sharing.allCases.map(\.rawValue)), \.sharing,
            about: "Who may share documents of their own: nobody, any signed-in reader (readers), or readers an admin marked as contributors"),
        SettingField(
            "review", .review, .choice(Review.allCases.map(\.rawValue)), \.review,
            about: "Whether readers' documents are reviewed before they are public (before) or after (after: only documents the checks hold wait)"),
        SettingField("dailyUploadFiles", .dailyUploadFiles, .number(dailyUploadFileCounts), \.dailyUploadFiles, about: "Files a reader may share a day"),
        SettingField(
            "dailyUploadMegabytes", .dailyUploadMegabytes, .number(dailyUploadMegabyteCounts), \.dailyUploadMegabytes,
            about: "Megabytes a reader may share a day"),
        SettingField(
            "reportsToHide", .reportsToHide, .number(reportCountsToHide), \.reportsToHide,
            about: "How many people's reports hide a document until an editor decides; 0 never"),
        SettingField(
            "takedownReuploads", .takedownReuploads, .choice(TakedownReuploads.allCases.map(\.rawValue)), \.takedownReuploads,
            about: "What becomes of a reader's upload of a text close to one taken down: refuse, or hold for an editor (the very text is always refused)"),
        SettingField(
            "comments", .comments, .choice(Comments.allCases.map(\.rawValue)), \.comments,
            about: "Readers' comments: off, reviewed before they show (before), or shown at once and reviewed after (after)"),
    ]

    private static func advertFormField(_ slot: AdvertSlot) -> WritableKeyPath<SettingsForm, String> & Sendable {
        switch slot {
        case .top: \.advertTop
        case .title: \.advertTitle
        case .body: \.advertBody
        case .list: \.advertList
        }
    }
}
