import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// Copyright notices and takedown records: `/copyright` for any visitor, `/admin/copyright` and
/// `/admin/takedowns` for editors, and the same in the API.
struct CopyrightController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let pages: PageRenderer

    func addRoutes(to admin: RouterGroup<Context>, router: Router<Context>) {
        router.get("/copyright", use: form)
        router.post("/copyright", use: send)
        router.post("/api/v1/copyright-notices", use: sendJSON)
        admin.get("copyright", use: notices)
        admin.post("copyright/:id/handled", use: handle)
        admin.get("takedowns", use: takedowns)
        admin.post("takedowns/:id/delete", use: deleteTakedown)
        let notices = router.group("/api/v1/admin/copyright-notices").add(middleware: StaffOnlyMiddleware())
        notices.get("", use: noticesJSON)
        notices.post(":id/handled", use: handleJSON)
        let records = router.group("/api/v1/admin/takedowns").add(middleware: StaffOnlyMiddleware())
        records.get("", use: takedownsJSON)
        records.delete(":id", use: deleteTakedownJSON)
    }

    // MARK: The notice

    @Sendable func form(_ request: Request, context: Context) async throws -> Response {
        // `?d=12` names the document the visitor came from.
        let document = try Parameters(request, context).query("d", as: Identifier.self, allowed: "a document id")?.value
        let form = CopyrightNoticeForm(
            claimant: "", contact: "", byAgent: false, work: "", documents: document.map { SitePath.document($0).path } ?? "", details: "", declared: false)
        return try await pages.renderWithFormCookie("copyrightForm", request: request, context: context) { CopyrightFormModel(form, context: $0) }
    }

    @Sendable func send(_ request: Request, context: Context) async throws -> Response {
        let fields = context.form
        let form = CopyrightNoticeForm(
            claimant: fields.text("claimant"), contact: fields.text("contact"), byAgent: fields.text("role") == "agent", work: fields.text("work"),
            documents: fields.text("documents"), details: fields.text("details"), declared: fields.text("declared") == "on")
        do {
            try await editorial.sendCopyrightNotice(form, by: context.visitor, address: context.clientAddress)
            return try await pages.renderWithFormCookie("copyrightForm", request: request, context: context) {
                CopyrightFormModel(form, thanked: true, context: $0)
            }
        } catch let error as CopyrightNoticeError {
            return try await pages.renderWithFormCookie("copyrightForm", request: request, context: context, status: Self.status(error)) {
                CopyrightFormModel(form, error: $0.strings.community.message(for: error), context: $0)
            }
        }
    }

    static func status(_ error: CopyrightNoticeError) -> HTTPResponse.Status {
        error == .tooMany ? .tooManyRequests : .badRequest
    }

    struct NoticeJSON: Decodable {
        var claimant: String
        var contact: String
        var byAgent: Bool?
        var work: String
        var documents: [String]
        var details: String?
        var declared: Bool
    }

    struct SentJSON: Encodable { var id: Int64 }

    @Sendable func sendJSON(_ request: Request, context: Context) async throws -> Response {
        let input = try await request.decode(as: NoticeJSON.self, context: context)
        let form = CopyrightNoticeForm(
            claimant: input.claimant, contact: input.contact, byAgent: input.byAgent ?? false, work: input.work,
            documents: input.documents.joined(separator: "\n"), details: input.details ?? "", declared: input.declared)
        do {
            let id = try await editorial.sendCopyrightNotice(form, by: context.visitor, address: context.clientAddress)
            return try APIResponse.json(SentJSON(id: id), status: .created)
        } catch let error as CopyrightNoticeError {
            let (code, field): (APIErrorCode, String?) = switch error {
            case .required(let name), .tooLong(let name): (.badParameter, name)
            case .unknownDocument: (.unknownDocument, "documents")
            case .tooManyDocuments: (.badParameter, "documents")
            case .notDeclared: (.declarationRequired, "declared")
            case .tooMany: (.throttled, nil)
            }
            return APIResponse.error(Self.status(error), code: code, message: Strings.english.community.message(for: error), field: field)
        }
    }

    // MARK: The editors' lists

    @Sendable func notices(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let openOnly = try Self.openOnly(parameters)
        let (page, open) = try await editorial.copyrightNotices(openOnly: openOnly, pageNumber: try parameters.pageNumber())
        return try pages.render("adminCopyright", CopyrightListModel(page, open: open, openOnly: openOnly, context: try await pages.context(for: request, context)))
    }

    /// `?open=1` lists the notices not dealt with only; `0` or none, all.
    static func openOnly(_ parameters: Parameters) throws -> Bool {
        try parameters.count("open", default: 0, in: 0...1) == 1
    }

    @Sendable func handle(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        try await editorial.handleCopyrightNotice(id: id, by: try context.signedIn(as: .editor))
        return .redirect(to: "/admin/copyright?open=1", type: .normal)
    }

    @Sendable func takedowns(_ request: Request, context: Context) async throws -> Response {
        let (page, deciders) = try await editorial.takedowns(pageNumber: try Parameters(request, context).pageNumber())
        return try pages.render("adminTakedowns", TakedownListModel(page, deciders: deciders, context: try await pages.context(for: request, context)))
    }

    @Sendable func deleteTakedown(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        guard try await editorial.deleteTakedown(id: try Parameters(request, context).id(), by: editor) else { throw HTTPError(.notFound) }
        return .redirect(to: "/admin/takedowns", type: .normal)
    }

    struct NoticeListJSON: Encodable {
        var id: Int64
        var claimant: String
        var contact: String
        var byAgent: Bool
        var work: String
        var documents: [Int64]
        var details: String
        var created: Date
        var handled: Date?
    }

    @Sendable func noticesJSON(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let openOnly = try Self.openOnly(parameters)
        let (page, _) = try await editorial.copyrightNotices(openOnly: openOnly, pageNumber: try parameters.pageNumber())
        return try APIResponse.json(ListJSON(page, as: "notices") {
            NoticeListJSON(
                id: $0.id, claimant: $0.claimant, contact: $0.contact, byAgent: $0.byAgent, work: $0.work, documents: $0.documentIDs,
                details: $0.details, created: $0.created, handled: $0.handled)
        })
    }

    @Sendable func handleJSON(_ request: Request, context: Context) async throws -> Response {
        try await editorial.handleCopyrightNotice(id: try Parameters(request, context).id(), by: try context.signedIn(as: .editor))
        return Response(status: .noContent)
    }

    struct TakedownJSON: Encodable {
        var id: Int64
        var document: Int64?
        var title: String
        var contentHash: String
        var reason: String
        var by: String?
        var created: Date
    }

    @Sendable func takedownsJSON(_ request: Request, context: Context) async throws -> Response {
        let (page, deciders) = try await editorial.takedowns(pageNumber: try Parameters(request, context).pageNumber())
        return try APIResponse.json(ListJSON(page, as: "takedowns") {
            TakedownJSON(
                id: $0.id, document: $0.documentID, title: $0.title, contentHash: $0.contentHash, reason: $0.reason,
                by: $0.deciderID.flatMap { deciders[$0] }, created: $0.created)
        })
    }

    @Sendable func deleteTakedownJSON(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        guard try await editorial.deleteTakedown(id: try Parameters(request, context).id(), by: editor) else { throw HTTPError(.notFound) }
        return Response(status: .noContent)
    }
}
