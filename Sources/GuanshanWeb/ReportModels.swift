import Foundation
import GuanshanLibrary
import GuanshanModel

/// `/d/{id}/report`: the reasons to choose from and the details.
struct ReportFormModel {
    struct Reason { var value: String; var label: String; var checked: Bool }

    var layout: LayoutModel
    var title: String
    var documentHref: String
    var action: String
    var copyrightHref: String
    var reasons: [Reason]
    var details: String
    var error: String?
    var notice: String?
    var showForm: Bool

    init(title: String, id: Int64, chosen: ReportReason? = nil, details: String = "", error: String? = nil, thanked: Bool = false, context: PageContext) {
        let t = context.strings.sharing
        layout = LayoutModel(context: context, title: t.reportTitle)
        self.title = title
        documentHref = SitePath.document(id).path
        action = SitePath.report(id).path
        copyrightHref = SitePath.copyright(document: id).path
        reasons = ReportReason.allCases.map { Reason(value: $0.rawValue, label: t.reportReasons[$0.rawValue] ?? $0.rawValue, checked: $0 == (chosen ?? .infringement)) }
        self.details = details
        self.error = error
        notice = thanked ? t.reportThanks : nil
        showForm = !thanked
    }
}

/// `/admin/reports`: documents with reports to deal with, the latest report first.
struct ReportQueueModel {
    struct Row { var title: String; var href: String; var count: String; var reasons: String; var latest: String }

    var layout: LayoutModel
    var nav: AdminNav
    var tabs: [ReportsFilter]
    var notice: String?
    var rows: [Row]
    var pager: PagerModel?

    init(_ page: Paged<ReportedDocument>, notice: String? = nil, context: PageContext) {
        let t = context.strings.sharing
        layout = LayoutModel(context: context, title: t.reports)
        nav = AdminNav(.reports, context: context)
        tabs = ReportsFilter.tabs("/admin/reports", context: context)
        self.notice = notice
        rows = page.items.map { row in
            Row(
                title: row.title, href: "/admin/reports/\(row.documentID)", count: t.reporters(row.openReports, row.reporters),
                reasons: row.reasons.map { t.reportReasons[$0.rawValue] ?? $0.rawValue }.joined(separator: t.isEnglish ? ", " : "、"),
                latest: context.dateTime(row.latest))
        }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { "/admin/reports?page=\($0)" }
    }
}

/// `/admin/reports/{id}`: a document's reports, and taking it down or dismissing them.
struct ReportItemModel {
    struct Report { var reason: String; var details: String; var when: String }

    var layout: LayoutModel
    var nav: AdminNav
    var error: String?
    var title: String
    var state: String
    var view: String?
    var edit: String
    var reports: [Report]
    var dismissAction: String
    var takeDownAction: String

    init(_ document: EditableDocument, reports: [DocumentReport], error: String? = nil, context: PageContext) {
        let t = context.strings.sharing
        let id = document.document.id
        layout = LayoutModel(context: context, title: t.reports + " · " + document.document.summary.title)
        nav = AdminNav(.reports, context: context)
        self.error = error
        title = document.document.summary.title
        state = context.strings.admin.stateNames[document.state.rawValue] ?? document.state.rawValue
        view = document.state == .published ? SitePath.document(id).path : nil
        edit = "/admin/documents/\(id)"
        self.reports = reports.map { Report(reason: t.reportReasons[$0.reason.rawValue] ?? $0.reason.rawValue, details: $0.details, when: context.dateTime($0.created)) }
        dismissAction = "/admin/reports/\(id)/dismiss"
        takeDownAction = "/admin/reports/\(id)/take-down"
    }
}
