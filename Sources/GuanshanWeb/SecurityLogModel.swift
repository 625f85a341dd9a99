import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanModel

/// What `/admin/security` is asked for: its filters, as the parameter door read them.
struct SecurityLogFilter {
    var kind: SecurityEventKind?
    var who: String?
    var from: Day?
    var to: Day?

    /// `?kind=`, `?who=`, `?from=` and `?to=` (days, `to` included).
    init(_ parameters: Parameters) throws {
        kind = try parameters.option("kind", as: SecurityEventKind.self)
        who = try parameters.query("who", as: Name.self, allowed: "at most 200 characters, no control characters")?.value
        from = try parameters.query("from", as: Day.self, allowed: "a day written 2026-12-06")
        to = try parameters.query("to", as: Day.self, allowed: "a day written 2026-12-06")
    }

    /// The address of these filters and page `page`, for the pager's links.
    func path(page: Int) -> String {
        let filters = [("kind", kind?.rawValue), ("who", who), ("from", from?.canonical), ("to", to?.canonical)]
        return SitePath.adminSecurity(filters: filters.compactMap { name, value in value.map { (name, $0) } }, page: page).path
    }
}

struct SecurityLogModel {
    struct Row {
        var time: String
        var kind: String
        var failure: Bool
        var actor: String
        var address: String
        var subject: String
        var detail: String
    }

    var layout: LayoutModel
    var nav: AdminNav
    var kinds: [Option]
    var who: String
    var from: String
    var to: String
    var rows: [Row]
    var noEvents: Bool
    var total: String
    var pager: PagerModel?

    init(_ page: Paged<SecurityEvent>, filter: SecurityLogFilter, context: PageContext) {
        let t = context.strings.security
        layout = LayoutModel(context: context, title: t.title)
        nav = AdminNav(.security, context: context)
        kinds = [Option(value: "", label: t.allKinds, selected: filter.kind == nil)]
            + SecurityEventKind.allCases.map { Option(value: $0.rawValue, label: t.name(of: $0), selected: $0 == filter.kind) }
        who = filter.who ?? ""
        from = filter.from?.canonical ?? ""
        to = filter.to?.canonical ?? ""
        rows = page.items.map { (event: SecurityEvent) -> Row in
            Row(
                time: context.dateTime(event.at), kind: t.name(of: event.kind),
                failure: [.signInFailed, .throttled, .confirmationFailed].contains(event.kind),
                actor: event.actorName ?? (event.address == nil ? t.commandLine : ""), address: event.address ?? "",
                subject: event.subject ?? "", detail: event.detail ?? "")
        }
        noEvents = rows.isEmpty
        total = DashboardModel.number(page.total)
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { filter.path(page: $0) }
    }
}
