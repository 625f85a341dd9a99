import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// Reports (举报): `/d/{id}/report` for any visitor, `/admin/reports` for editors, and the same in the API.
struct ReportController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let reading: ReadingService
    let pages: PageRenderer

    func addRoutes(to admin: RouterGroup<Context>, router: Router<Context>) {
        router.get("/d/:id/report", use: form)
        router.post("/d/:id/report", use: send)
        router.post("/api/v1/documents/:id/reports", use: sendJSON)
        admin.get("reports", use: queue)
        admin.get("reports/:id", use: item)
        admin.post("reports/:id/dismiss", use: dismiss)
        admin.post("reports/:id/take-down", use: takeDown)
        let api = router.group("/api/v1/admin/reports").add(middleware: StaffOnlyMiddleware())
        api.get("", use: queueJSON)
        api.post(":id/dismiss", use: dismissJSON)
        api.post(":id/take-down", use: takeDownJSON)
    }

    /// The title of a published document (404 for any other).
    private func title(_ id: Int64) async throws -> String {
        try await reading.publishedSummary(id: id).title
    }

    @Sendable func form(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let title = try await title(id)
        return try await pages.renderWithFormCookie("reportForm", request: request, context: context) { ReportFormModel(title: title, id: id, context: $0) }
    }

    @Sendable func send(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let title = try await title(id)
        let reason = ReportReason(rawValue: context.form.text("reason")) ?? .other
        let details = context.form.text("details")
        do {
            try await editorial.report(documentID: id, reason: reason, details: details, by: context.visitor, address: context.clientAddress)
            return try await pages.renderWithFormCookie("reportForm", request: request, context: context) {
                ReportFormModel(title: title, id: id, thanked: true, context: $0)
            }
        } catch let error as ReportError {
            return try await pages.renderWithFormCookie("reportForm", request: request, context: context, status: error == .tooMany ? .tooManyRequests : .badRequest) {
                ReportFormModel(title: title, id: id, chosen: reason, details: details, error: $0.strings.sharing.message(for: error), context: $0)
            }
        }
    }

    struct ReportJSON: Decodable {
        var reason: String
        var details: String?
    }

    @Sendable func sendJSON(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: ReportJSON.self, context: context)
        guard let reason = ReportReason(rawValue: input.reason) else {
            throw ParameterError.invalid(name: "reason", allowed: ReportReason.allCases.map(\.rawValue).joined(separator: ", "))
        }
        do {
            try await editorial.report(documentID: id, reason: reason, details: input.details ?? "", by: context.visitor, address: context.clientAddress)
            return Response(status: .noContent)
        } catch let error as ReportError {
            return APIResponse.error(
                error == .tooMany ? .tooManyRequests : .badRequest, code: error == .tooMany ? .throttled : .badParameter,
                message: Strings.english.sharing.message(for: error), field: error == .tooMany ? nil : "details")
        }
    }

    @Sendable func queue(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let page = try await editorial.reportQueue(pageNumber: try parameters.pageNumber())
        return try pages.render("adminReports", ReportQueueModel(page, context: try await pages.context(for: request, context)))
    }

    @Sendable func item(_ request: Request, context: Context) async throws -> Response {
        try await renderItem(try Parameters(request, context).id(), request, context)
    }

    private func renderItem(_ id: Int64, _ request: Request, _ context: Context, error: ReviewError? = nil) async throws -> Response {
        let (document, reports) = try await editorial.reports(of: id)
        let pageContext = try await pages.context(for: request, context)
        let model = ReportItemModel(document, reports: reports, error: error.map(pageContext.strings.sharing.message(for:)), context: pageContext)
        return try pages.render("adminReportItem", model, status: error == nil ? .ok : .badRequest)
    }

    @Sendable func dismiss(_ request: Request, context: Context) async throws -> Response {
        try await editorial.dismissReports(documentID: try Parameters(request, context).id(), by: try context.signedIn(as: .editor))
        return .redirect(to: "/admin/reports", type: .normal)
    }

    @Sendable func takeDown(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let id = try Parameters(request, context).id()
        do {
            try await editorial.takeDownReported(documentID: id, reason: context.form.text("reason"), by: editor)
            return .redirect(to: "/admin/reports", type: .normal)
        } catch let error as ReviewError {
            return try await renderItem(id, request, context, error: error)
        }
    }

    struct ReportedJSON: Encodable {
        var id: Int64
        var title: String
        var reports: Int
        var reporters: Int
        var reasons: [String]
        var latest: Date
    }

    @Sendable func queueJSON(_ request: Request, context: Context) async throws -> Response {
        let page = try await editorial.reportQueue(pageNumber: try Parameters(request, context).pageNumber())
        return try APIResponse.json(ListJSON(page, as: "documents") {
            ReportedJSON(id: $0.documentID, title: $0.title, reports: $0.openReports, reporters: $0.reporters, reasons: $0.reasons.map(\.rawValue), latest: $0.latest)
        })
    }

    @Sendable func dismissJSON(_ request: Request, context: Context) async throws -> Response {
        try await editorial.dismissReports(documentID: try Parameters(request, context).id(), by: try context.signedIn(as: .editor))
        return Response(status: .noContent)
    }

    struct TakeDownJSON: Decodable { var reason: String }

    @Sendable func takeDownJSON(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: TakeDownJSON.self, context: context)
        do {
            try await editorial.takeDownReported(documentID: id, reason: input.reason, by: editor)
            return Response(status: .noContent)
        } catch let error as ReviewError {
            return ReviewController.refusal(error)
        }
    }
}
