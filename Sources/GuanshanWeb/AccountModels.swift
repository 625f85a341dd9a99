import Foundation
import GuanshanLibrary
import GuanshanModel
import HTTPTypes

/// The login, registration and setup pages.
struct SignFormModel {
    struct Alternative { var prompt: String; var href: String; var label: String }

    var layout: LayoutModel
    var heading: String
    var intro: String?
    var error: String?
    var showForm = true
    var action: String
    var next: String?
    var name: String
    var isNewAccount: Bool
    var passwordAutocomplete: String
    var button: String
    var alternative: Alternative?

    static func login(context: PageContext, name: String = "", next: String?, error: String? = nil) -> SignFormModel {
        let t = context.strings.account
        return SignFormModel(
            layout: LayoutModel(context: context, title: t.logIn), heading: t.logIn, error: error, action: SitePath.login(next: nil).path,
            next: next.flatMap(SitePath.localPath), name: name, isNewAccount: false, passwordAutocomplete: "current-password", button: t.logIn,
            alternative: context.settings.registrationOpen ? Alternative(prompt: t.noAccount, href: SitePath.register.path, label: t.register) : nil)
    }

    static func register(context: PageContext, name: String = "", error: String? = nil) -> SignFormModel {
        let t = context.strings.account
        return SignFormModel(
            layout: LayoutModel(context: context, title: t.register), heading: t.register, error: error,
            showForm: context.settings.registrationOpen, action: SitePath.register.path, name: name, isNewAccount: true,
            passwordAutocomplete: "new-password", button: t.register,
            alternative: Alternative(prompt: t.haveAccount, href: SitePath.login(next: nil).path, label: t.logIn))
    }

    static func setup(context: PageContext, secret: String, open: Bool, name: String = "", error: String? = nil) -> SignFormModel {
        let t = context.strings.account
        return SignFormModel(
            layout: LayoutModel(context: context, title: t.setupTitle), heading: t.setupTitle, intro: open ? t.setupIntro : nil,
            error: error, showForm: open, action: SitePath.setup(secret: secret).path, name: name, isNewAccount: true,
            passwordAutocomplete: "new-password", button: t.setupButton)
    }
}

/// `/me`.
struct ProfileModel {
    struct TokenItem { var name: String; var scope: String; var created: String; var expires: String; var used: String; var revoke: String }

    var layout: LayoutModel
    var name: String
    var displayName: String
    var role: String
    var since: String
    var notice: String?
    var error: String?
    var newToken: String?
    var tokens: [TokenItem]
    var hasTokens: Bool
    /// The scopes the account may give a token (admin for admins only), read chosen.
    var scopes: [Option]
    var lifetimes: [Option]

    init(visitor: Visitor, tokens: [APIToken], context: PageContext, notice: String? = nil, error: String? = nil, newToken: String? = nil) {
        let t = context.strings.account
        layout = LayoutModel(context: context, title: t.profile)
        name = visitor.user.name
        displayName = visitor.user.displayName
        role = t.roleNames[visitor.user.role.rawValue] ?? visitor.user.role.rawValue
        since = context.date(visitor.user.created)
        self.notice = notice
        self.error = error
        self.newToken = newToken
        self.tokens = tokens.map { token in
            TokenItem(
                name: token.name, scope: t.tokenScopeNames[token.scope.rawValue] ?? token.scope.rawValue, created: context.date(token.created),
                expires: t.tokenExpires(context.date(token.expires)),
                used: token.lastUsed.map { "\(t.tokenLastUsed) \(context.dateTime($0))" } ?? t.tokenNeverUsed,
                revoke: "/me/tokens/\(token.id)/delete")
        }
        hasTokens = !tokens.isEmpty
        scopes = TokenScope.allCases.filter { $0 != .admin || visitor.user.role == .admin }.map {
            Option(value: $0.rawValue, label: t.tokenScopeNames[$0.rawValue] ?? $0.rawValue, selected: $0 == .read)
        }
        lifetimes = Accounts.tokenLifetimes.map { Option(value: String($0), label: t.days($0), selected: $0 == Accounts.defaultTokenLifetime) }
    }
}

/// `/me/favorites` and `/me/history`.
struct PersonalModel {
    struct Field { var name: String; var value: String }
    struct Entry {
        var href: String
        var title: String
        var when: String
        var reached: String?
        var meta: String
        var removeAction: String
        var removeField: [Field]
        var removeLabel: String
    }

    var layout: LayoutModel
    var heading: String
    var countText: String
    var emptyText: String
    var entries: [Entry]
    var pager: PagerModel?
    var clearAction: String?

    static func favorites(_ page: Paged<PersonalEntry>, context: PageContext) -> PersonalModel {
        let t = context.strings.account
        let here = SitePath.favorites(page: page.pageNumber).path
        return PersonalModel(
            page: page, heading: t.favorites, emptyText: t.emptyFavorites, context: context, href: { SitePath.favorites(page: $0).path }
        ) { entry in
            Entry(
                href: entry.continueHref, title: entry.document.title,
                when: t.favoritedAt(context.date(entry.at)), reached: entry.page > 1 ? t.reachedPage(entry.page) : nil,
                meta: context.strings.listMeta(entry.document.characterCount, entry.document.readingMinutes),
                removeAction: SitePath.favorite(entry.document.id).path,
                removeField: [Field(name: "on", value: "0"), Field(name: "next", value: here)], removeLabel: t.removeFavorite)
        }
    }

    static func history(_ page: Paged<PersonalEntry>, context: PageContext) -> PersonalModel {
        let t = context.strings.account
        var model = PersonalModel(
            page: page, heading: t.history, emptyText: t.emptyHistory, context: context, href: { SitePath.history(page: $0).path }
        ) { entry in
            Entry(
                href: entry.continueHref, title: entry.document.title,
                when: t.readAt(context.dateTime(entry.at)), reached: t.continueReading(entry.page),
                meta: context.strings.listMeta(entry.document.characterCount, entry.document.readingMinutes),
                removeAction: "/me/history/\(entry.document.id)/delete", removeField: [], removeLabel: t.remove)
        }
        model.clearAction = page.total > 0 ? "/me/history/clear" : nil
        return model
    }

    private init(
        page: Paged<PersonalEntry>, heading: String, emptyText: String, context: PageContext, href: @escaping (Int) -> String,
        entry: (PersonalEntry) -> Entry
    ) {
        layout = LayoutModel(context: context, title: page.pageNumber > 1 ? heading + context.strings.pageMarker(page.pageNumber, page.pageCount) : heading)
        self.heading = heading
        countText = context.strings.documentCount(page.total)
        self.emptyText = emptyText
        entries = page.items.map(entry)
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings, href: href)
    }
}

extension AccountStrings {
    /// What to tell a person whose account action was refused.
    func message(for error: AccountError) -> String {
        switch error {
        case .invalidName: invalidName
        case .nameNotAllowed: nameNotAllowed
        case .invalidDisplayName: invalidDisplayName
        case .nameTaken: nameTaken
        case .passwordTooShort: passwordTooShort
        case .passwordTooLong: passwordTooLong
        case .passwordTooCommon: passwordTooCommon
        case .wrongCredentials: wrongCredentials
        case .wrongPassword: wrongPassword
        case .accountDisabled: accountDisabled
        case .banned(let until, let reason): banned(until.map(Self.banEnd), reason)
        case .invalidBanReason: invalidBanReason
        case .adminNotBannable: adminNotBannable
        case .registrationClosed: registrationClosed
        case .throttled(let attempt, let retryAfter):
            switch attempt {
            case .logIn: loginThrottled(wait(retryAfter))
            case .registration: registrationThrottled(wait(retryAfter))
            case .passwordConfirmation: confirmationThrottled(wait(retryAfter))
            }
        case .busy: busy
        case .setupUnavailable: setupUnavailable
        case .lastAdmin: lastAdmin
        case .tokenNotFound: forbiddenText
        case .invalidTokenName: invalidTokenName
        case .invalidTokenScope: invalidTokenScope
        case .invalidTokenLifetime: invalidTokenLifetime
        case .tokenScopeAboveRole: tokenScopeAboveRole
        case .tokenNeedsSession: tokenNeedsSession
        case .tokenExpired: tokenExpired
        }
    }
}

extension AccountStrings {
    /// When a ban ends, to the minute, in China's time (the site's zone).
    static func banEnd(_ date: Date) -> String {
        let parts = DateParts(date, in: TimeZone(identifier: "Asia/Shanghai") ?? .gmt)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year, parts.month, parts.day, parts.hour, parts.minute)
    }

    /// A wait in seconds under a minute, else in whole minutes rounded up.
    func wait(_ seconds: TimeInterval) -> String {
        let whole = Int(max(1, min(seconds, 86_400).rounded(.up)))
        return whole < 60 ? self.seconds(whole) : minutes((whole + 59) / 60)
    }
}

extension AccountError {
    var status: HTTPResponse.Status {
        switch self {
        case .wrongCredentials, .tokenExpired: .unauthorized
        case .wrongPassword, .accountDisabled, .banned, .adminNotBannable, .registrationClosed, .lastAdmin, .tokenScopeAboveRole, .tokenNeedsSession:
            .forbidden
        case .invalidBanReason: .badRequest
        case .throttled: .tooManyRequests
        case .busy: .serviceUnavailable
        case .setupUnavailable, .tokenNotFound: .notFound
        case .nameTaken: .conflict
        case .invalidName, .nameNotAllowed, .invalidDisplayName, .passwordTooShort, .passwordTooLong, .passwordTooCommon, .invalidTokenName, .invalidTokenScope,
             .invalidTokenLifetime: .badRequest
        }
    }

    /// The Retry-After header of a refusal to wait: whole seconds; nil for any other refusal.
    var retryAfter: String? {
        guard case .throttled(_, let seconds) = self else { return nil }
        return String(Int(max(1, seconds.rounded(.up))))
    }
}

extension AccountError {
    /// The refusal in words, for the command line.
    public func message(in language: Language) -> String {
        language.strings.account.message(for: self)
    }
}

extension PersonalEntry {
    /// Where the reader goes on: the page reached, at the block they went to last.
    var continueHref: String {
        SitePath.block(document.id, page: page, block: block, noting: true).path
    }
}
