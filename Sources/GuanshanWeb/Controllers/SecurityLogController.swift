import Foundation
import GuanshanLibrary
import GuanshanModel
import Hummingbird

/// The security log for admins: `/admin/security` and `/api/v1/admin/security-events`, with the same
/// filters (`?kind=`, `?who=`, `?from=`, `?to=`, `?page=`).
struct SecurityLogController {
    typealias Context = SiteRequestContext

    let operations: OperationsService
    let pages: PageRenderer

    func addRoutes(admin: RouterGroup<Context>, router: Router<Context>) {
        admin.get("security", use: page)
        router.get("/api/v1/admin/security-events", use: api)
    }

    @Sendable func page(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let (page, filter) = try await events(request, context)
        let model = SecurityLogModel(page, filter: filter, context: try await pages.context(for: request, context))
        return try pages.render("adminSecurity", model)
    }

    struct EventJSON: Encodable {
        var id: Int64
        var at: Date
        var kind: String
        var actorID: Int64?
        var actor: String?
        var address: String?
        var subject: String?
        var detail: String?
    }

    @Sendable func api(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let (page, _) = try await events(request, context)
        return try APIResponse.json(ListJSON(page, as: "events") {
            EventJSON(
                id: $0.id, at: $0.at, kind: $0.kind.rawValue, actorID: $0.actorID, actor: $0.actorName, address: $0.address,
                subject: $0.subject, detail: $0.detail)
        })
    }

    private func events(_ request: Request, _ context: Context) async throws -> (Paged<SecurityEvent>, SecurityLogFilter) {
        let parameters = Parameters(request, context)
        let filter = try SecurityLogFilter(parameters)
        let zone = context.settings.timeZone
        let page = try await operations.securityEvents(
            kind: filter.kind, who: filter.who, since: filter.from?.start(in: zone), until: filter.to?.start(in: zone, plusDays: 1),
            pageNumber: try parameters.pageNumber())
        return (page, filter)
    }
}
