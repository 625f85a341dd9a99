import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// The review of readers' uploads, for editors and admins: `/admin/review` (the queue, decided many at a
/// time), `/admin/review/{id}` (one, its words marked), and the same in the API.
struct ReviewController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let pages: PageRenderer

    static func path(_ id: Int64) -> String { "/admin/review/\(id)" }

    static func action(_ state: SubmissionState) -> String {
        switch state {
        case .published: "approve"
        case .rejected: "reject"
        case .takenDown, .pending: "take-down"
        }
    }

    func addRoutes(to admin: RouterGroup<Context>, router: Router<Context>) {
        admin.get("review", use: queue)
        admin.post("review", use: decideMany)
        admin.get("review/:id", use: item)
        admin.post("review/:id/:decision", use: decideOne)
        let api = router.group("/api/v1/admin/review").add(middleware: StaffOnlyMiddleware())
        api.get("", use: queueJSON)
        api.post("decisions", use: decideJSON)
    }

    /// The queue lists what waits (`pending`) or what is published (`?state=published`: to take down,
    /// the documents a site that publishes first put up without an editor among them).
    static func listedState(_ parameters: Parameters) throws -> SubmissionState {
        switch try parameters.query("state", as: Name.self, allowed: "pending or published")?.value {
        case nil, "pending": .pending
        case "published": .published
        default: throw ParameterError.invalid(name: "state", allowed: "pending or published")
        }
    }

    @Sendable func queue(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let done = try parameters.query("done", as: Count.self, allowed: "a count")
        let pageContext = try await pages.context(for: request, context)
        return try await renderQueue(
            try Self.listedState(parameters), pageNumber: try parameters.pageNumber(), notice: done.map { pageContext.strings.sharing.decided($0.value) },
            pageContext)
    }

    private func renderQueue(
        _ state: SubmissionState, pageNumber: Int = 1, notice: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok,
        _ pageContext: PageContext
    ) async throws -> Response {
        let page = try await editorial.reviewQueue(state, pageNumber: pageNumber)
        return try pages.render("adminReview", ReviewQueueModel(page, state: state, notice: notice, error: error, context: pageContext), status: status)
    }

    /// The ticked boxes of the queue (`d{id}`), approved or refused with the form's reason.
    @Sendable func decideMany(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let ids = context.form.tickedIDs(prefix: "d")
        let reason = context.form.text("reason")
        let state: SubmissionState = context.form["decision"] == "take-down" ? .published : .pending
        do {
            let count = switch context.form["decision"] {
            case "reject": try await editorial.reject(ids, reason: reason, by: editor)
            case "take-down": try await editorial.takeDown(ids, reason: reason, by: editor)
            default: try await editorial.approve(ids, by: editor)
            }
            return .redirect(to: "/admin/review?\(state == .published ? "state=published&" : "")done=\(count)", type: .normal)
        } catch let error as ReviewError {
            let pageContext = try await pages.context(for: request, context)
            return try await renderQueue(state, error: pageContext.strings.sharing.message(for: error), status: .badRequest, pageContext)
        }
    }

    @Sendable func item(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        return try await renderItem(id, try await pages.context(for: request, context))
    }

    private func renderItem(_ id: Int64, error: String? = nil, _ pageContext: PageContext) async throws -> Response {
        let item = try await editorial.reviewItem(documentID: id)
        return try pages.render("adminReviewItem", ReviewItemModel(item, error: error, context: pageContext), status: error == nil ? .ok : .badRequest)
    }

    @Sendable func decideOne(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let parameters = Parameters(request, context)
        let id = try parameters.id()
        let reason = context.form.text("reason")
        do {
            switch try parameters.name("decision") {
            case "approve": try await editorial.approve([id], by: editor)
            case "reject": try await editorial.reject([id], reason: reason, by: editor)
            case "take-down": try await editorial.takeDown([id], reason: reason, by: editor)
            default: throw ParameterError.notFound
            }
            return .redirect(to: Self.path(id), type: .normal)
        } catch let error as ReviewError {
            let pageContext = try await pages.context(for: request, context)
            return try await renderItem(id, error: pageContext.strings.sharing.message(for: error), pageContext)
        }
    }

    enum QueueJSON {
        /// Why the checks held a submission: `words` with the words, `nearDuplicate` with the document, `reportedUploader`,
        /// `takenDown` with the takedown's record.
        struct Held: Encodable {
            var kind: String
            var words: [String]?
            var document: Int64?
            var takedown: Int64?

            init(_ reason: HoldReason) {
                switch reason {
                case .words(let words): kind = "words"; self.words = words
                case .nearDuplicate(let id): kind = "nearDuplicate"; document = id
                case .reportedUploader: kind = "reportedUploader"
                case .takenDown(let record): kind = "takenDown"; takedown = record
                }
            }
        }

        struct Item: Encodable {
            var id: Int64
            var title: String
            var uploader: String
            var submitted: Date
            var heldFor: [Held]
        }
    }

    @Sendable func queueJSON(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let page = try await editorial.reviewQueue(try Self.listedState(parameters), pageNumber: try parameters.pageNumber())
        return try APIResponse.json(ListJSON(page, as: "submissions") {
            QueueJSON.Item(
                id: $0.submission.documentID, title: $0.title, uploader: $0.uploaderName, submitted: $0.submission.submitted,
                heldFor: $0.submission.heldFor.map(QueueJSON.Held.init))
        })
    }

    struct DecisionJSON: Codable {
        /// `approve`, `reject` or `take-down`.
        var decision: String
        var ids: [Int64]
        var reason: String?
    }

    struct DecidedJSON: Encodable { var decided: Int }

    @Sendable func decideJSON(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let input = try await request.decode(as: DecisionJSON.self, context: context)
        let ids = try DecidedIDs.checked(input.ids, what: "document ids")
        if let reason = input.reason, reason.unicodeScalars.count > EditorialService.longestReason {
            throw ParameterError.invalid(name: "reason", allowed: "at most \(EditorialService.longestReason) characters")
        }
        do {
            let decided = switch input.decision {
            case "approve": try await editorial.approve(ids, by: editor)
            case "reject": try await editorial.reject(ids, reason: input.reason ?? "", by: editor)
            case "take-down": try await editorial.takeDown(ids, reason: input.reason ?? "", by: editor)
            default: throw ParameterError.invalid(name: "decision", allowed: "approve, reject or take-down")
            }
            return try APIResponse.json(DecidedJSON(decided: decided))
        } catch let error as ReviewError {
            return Self.refusal(error)
        }
    }

    /// A refusal or takedown without a fit reason, as the API answers it.
    static func refusal(_ error: ReviewError) -> Response {
        APIResponse.error(
            .badRequest, code: error == .reasonRequired ? .reasonRequired : .badParameter, message: Strings.english.sharing.message(for: error),
            field: "reason")
    }
}
