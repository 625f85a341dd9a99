import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanText

/// The admin's tabs; users and settings for admins only.
struct AdminNav {
    struct Item { var label: String; var href: String; var current: Bool }

    var items: [Item]

    enum Tab: String { case dashboard, documents, review, reports, comments, categories, tags, users, security, words, settings }

    init(_ current: Tab, context: PageContext) {
        let t = context.strings.admin
        var tabs: [(Tab, String, String)] = [
            (.dashboard, t.dashboard, "/admin"), (.documents, t.documents, "/admin/documents"),
            (.review, context.strings.sharing.review, "/admin/review"), (.reports, context.strings.sharing.reports, "/admin/reports"),
            (.comments, context.strings.community.commentsAdmin, "/admin/comments"),
            (.categories, t.categories, "/admin/categories"), (.tags, t.tags, "/admin/tags"),
        ]
        if context.visitor?.user.role == .admin {
            tabs += [
                (.users, t.users, "/admin/users"), (.security, context.strings.security.title, "/admin/security"),
                (.words, t.words.title, "/admin/words"), (.settings, t.settings, "/admin/settings"),
            ]
        }
        items = tabs.map { Item(label: $1, href: $2, current: $0 == current) }
    }
}

struct Option { var value: String; var label: String; var selected: Bool }

/// A form that changes one thing, shown as a button.
struct ActionButton { var action: String; var label: String; var danger: Bool }

struct AdminDocumentsModel {
    struct Filter { var label: String; var href: String; var current: Bool; var count: String? }
    struct Row {
        var title: String
        var edit: String
        var view: String?
        var state: String
        var category: String?
        var updated: String
        var meta: String
        /// The editor of the document this one was imported as a near-duplicate of.
        var nearDuplicateOf: String?
        var actions: [ActionButton]
    }

    var layout: LayoutModel
    var nav: AdminNav
    var notice: String?
    var filters: [Filter]
    var categories: [Option]
    var query: String
    var state: String
    var rows: [Row]
    var pager: PagerModel?

    init(_ page: AdminDocumentPage, state: EditorialState?, categoryID: Int64?, query: String, categories: [Category], notice: String?, context: PageContext) {
        let t = context.strings.admin
        layout = LayoutModel(context: context, title: t.documents)
        nav = AdminNav(.documents, context: context)
        self.notice = notice
        let counts = page.counts
        func href(_ state: EditorialState?, page: Int = 1) -> String {
            AdminPath.documents(state: state, categoryID: categoryID, query: query, page: page)
        }
        filters = [Filter(label: t.allStates, href: href(nil), current: state == nil, count: nil)]
            + EditorialState.allCases.map { option in
                Filter(label: t.stateNames[option.rawValue] ?? option.rawValue, href: href(option), current: state == option, count: "\(counts[option] ?? 0)")
            }
        self.categories = [Option(value: "", label: context.strings.allCategories, selected: categoryID == nil)]
            + categories.map { Option(value: "\($0.id)", label: $0.name, selected: $0.id == categoryID) }
        self.query = query
        self.state = state?.rawValue ?? ""
        rows = page.documents.items.map { row in
            let id = row.summary.id
            let actions: [ActionButton] = row.state == .trashed
                ? [ActionButton(action: "/admin/documents/\(id)/restore", label: t.restore, danger: false),
                   ActionButton(action: "/admin/documents/\(id)/delete", label: t.deleteForever, danger: true)]
                : [ActionButton(action: "/admin/documents/\(id)/trash", label: t.trash, danger: true)]
            return Row(
                title: row.summary.title, edit: "/admin/documents/\(id)", view: row.state == .published ? SitePath.document(id).path : nil,
                state: t.stateNames[row.state.rawValue] ?? row.state.rawValue, category: row.summary.category?.name,
                updated: "\(t.updated) \(context.dateTime(row.updated))",
                meta: context.strings.listMeta(row.summary.characterCount, row.summary.readingMinutes),
                nearDuplicateOf: row.nearDuplicateOf.map { "/admin/documents/\($0)" }, actions: actions)
        }
        pager = PagerModel(current: page.documents.pageNumber, count: page.documents.pageCount, strings: context.strings) { href(state, page: $0) }
    }
}

/// Paths of the admin with their query strings.
enum AdminPath {
    static func documents(state: EditorialState?, categoryID: Int64?, query: String, page: Int = 1) -> String {
        var parts: [String] = []
        if let state { parts.append("state=\(state.rawValue)") }
        if let categoryID { parts.append("c=\(categoryID)") }
        if !query.isEmpty { parts.append("q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
        if page > 1 { parts.append("page=\(page)") }
        return "/admin/documents" + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&"))
    }
}

struct DocumentFormModel {
    struct Preview { var title: String; var stats: String; var body: String }

    var layout: LayoutModel
    var nav: AdminNav
    var heading: String
    var action: String
    var notice: String?
    var error: String?
    var title: String
    var body: String
    var formats: [Option]
    var category: String
    var categoryNames: [String]
    var tags: String
    var statuses: [Option]
    var preview: Preview?
    var isNew: Bool
    var view: String?
    var trash: ActionButton?

    init(
        draft: DocumentDraft, id: Int64?, state: EditorialState?, categories: [Category], context: PageContext,
        notice: String? = nil, error: String? = nil, preview: DraftPreview? = nil
    ) {
        let t = context.strings.admin
        heading = id == nil ? t.newDocument : t.editDocument
        layout = LayoutModel(context: context, title: heading)
        nav = AdminNav(.documents, context: context)
        action = id.map { "/admin/documents/\($0)" } ?? "/admin/documents/new"
        self.notice = notice
        self.error = error
        title = draft.title
        body = draft.body
        formats = BodyFormat.allCases.map { Option(value: $0.rawValue, label: t.formatNames[$0.rawValue] ?? $0.rawValue, selected: $0 == draft.format) }
        category = draft.category
        categoryNames = categories.map(\.name)
        tags = draft.tags
        statuses = [DocumentStatus.published, .draft].map {
            Option(value: $0.rawValue, label: t.stateNames[$0.rawValue] ?? $0.rawValue, selected: $0 == draft.status)
        }
        self.preview = preview.map {
            Preview(
                title: $0.title,
                stats: t.previewStats($0.stats.characterCount, $0.stats.readingMinutes, max($0.stats.pages.count, 1)),
                body: BlockHTML.render(BlockView.views(of: Array($0.blocks.enumerated()).map { ($0.offset, $0.element) }, headingOnly: [])))
        }
        isNew = id == nil
        view = id.flatMap { state == .published ? SitePath.document($0).path : nil }
        trash = id.flatMap { state == .trashed ? nil : ActionButton(action: "/admin/documents/\($0)/trash", label: t.trash, danger: true) }
    }
}

struct ImportResultModel {
    struct Link { var title: String; var href: String }
    struct Failure { var source: String; var message: String }
    struct NearDuplicate { var title: String; var href: String?; var similarTitle: String; var similarHref: String; var outcome: String }

    var layout: LayoutModel
    var nav: AdminNav
    var summary: String
    var imported: [Link]
    var skipped: [Link]
    var failed: [Failure]
    var nearDuplicates: [NearDuplicate]
    var allImports: String
    /// For an import done as a job with files that failed: where to ask for them to be tried again.
    var retryAction: String?
    var retryLabel: String
    var notice: String?

    init(_ report: ImportReport, job: Int64? = nil, notice: String? = nil, context: PageContext) {
        let t = context.strings.admin
        let words = ImportJobStrings.of(t.isEnglish)
        allImports = words.all
        retryAction = job.flatMap { report.failed.isEmpty ? nil : "/admin/imports/\($0)/retry-failed" }
        retryLabel = words.retryFailedFiles
        self.notice = notice
        layout = LayoutModel(context: context, title: t.importResult)
        nav = AdminNav(.documents, context: context)
        summary = t.importSummary(report.imported.count, report.skipped.count, report.failed.count)
        imported = report.imported.map { Link(title: $0.title, href: "/admin/documents/\($0.id)") }
        skipped = report.skipped.map { Link(title: $0.title, href: "/admin/documents/\($0.duplicateOf)") }
        failed = report.failed.map { Failure(source: $0.source.description, message: $0.problem.message(english: t.isEnglish)) }
        nearDuplicates = report.nearDuplicates.map { note in
            NearDuplicate(
                title: note.title, href: note.importedID.map { "/admin/documents/\($0)" }, similarTitle: note.similarTitle,
                similarHref: "/admin/documents/\(note.similarTo)", outcome: note.importedID == nil ? t.nearDuplicateSkipped : t.nearDuplicateMarked)
        }
    }
}

struct DashboardModel {
    struct Card { var label: String; var value: String }
    struct ImportItem { var when: String; var origin: String; var summary: String; var failures: [ImportResultModel.Failure] }

    var layout: LayoutModel
    var nav: AdminNav
    var cards: [Card]
    var chartTitle: String
    /// Markup drawn by `ViewsChart` from numbers and escaped labels.
    var chart: String
    var mostRead: [DocumentListItem]
    var imports: [ImportItem]

    init(_ dashboard: Dashboard, context: PageContext) {
        let t = context.strings.admin
        layout = LayoutModel(context: context, title: t.dashboard)
        nav = AdminNav(.dashboard, context: context)
        let figures = dashboard.figures
        cards = [
            Card(label: t.stateNames["published"] ?? "", value: Self.number(figures.counts[.published] ?? 0)),
            Card(label: t.stateNames["draft"] ?? "", value: Self.number(figures.counts[.draft] ?? 0)),
            Card(label: t.totalCharacters, value: Self.number(figures.characters)),
            Card(label: t.totalViews, value: Self.number(figures.views)),
        ]
        chartTitle = t.viewsPerDay
        chart = ViewsChart(
            days: zip(dashboard.days, figures.dailyViews).map { ViewsChart.Day(label: $0.text, views: $1) }, title: t.viewsPerDay,
            describe: t.chartLabel
        ).svg
        mostRead = figures.mostRead.map { DocumentListItem($0, context: context) }
        imports = figures.recentImports.map { run in
            ImportItem(
                when: context.dateTime(run.finished), origin: t.origins[run.origin] ?? run.origin,
                summary: t.importSummary(run.imported, run.skipped, run.failures.count),
                failures: run.failures.map { .init(source: $0.source, message: $0.message(english: t.isEnglish)) })
        }
    }

    /// 12,345 with grouping, as both languages write long numbers.
    static func number(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: value)) ?? "\(value)"
    }
}

struct CategoriesModel {
    struct Row { var id: Int64; var name: String; var slug: String; var count: Int; var href: String }

    var layout: LayoutModel
    var nav: AdminNav
    var error: String?
    var rows: [Row]

    init(_ categories: [Category], error: String? = nil, context: PageContext) {
        layout = LayoutModel(context: context, title: context.strings.admin.categories)
        nav = AdminNav(.categories, context: context)
        self.error = error
        rows = categories.map { Row(id: $0.id, name: $0.name, slug: $0.slug, count: $0.documentCount, href: SitePath.category(slug: $0.slug).path) }
    }
}

struct TagsModel {
    struct Row { var name: String; var count: Int; var href: String }

    var layout: LayoutModel
    var nav: AdminNav
    var error: String?
    var rows: [Row]

    init(_ tags: [TagRow], error: String? = nil, context: PageContext) {
        layout = LayoutModel(context: context, title: context.strings.admin.tags)
        nav = AdminNav(.tags, context: context)
        self.error = error
        rows = tags.map { Row(name: $0.name, count: $0.documentCount, href: SitePath.tag($0.name).path) }
    }
}

struct UsersModel {
    struct Row {
        var id: Int64
        var name: String
        var displayName: String
        var created: String
        var roles: [Option]
        var disabled: Bool
        var isSelf: Bool
        var toggle: ActionButton
        var contributor: ActionButton?
        var isContributor: Bool
        var bans: [BanView]
        /// Nil for the admin's own account and for admins.
        var banForm: BanForm?
    }

    struct BanView { var text: String; var lift: ActionButton }
    struct BanForm { var action: String; var scopes: [Option]; var lengths: [Option] }

    var layout: LayoutModel
    var nav: AdminNav
    var error: String?
    var rows: [Row]
    var pager: PagerModel?

    init(_ page: Paged<User>, bans: [Int64: [AccountBan]] = [:], error: String? = nil, context: PageContext) {
        let t = context.strings.admin
        let roleNames = context.strings.account.roleNames
        layout = LayoutModel(context: context, title: t.users)
        nav = AdminNav(.users, context: context)
        self.error = error
        let selfID = context.visitor?.user.id
        rows = page.items.map { user in
            Row(
                id: user.id, name: user.name, displayName: user.displayName, created: context.date(user.created),
                roles: [Role.admin, .editor, .reader].map { Option(value: $0.rawValue, label: roleNames[$0.rawValue] ?? $0.rawValue, selected: $0 == user.role) },
                disabled: user.disabled, isSelf: user.id == selfID,
                toggle: ActionButton(action: "/admin/users/\(user.id)/\(user.disabled ? "enable" : "disable")", label: user.disabled ? t.enable : t.disable, danger: !user.disabled),
                contributor: user.role == .reader
                    ? ActionButton(
                        action: "/admin/users/\(user.id)/\(user.contributor ? "not-contributor" : "contributor")",
                        label: user.contributor ? context.strings.sharing.unmakeContributor : context.strings.sharing.makeContributor, danger: false)
                    : nil,
                isContributor: user.contributor && user.role == .reader,
                bans: (bans[user.id] ?? []).map { ban in
                    BanView(
                        text: context.strings.sharing.banText(ban),
                        lift: ActionButton(action: "/admin/users/\(user.id)/unban/\(ban.scope.rawValue)", label: context.strings.sharing.liftBan, danger: false))
                },
                banForm: user.id == selfID || user.role == .admin ? nil : BanForm(
                    action: "/admin/users/\(user.id)/ban",
                    scopes: BanScope.allCases.map { Option(value: $0.rawValue, label: context.strings.sharing.banScopes[$0.rawValue] ?? $0.rawValue, selected: false) },
                    lengths: BanLength.choices.map { Option(value: $0.code, label: context.strings.sharing.banLengths[$0.code] ?? $0.code, selected: $0 == .days(7)) }))
        }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { "/admin/users?page=\($0)" }
    }
}

struct SettingsModel {
    struct Field {
        var name: String; var label: String; var value: String; var hint: String?; var invalid: Bool; var kind: String; var limit: Int
        /// Many lines: a `textarea`.
        var multiline = false
    }

    var layout: LayoutModel
    var nav: AdminNav
    var notice: String?
    var error: String?
    var site: [Field]
    var reading: [Field]
    var registrationOpen: Bool
    var skipNearDuplicates: Bool
    var originalDownloads: [Choice]
    var originals: [Field]
    var promo: [Field]
    var footer: [Field]
    var adverts: [Field]
    var analyticsServices: [Choice]
    var analytics: [Field]
    var sharingChoices: [Choice]
    var reviewChoices: [Choice]
    var takedownChoices: [Choice]
    var commentChoices: [Choice]
    var sharingLimits: [Field]

    struct Choice { var value: String; var label: String; var checked: Bool }

    init(_ form: SettingsForm, invalid: String? = nil, notice: String? = nil, context: PageContext) {
        let t = context.strings.admin
        layout = LayoutModel(context: context, title: t.settings)
        nav = AdminNav(.settings, context: context)
        self.notice = notice
        error = invalid == nil ? nil : t.invalidSetting
        /// A field of `SiteSettings.fields`, with its words; what it holds and its limit come from there.
        func field(_ name: String, _ label: String, hint: String? = nil) -> Field {
            let declared = SiteSettings.field(named: name)
            let kind = switch declared?.kind {
            case .number: "number"
            case .siteAddress, .analyticsHost: "url"
            default: "text"
            }
            let value = declared?.text.map { form[keyPath: $0] } ?? ""
            return Field(
                name: name, label: label, value: value, hint: hint, invalid: invalid == name, kind: kind, limit: declared?.limit ?? 60,
                multiline: declared?.kind == .friendLinks || declared?.kind == .advert)
        }
        let words = t.furniture
        site = [
            field("siteName", t.siteName), field("slogan", t.slogan), field("tagline", t.tagline),
            field("publicURL", t.publicURL, hint: t.publicURLHint), field("footer", t.footer),
        ]
        reading = [
            field("pageBudget", t.pageBudget, hint: t.pageBudgetHint), field("readingSpeed", t.readingSpeed, hint: t.readingSpeedHint),
        ]
        registrationOpen = form.registrationOpen
        skipNearDuplicates = form.skipNearDuplicates
        originals = [field("previewPages", t.previewPages, hint: t.previewPagesHint)]
        originalDownloads = OriginalDownloads.allCases.map { choice in
            Choice(value: choice.rawValue, label: t.originalDownloadChoices[choice.rawValue] ?? choice.rawValue, checked: form.originalDownloads == choice.rawValue)
        }
        promo = [
            field("promoCaption", t.promoCaption), field("promoImage", t.promoImage, hint: t.promoImageHint),
            field("promoTarget", t.promoTarget, hint: t.promoTargetHint),
        ]
        footer = [
            field("friendLinks", words.friendLinks, hint: words.friendLinksHint), field("icpRecord", words.icpRecord, hint: words.icpRecordHint),
            field("policeRecord", words.policeRecord, hint: words.policeRecordHint),
        ]
        adverts = AdvertSlot.allCases.map { slot in
            field("advert" + slot.rawValue.prefix(1).uppercased() + slot.rawValue.dropFirst(), words.advertSlots[slot.rawValue] ?? slot.rawValue)
        }
        analyticsServices = Analytics.Service.allCases.map { service in
            Choice(value: service.rawValue, label: words.analyticsServices[service.rawValue] ?? service.rawValue, checked: form.analyticsService == service.rawValue)
        }
        analytics = [
            field("analyticsID", words.analyticsID, hint: words.analyticsIDHint), field("analyticsHost", words.analyticsHost, hint: words.analyticsHostHint),
        ]
        let sharing = context.strings.sharing
        sharingChoices = Sharing.allCases.map { choice in
            Choice(value: choice.rawValue, label: sharing.sharingChoices[choice.rawValue] ?? choice.rawValue, checked: form.sharing == choice.rawValue)
        }
        reviewChoices = Review.allCases.map { choice in
            Choice(value: choice.rawValue, label: sharing.reviewChoices[choice.rawValue] ?? choice.rawValue, checked: form.review == choice.rawValue)
        }
        let community = context.strings.community
        takedownChoices = TakedownReuploads.allCases.map { choice in
            Choice(value: choice.rawValue, label: community.takedownChoices[choice.rawValue] ?? choice.rawValue, checked: form.takedownReuploads == choice.rawValue)
        }
        commentChoices = Comments.allCases.map { choice in
            Choice(value: choice.rawValue, label: community.commentChoices[choice.rawValue] ?? choice.rawValue, checked: form.comments == choice.rawValue)
        }
        sharingLimits = [
            field("dailyUploadFiles", sharing.dailyUploadFiles), field("dailyUploadMegabytes", sharing.dailyUploadMegabytes),
            field("reportsToHide", sharing.reportsToHide, hint: sharing.reportsToHideHint),
        ]
    }
}
