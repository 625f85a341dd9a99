import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// Comments: `/d/{id}/comments` (a document's comments a page at a time, and the form that adds one),
/// `/comments/{id}/{edit,delete,hide}`, `/admin/comments` for editors, and the same in the API.
struct CommentController {
    typealias Context = SiteRequestContext

    let comments: CommentService
    let reading: ReadingService
    let pages: PageRenderer

    func addRoutes(to admin: RouterGroup<Context>, router: Router<Context>) {
        router.get("/d/:id/comments", use: page)
        router.post("/d/:id/comments", use: post)
        router.post("/comments/:id/edit", use: edit)
        router.post("/comments/:id/delete", use: delete)
        router.post("/comments/:id/hide", use: hide)
        admin.get("comments", use: queue)
        admin.post("comments", use: decideMany)
        router.get("/api/v1/documents/:id/comments", use: listJSON)
        router.post("/api/v1/documents/:id/comments", use: postJSON)
        router.patch("/api/v1/comments/:id", use: editJSON)
        router.delete("/api/v1/comments/:id", use: deleteJSON)
        let api = router.group("/api/v1/admin/comments").add(middleware: StaffOnlyMiddleware())
        api.get("", use: queueJSON)
        api.post("decisions", use: decideJSON)
    }

    // MARK: Pages

    @Sendable func page(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let id = try parameters.id()
        let notice = try parameters.option("posted", as: CommentState.self)
        return try await pages.shared(request, context) { site in
            let pageContext = try await pages.context(for: request, site)
            let t = pageContext.strings.community
            let text = notice.map { $0 == .published ? t.posted : t.postedPending }
            return try await render(id, pageNumber: try parameters.pageNumber(), notice: text, pageContext, site)
        }
    }

    /// The comments page of document `id`; not found for a document that is not published, or while the
    /// site takes no comments.
    private func render(
        _ id: Int64, pageNumber: Int, notice: String? = nil, error: String? = nil, body: String = "", parent: Int64? = nil,
        _ pageContext: PageContext, _ site: Context
    ) async throws -> Representation {
        guard site.settings.comments != .off else { throw HTTPError(.notFound) }
        let summary = try await reading.publishedSummary(id: id)
        let section = try await comments.section(documentID: id, viewer: site.visitor, pageNumber: pageNumber)
        let model = CommentsPageModel(
            title: summary.title, documentID: id,
            comments: CommentsModel(
                documentID: id, section: section, context: pageContext, returnTo: SitePath.comments(id, page: pageNumber).path,
                notice: notice, error: error, body: body, parent: parent),
            context: pageContext)
        return try pages.representation("commentsPage", model, lastModified: site.siteChanged)
    }

    @Sendable func post(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let id = try Parameters(request, context).id()
        let body = context.form.text("body")
        let parentText = context.form.text("parent")
        let parent = DecimalDigits.value(parentText).map(Int64.init)
        do {
            // A reply names a comment by its id; anything else names no comment there is.
            if !parentText.isEmpty, parent == nil { throw CommentError.notFound }
            let posted = try await comments.post(documentID: id, replyingTo: parent, body: body, by: reader)
            return .redirect(to: SitePath.comments(id).path + "?posted=\(posted.state.rawValue)#c\(posted.id)", type: .normal)
        } catch let error as CommentError {
            return try await refusal(error, documentID: id, body: body, parent: parent, request, context)
        }
    }

    /// Where a form about a comment goes back to: the page it was sent from, on this site.
    private func returnPath(_ context: Context, _ comment: Int64) -> String {
        (SitePath.localPath(context.form.text("next")) ?? "/") + "#c\(comment)"
    }

    @Sendable func edit(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let id = try Parameters(request, context).id()
        do {
            try await comments.edit(id: id, body: context.form.text("body"), by: reader)
            return .redirect(to: returnPath(context, id), type: .normal)
        } catch let error as CommentError {
            return try await refusal(error, comment: id, request, context)
        }
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let id = try Parameters(request, context).id()
        do {
            try await comments.delete(id: id, by: reader)
            return .redirect(to: returnPath(context, id), type: .normal)
        } catch let error as CommentError {
            return try await refusal(error, comment: id, request, context)
        }
    }

    @Sendable func hide(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let id = try Parameters(request, context).id()
        try await comments.moderate([id], to: .hidden, by: editor)
        return .redirect(to: returnPath(context, id), type: .normal)
    }

    /// A refused change of a comment: its document's comments with the reason.
    private func refusal(_ error: CommentError, comment: Int64, _ request: Request, _ context: Context) async throws -> Response {
        guard let documentID = try await comments.documentID(ofComment: comment) else { throw LibraryError.documentNotFound }
        return try await refusal(error, documentID: documentID, request, context)
    }

    /// A refused comment or change: the document's comments with the reason, and what was written kept in the form.
    private func refusal(
        _ error: CommentError, documentID: Int64, body: String = "", parent: Int64? = nil, _ request: Request, _ context: Context
    ) async throws -> Response {
        let pageContext = try await pages.context(for: request, context)
        let message = pageContext.strings.community.message(for: error)
        var response = try await render(documentID, pageNumber: 1, error: message, body: body, parent: parent, pageContext, context)
            .response(to: request)
        response.status = Self.status(error)
        return response
    }

    static func status(_ error: CommentError) -> HTTPResponse.Status {
        switch error {
        case .closed, .banned, .notYours, .tooLate: .forbidden
        case .notFound: .notFound
        case .tooMany: .tooManyRequests
        case .empty, .tooLong, .blocked, .tooManyReplies: .badRequest
        }
    }

    static func code(_ error: CommentError) -> APIErrorCode {
        switch error {
        case .closed: .commentsClosed
        case .banned: .banned
        case .notYours: .notYours
        case .tooLate: .editWindowPassed
        case .notFound: .notFound
        case .tooMany: .throttled
        case .empty, .tooLong: .badParameter
        case .blocked: .blockedWords
        case .tooManyReplies: .tooManyReplies
        }
    }

    static func refusalJSON(_ error: CommentError) -> Response {
        APIResponse.error(
            status(error), code: code(error), message: Strings.english.community.message(for: error),
            field: [.empty, .tooLong, .blocked].contains(error) ? "body" : nil)
    }

    // MARK: Editors

    static func listedState(_ parameters: Parameters) throws -> CommentState {
        switch try parameters.option("state", as: CommentState.self) {
        case nil: .pending
        case .deleted: throw ParameterError.invalid(name: "state", allowed: "pending, published or hidden")
        case let state?: state
        }
    }

    @Sendable func queue(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let state = try Self.listedState(parameters)
        let done = try parameters.query("done", as: Count.self, allowed: "a count")
        let pageContext = try await pages.context(for: request, context)
        let page = try await comments.queue(state, pageNumber: try parameters.pageNumber())
        return try pages.render(
            "adminComments", CommentQueueModel(page, state: state, notice: done.map { pageContext.strings.sharing.decided($0.value) }, context: pageContext))
    }

    static func decision(_ text: String?) -> CommentState? {
        switch text {
        case "publish": .published
        case "hide": .hidden
        case "delete": .deleted
        default: nil
        }
    }

    /// The ticked comments (`c{id}`), published, hidden or deleted.
    @Sendable func decideMany(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let ids = context.form.tickedIDs(prefix: "c")
        guard let state = Self.decision(context.form["decision"]) else {
            throw ParameterError.invalid(name: "decision", allowed: "publish, hide or delete")
        }
        let count = try await comments.moderate(ids, to: state, by: editor)
        let listed = CommentState(rawValue: context.form.text("state")) ?? .pending
        return .redirect(to: "/admin/comments?state=\(listed == .deleted ? "pending" : listed.rawValue)&done=\(count)", type: .normal)
    }

    // MARK: API

    struct CommentJSON: Encodable {
        var id: Int64
        var author: String
        var body: String
        var state: String
        var created: Date
        var edited: Date?
        var replies: [CommentJSON]?

        init(_ comment: Comment, replies: [Comment]? = nil) {
            id = comment.id
            author = comment.state == .deleted ? "" : comment.authorName
            body = comment.body
            state = comment.state.rawValue
            created = comment.created
            edited = comment.edited
            self.replies = replies.map { $0.map { CommentJSON($0) } }
        }
    }

    @Sendable func listJSON(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let id = try parameters.id()
        guard context.settings.comments != .off else { throw HTTPError(.notFound) }
        _ = try await reading.publishedSummary(id: id)
        let page = try await comments.threads(documentID: id, viewer: context.visitor, pageNumber: try parameters.pageNumber())
        return try APIResponse.json(ListJSON(page, as: "comments") { CommentJSON($0.comment, replies: $0.replies) })
    }

    struct PostJSON: Decodable {
        var body: String
        var parent: Int64?
    }

    struct PostedJSON: Encodable {
        var id: Int64
        var state: String
    }

    @Sendable func postJSON(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: PostJSON.self, context: context)
        do {
            let posted = try await comments.post(documentID: id, replyingTo: input.parent, body: input.body, by: reader)
            return try APIResponse.json(PostedJSON(id: posted.id, state: posted.state.rawValue), status: .created)
        } catch let error as CommentError {
            return Self.refusalJSON(error)
        }
    }

    struct EditJSON: Decodable { var body: String }

    @Sendable func editJSON(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: EditJSON.self, context: context)
        do {
            let state = try await comments.edit(id: id, body: input.body, by: reader)
            return try APIResponse.json(PostedJSON(id: id, state: state.rawValue))
        } catch let error as CommentError {
            return Self.refusalJSON(error)
        }
    }

    @Sendable func deleteJSON(_ request: Request, context: Context) async throws -> Response {
        let reader = try context.signedIn()
        do {
            try await comments.delete(id: try Parameters(request, context).id(), by: reader)
            return Response(status: .noContent)
        } catch let error as CommentError {
            return Self.refusalJSON(error)
        }
    }

    struct QueueItemJSON: Encodable {
        var id: Int64
        var document: Int64
        var documentTitle: String
        var parent: Int64?
        var author: String
        var body: String
        var state: String
        var created: Date
    }

    @Sendable func queueJSON(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let page = try await comments.queue(try Self.listedState(parameters), pageNumber: try parameters.pageNumber())
        return try APIResponse.json(ListJSON(page, as: "comments") { row in
            QueueItemJSON(
                id: row.comment.id, document: row.comment.documentID, documentTitle: row.documentTitle, parent: row.comment.parentID,
                author: row.comment.authorName, body: row.comment.body, state: row.comment.state.rawValue, created: row.comment.created)
        })
    }

    struct DecisionJSON: Decodable {
        var decision: String
        var ids: [Int64]
    }

    struct DecidedJSON: Encodable { var changed: Int }

    @Sendable func decideJSON(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let input = try await request.decode(as: DecisionJSON.self, context: context)
        guard let state = Self.decision(input.decision) else { throw ParameterError.invalid(name: "decision", allowed: "publish, hide or delete") }
        let ids = try DecidedIDs.checked(input.ids, what: "comment ids")
        return try APIResponse.json(DecidedJSON(changed: try await comments.moderate(ids, to: state, by: editor)))
    }
}
