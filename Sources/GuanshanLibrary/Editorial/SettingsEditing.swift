import Foundation
internal import GuanshanStore
public import GuanshanModel
import GuanshanText

/// The settings form of the admin, as typed.
public struct SettingsForm: Sendable {
    public var siteName: String
    public var slogan: String
    public var tagline: String
    public var publicURL: String
    public var pageBudget: String
    public var readingSpeed: String
    public var registrationOpen: Bool
    public var skipNearDuplicates: Bool
    public var footer: String
    public var promoCaption: String
    public var promoImage: String
    public var promoTarget: String

    public init(_ settings: SiteSettings) {
        siteName = settings.siteName
        slogan = settings.slogan
        tagline = settings.tagline
        publicURL = settings.publicURL?.absoluteString ?? ""
        pageBudget = String(settings.pageBudget)
        readingSpeed = String(settings.readingSpeed)
        registrationOpen = settings.registrationOpen
        skipNearDuplicates = settings.skipNearDuplicates
        footer = settings.footer
        promoCaption = settings.promoCaption
        promoImage = settings.promoImage
        promoTarget = settings.promoTarget
    }
}

extension Library {
    /// Checks and saves the settings. A new page budget or reading speed is not applied here: the
    /// documents are laid out again by `layout`, which follows the settings; true when that is under way.
    @discardableResult
    public func saveSettings(_ form: SettingsForm, by admin: Visitor?) async throws -> Bool {
        let old = try await settings()
        let values = try Self.checked(form)
        try await layout.noteCurrent(old)
        try await commit { try await store.setSettings(values) }
        let before = (try? Self.checked(SettingsForm(old))) ?? [:]
        let changed = values.filter { before[$0.key] != $0.value }.keys.sorted()
        if !changed.isEmpty { await securityLog.record(.settingsChanged, by: admin, detail: changed.joined(separator: ", ")) }
        return try await layout.progress() != nil
    }

    private static func checked(_ form: SettingsForm) throws -> [String: String] {
        func text(_ value: String, _ field: String, limit: Int, required: Bool = false) throws -> String {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.unicodeScalars.count <= limit, !required || !trimmed.isEmpty else { throw EditorialError.invalidSetting(field) }
            return trimmed
        }
        let url = form.publicURL.trimmingCharacters(in: .whitespaces)
        guard url.isEmpty || SiteSettings.publicURL(url) != nil else { throw EditorialError.invalidSetting("publicURL") }
        guard let budget = Int(form.pageBudget.trimmingCharacters(in: .whitespaces)), SiteSettings.pageBudgets.contains(budget) else {
            throw EditorialError.invalidSetting("pageBudget")
        }
        guard let speed = Int(form.readingSpeed.trimmingCharacters(in: .whitespaces)), SiteSettings.readingSpeeds.contains(speed) else {
            throw EditorialError.invalidSetting("readingSpeed")
        }
        let image = try text(form.promoImage, "promoImage", limit: 500)
        guard image.isEmpty || image.hasPrefix("/") && !image.hasPrefix("//") || SiteSettings.imageURL(image) != nil else {
            throw EditorialError.invalidSetting("promoImage")
        }
        typealias Key = SiteSettings.Key
        return [
            Key.siteName.rawValue: try text(form.siteName, "siteName", limit: 40, required: true),
            Key.slogan.rawValue: try text(form.slogan, "slogan", limit: 60),
            Key.tagline.rawValue: try text(form.tagline, "tagline", limit: 60),
            Key.publicURL.rawValue: url,
            Key.pageBudget.rawValue: String(budget),
            Key.readingSpeed.rawValue: String(speed),
            Key.registrationOpen.rawValue: form.registrationOpen ? "on" : "off",
            Key.skipNearDuplicates.rawValue: form.skipNearDuplicates ? "skip" : "mark",
            Key.footer.rawValue: try text(form.footer, "footer", limit: 200),
            Key.promoCaption.rawValue: try text(form.promoCaption, "promoCaption", limit: 60),
            Key.promoImage.rawValue: image,
            Key.promoTarget.rawValue: try text(form.promoTarget, "promoTarget", limit: 500),
        ]
    }
}
