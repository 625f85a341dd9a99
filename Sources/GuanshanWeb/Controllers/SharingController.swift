import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// Readers' sharing: `/me/uploads` (the form and what became of each document), `/me/notifications`, and
/// the same in the API.
struct SharingController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let contributions: Contributions
    let accounts: Accounts
    let reading: ReadingService
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/u/:name", use: sharer)
        router.get("/me/uploads", use: uploads)
        router.post("/me/uploads", use: share)
        router.get("/me/notifications", use: notifications)
        router.get("/api/v1/me/uploads", use: uploadsJSON)
        router.post("/api/v1/me/uploads", use: shareJSON)
        router.get("/api/v1/me/notifications", use: notificationsJSON)
    }

    /// `/u/{name}`: the published documents an account shared (404 for a name without any).
    @Sendable func sharer(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let name = try parameters.name("name")
        let pageNumber = try parameters.pageNumber()
        return try await pages.shared(request, context) { site in
            guard let user = try await accounts.sharer(named: name) else { throw LibraryError.sharerNotFound }
            let page = try await reading.shared(by: user, pageNumber: pageNumber)
            let pageContext = try await pages.context(for: request, site, listing: page.items.map(\.id))
            let model = ListModel(kind: pageContext.strings.sharing.sharedBy, heading: user.displayName, page: page, context: pageContext) {
                SitePath.sharer(name, page: $0).path
            }
            return try pages.representation("list", model, lastModified: site.siteChanged)
        }
    }

    @Sendable func uploads(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let queued = (try? Parameters(request, context).query("queued", as: Count.self, allowed: "a count")) != nil
        let pageContext = try await pages.context(for: request, context)
        return try await render(reader, page: try Parameters(request, context).pageNumber(), notice: queued ? pageContext.strings.sharing.queued : nil, pageContext)
    }

    private func render(
        _ reader: Visitor, page number: Int = 1, notice: String? = nil, error: String? = nil, chosen: (String, String) = ("", ""),
        status: HTTPResponse.Status = .ok, _ pageContext: PageContext
    ) async throws -> Response {
        let page = try await contributions.uploads(of: reader, pageNumber: number)
        let model = MyUploadsModel(
            page, mayShare: EditorialService.mayShare(reader.user, pageContext.settings), categories: pageContext.categories, notice: notice,
            error: error, chosen: chosen, context: pageContext)
        return try pages.render("myUploads", model, status: status)
    }

    @Sendable func share(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let category = context.form.text("category")
        let tags = context.form.text("tags")
        do {
            _ = try await queue(context, category: category, tags: tags, reader)
            return .redirect(to: "/me/uploads?queued=1", type: .normal)
        } catch let error as SharingError {
            let pageContext = try await pages.context(for: request, context)
            return try await render(
                reader, error: pageContext.strings.sharing.message(for: error), chosen: (category, tags),
                status: error == .notAllowed ? .forbidden : .badRequest, pageContext)
        }
    }

    private func queue(_ context: Context, category: String, tags: String, _ reader: Visitor) async throws -> Int64 {
        let files = context.uploads.filter { $0.field == "file" }.map { ($0.fileName, $0.data) }
        let id = try await editorial.share(files, category: category, tags: tags, by: reader)
        Task { [editorial] in try? await editorial.runJobs() }
        return id
    }

    @Sendable func notifications(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let (page, _) = try await contributions.notifications(of: reader, pageNumber: try Parameters(request, context).pageNumber())
        return try pages.render("notifications", NotificationsModel(page, context: try await pages.context(for: request, context)))
    }

    struct UploadJSON: Encodable {
        var id: Int64
        var title: String
        var state: String
        var reason: String?
        var submitted: Date
        var decided: Date?
    }

    @Sendable func uploadsJSON(_ request: Request, context: Context) async throws -> Response {
        let page = try await contributions.uploads(of: try context.signedIn(), pageNumber: try Parameters(request, context).pageNumber())
        return try APIResponse.json(ListJSON(page, as: "uploads") { row in
            UploadJSON(
                id: row.submission.documentID, title: row.title, state: row.submission.state.rawValue, reason: row.submission.reason,
                submitted: row.submission.submitted, decided: row.submission.decided)
        })
    }

    struct QueuedJSON: Encodable { var job: Int64 }

    @Sendable func shareJSON(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn(as: .reader)
        do {
            let id = try await queue(context, category: context.form.text("category"), tags: context.form.text("tags"), reader)
            return try APIResponse.json(QueuedJSON(job: id), status: .accepted)
        } catch let error as SharingError {
            let (status, code): (HTTPResponse.Status, APIErrorCode) = switch error {
            case .notAllowed: (.forbidden, .sharingClosed)
            case .banned: (.forbidden, .banned)
            case .dailyFiles, .dailyMegabytes: (.tooManyRequests, .dailyLimit)
            case .noFile: (.badRequest, .noFile)
            case .tooManyFiles, .bulkFormat, .unsupportedFormat, .unknownCategory, .invalidTags: (.badRequest, .badParameter)
            }
            return APIResponse.error(status, code: code, message: Strings.english.sharing.message(for: error))
        }
    }

    struct NotificationJSON: Encodable {
        var id: Int64
        var kind: String
        var document: Int64?
        var title: String
        var detail: String?
        var at: Date
        var read: Bool
    }

    struct NotificationsJSON: Encodable {
        var total: Int
        var unread: Int
        var page: Int
        var pageCount: Int
        var notifications: [NotificationJSON]
    }

    @Sendable func notificationsJSON(_ request: Request, context: Context) async throws -> Response {
        let (page, unread) = try await contributions.notifications(of: try context.signedIn(), pageNumber: try Parameters(request, context).pageNumber())
        return try APIResponse.json(NotificationsJSON(total: page.total, unread: unread, page: page.pageNumber, pageCount: page.pageCount, notifications: page.items.map {
            NotificationJSON(id: $0.id, kind: $0.kind.rawValue, document: $0.documentID, title: $0.title, detail: $0.detail, at: $0.at, read: $0.read)
        }))
    }
}
