import Foundation
internal import GuanshanModel
import GuanshanText

/// The settings form of the admin, as typed; `SiteSettings.fields` says what each field may hold.
public struct SettingsForm: Sendable {
    public var siteName: String
    public var slogan: String
    public var tagline: String
    public var publicURL: String
    public var pageBudget: String
    public var readingSpeed: String
    public var registrationOpen: Bool
    public var skipNearDuplicates: Bool
    public var originalDownloads: String
    public var previewPages: String
    public var footer: String
    public var promoCaption: String
    public var promoImage: String
    public var promoTarget: String
    public var friendLinks: String
    public var icpRecord: String
    public var policeRecord: String
    public var advertTop: String
    public var advertTitle: String
    public var advertBody: String
    public var advertList: String
    public var analyticsService: String
    public var analyticsID: String
    public var analyticsHost: String
    public var sharing: String
    public var review: String
    public var dailyUploadFiles: String
    public var dailyUploadMegabytes: String
    public var reportsToHide: String
    public var takedownReuploads: String
    public var comments: String

    public init(_ settings: SiteSettings) {
        siteName = settings.siteName
        slogan = settings.slogan
        tagline = settings.tagline
        publicURL = settings.publicURL?.absoluteString ?? ""
        pageBudget = String(settings.pageBudget)
        readingSpeed = String(settings.readingSpeed)
        registrationOpen = settings.registrationOpen
        skipNearDuplicates = settings.skipNearDuplicates
        originalDownloads = settings.originalDownloads.rawValue
        previewPages = String(settings.previewPages)
        footer = settings.footer
        promoCaption = settings.promoCaption
        promoImage = settings.promoImage
        promoTarget = settings.promoTarget
        friendLinks = settings.friendLinks.map { "\($0.name) \($0.url.absoluteString)" }.joined(separator: "\n")
        icpRecord = settings.records.icp
        policeRecord = settings.records.police
        advertTop = settings.adverts[.top]?.source ?? ""
        advertTitle = settings.adverts[.title]?.source ?? ""
        advertBody = settings.adverts[.body]?.source ?? ""
        advertList = settings.adverts[.list]?.source ?? ""
        analyticsService = settings.analytics.service.rawValue
        analyticsID = settings.analytics.id
        analyticsHost = settings.analytics.host?.absoluteString ?? ""
        sharing = settings.sharing.rawValue
        review = settings.review.rawValue
        dailyUploadFiles = String(settings.dailyUploadFiles)
        dailyUploadMegabytes = String(settings.dailyUploadMegabytes)
        reportsToHide = String(settings.reportsToHide)
        takedownReuploads = settings.takedownReuploads.rawValue
        comments = settings.comments.rawValue
    }
}

extension EditorialService {
    /// Checks and saves the settings. A new page budget or reading speed is not applied here: the
    /// documents are laid out again by `layout`, which follows the settings; true when that is under way.
    @discardableResult
    public func saveSettings(_ form: SettingsForm, by admin: Visitor?) async throws -> Bool {
        let old = try await settings()
        let values = try Self.checked(form)
        try await layout.noteCurrent(old)
        try await changes.commit { try await store.setSettings(values) }
        let before = (try? Self.checked(SettingsForm(old))) ?? [:]
        let changed = values.filter { before[$0.key] != $0.value }.keys.sorted()
        if !changed.isEmpty { await securityLog.record(.settingsChanged, by: admin, detail: changed.joined(separator: ", ")) }
        return try await layout.progress() != nil
    }

    private static func checked(_ form: SettingsForm) throws -> [String: String] {
        var values: [String: String] = [:]
        for field in SiteSettings.fields {
            values[field.key.rawValue] = try field.stored(from: form)
        }
        return values
    }
}
