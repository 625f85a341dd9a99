import Foundation
import GuanshanLibrary
import GuanshanModel

/// `/copyright`: the copyright notice form, as sent when it was refused.
struct CopyrightFormModel {
    struct Choice { var value: String; var label: String; var checked: Bool }

    var layout: LayoutModel
    var claimant: String
    var agentChoices: [Choice]
    var contact: String
    var work: String
    var documents: String
    var details: String
    var declared: Bool
    var error: String?
    var notice: String?
    var showForm: Bool

    init(_ form: CopyrightNoticeForm, error: String? = nil, thanked: Bool = false, context: PageContext) {
        let t = context.strings.community
        layout = LayoutModel(context: context, title: t.copyright)
        claimant = form.claimant
        agentChoices = [("holder", !form.byAgent), ("agent", form.byAgent)].map { Choice(value: $0.0, label: t.agentChoices[$0.0] ?? $0.0, checked: $0.1) }
        contact = form.contact
        work = form.work
        documents = form.documents
        details = form.details
        declared = form.declared
        self.error = error
        notice = thanked ? t.thanks : nil
        showForm = !thanked
    }
}

/// The filters above the reports, the copyright notices and the takedown records, which share a tab.
struct ReportsFilter {
    var label: String
    var href: String
    var current: Bool

    static func tabs(_ current: String, context: PageContext) -> [ReportsFilter] {
        let t = context.strings
        return [
            ("/admin/reports", t.sharing.reports), ("/admin/copyright?open=1", t.community.notices), ("/admin/takedowns", t.community.takedowns),
        ].map { ReportsFilter(label: $0.1, href: $0.0, current: $0.0 == current) }
    }
}

/// `/admin/copyright`: the notices received, newest first.
struct CopyrightListModel {
    struct DocumentLink { var id: Int64; var href: String }
    struct Row {
        var id: Int64
        var claimant: String
        var state: String
        var role: String
        var contact: String
        var work: String
        var documents: [DocumentLink]
        var hasDetails: Bool
        var details: String
        var when: String
        var isOpen: Bool
        var handleAction: String
    }

    var layout: LayoutModel
    var nav: AdminNav
    var tabs: [ReportsFilter]
    var rows: [Row]
    var pager: PagerModel?

    init(_ page: Paged<CopyrightNotice>, open: Int, openOnly: Bool, context: PageContext) {
        let t = context.strings.community
        layout = LayoutModel(context: context, title: t.notices)
        nav = AdminNav(.reports, context: context)
        tabs = ReportsFilter.tabs("/admin/copyright?open=1", context: context)
        tabs[1].label = t.notices + (t.isEnglish ? " (\(open) open)" : "（\(open) 件未处理）")
        tabs[1].current = openOnly
        tabs.insert(ReportsFilter(label: t.allNotices, href: "/admin/copyright", current: !openOnly), at: 2)
        rows = page.items.map { notice in
            Row(
                id: notice.id, claimant: notice.claimant, state: notice.handled == nil ? t.openNote : t.handled,
                role: t.agentChoices[notice.byAgent ? "agent" : "holder"] ?? "", contact: notice.contact, work: notice.work,
                documents: notice.documentIDs.map { DocumentLink(id: $0, href: "/admin/reports/\($0)") },
                hasDetails: !notice.details.isEmpty, details: notice.details, when: context.dateTime(notice.created),
                isOpen: notice.handled == nil, handleAction: "/admin/copyright/\(notice.id)/handled")
        }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) {
            "/admin/copyright?" + (openOnly ? "open=1&" : "") + "page=\($0)"
        }
    }
}

/// `/admin/takedowns`: the takedown records, newest first.
struct TakedownListModel {
    struct Row { var id: Int64; var title: String; var hasDocument: Bool; var href: String; var reason: String; var by: String; var when: String; var deleteAction: String }

    var layout: LayoutModel
    var nav: AdminNav
    var tabs: [ReportsFilter]
    var rows: [Row]
    var pager: PagerModel?

    init(_ page: Paged<Takedown>, deciders: [Int64: String], context: PageContext) {
        let t = context.strings.community
        layout = LayoutModel(context: context, title: t.takedowns)
        nav = AdminNav(.reports, context: context)
        tabs = ReportsFilter.tabs("/admin/takedowns", context: context)
        rows = page.items.map { record in
            Row(
                id: record.id, title: record.title, hasDocument: record.documentID != nil, href: record.documentID.map { "/admin/documents/\($0)" } ?? "",
                reason: record.reason, by: record.deciderID.flatMap { deciders[$0] } ?? t.bySite, when: context.dateTime(record.created),
                deleteAction: "/admin/takedowns/\(record.id)/delete")
        }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { "/admin/takedowns?page=\($0)" }
    }
}
