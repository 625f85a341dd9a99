import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanModel
import Hummingbird

/// `/admin/documents`: the list with its filters, new documents (pasted or uploaded), editing with a
/// preview, the trash. Editors and admins.
struct AdminDocumentController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let pages: PageRenderer

    func addRoutes(to admin: RouterGroup<Context>) {
        admin.get("documents", use: list)
        admin.get("documents/new", use: newForm)
        admin.post("documents/new", use: create)
        admin.post("documents/upload", use: upload)
        admin.get("imports", use: imports)
        admin.get("imports/:id", use: importJob)
        admin.post("imports/:id/retry", use: retryImport)
        admin.post("imports/:id/retry-failed", use: retryFailedFiles)
        admin.get("documents/:id", use: editForm)
        admin.post("documents/:id", use: update)
        admin.post("documents/:id/trash", use: trash)
        admin.post("documents/:id/restore", use: restore)
        admin.post("documents/:id/delete", use: delete)
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let filter = try parameters.documentFilter()
        let page = try await editorial.adminDocuments(
            state: filter.state, categoryID: filter.categoryID, title: filter.title ?? "", pageNumber: try parameters.pageNumber())
        let pageContext = try await pages.context(for: request, context)
        let t = pageContext.strings.admin
        let notice: String? = switch parameters.text("done") {
        case "trashed": t.trashed
        case "restored": t.restored
        case "deleted": t.deleted
        default: nil
        }
        let model = AdminDocumentsModel(
            page, state: filter.state, categoryID: filter.categoryID, query: filter.title ?? "", categories: try await editorial.allCategories(), notice: notice,
            context: pageContext)
        return try pages.render("adminDocuments", model)
    }

    @Sendable func newForm(_ request: Request, context: Context) async throws -> Response {
        try await renderForm(request, context, draft: DocumentDraft(), id: nil, state: nil)
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn(as: .editor)
        let draft = Self.draft(from: context.form)
        if context.form["action"] == "preview" { return try await renderPreview(request, context, draft: draft, id: nil, state: nil) }
        do {
            let id = try await editorial.createDocument(draft, by: visitor)
            return .redirect(to: "/admin/documents/\(id)?done=saved", type: .normal)
        } catch let error as EditorialError {
            return try await renderForm(request, context, draft: draft, id: nil, state: nil, status: .badRequest, error: error)
        }
    }

    @Sendable func upload(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn(as: .editor)
        let pageContext = try await pages.context(for: request, context)
        let files = context.uploads.filter { $0.field == "file" && !$0.data.isEmpty }
        let refusal: String? = if files.isEmpty {
            pageContext.strings.admin.noFile
        } else if files.count > Self.mostFiles {
            ImportJobStrings.of(pageContext.strings.admin.isEnglish).tooManyFiles(Self.mostFiles)
        } else {
            nil
        }
        if let refusal {
            let model = DocumentFormModel(
                draft: DocumentDraft(), id: nil, state: nil, categories: try await editorial.allCategories(), context: pageContext, error: refusal)
            return try pages.render("adminDocumentForm", model, status: .badRequest)
        }
        let category = context.form.text("category").trimmingCharacters(in: .whitespaces)
        var options = ImportOptions(
            category: category.isEmpty ? nil : category, status: context.form["status"] == "draft" ? .draft : .published, owner: visitor.user)
        options.address = context.clientAddress
        let id = try await editorial.queueImport(files.map { ($0.fileName, $0.data) }, options: options)
        startJobs()
        return .redirect(to: "/admin/imports/\(id)", type: .normal)
    }

    /// The most files one upload may hold.
    static let mostFiles = 100

    /// Starts the queued jobs now rather than at the job service's next round, a second away.
    private func startJobs() {
        Task { [editorial] in try? await editorial.runJobs() }
    }

    @Sendable func imports(_ request: Request, context: Context) async throws -> Response {
        let jobs = try await editorial.importJobs(limit: 50)
        return try pages.render("adminImportJobs", ImportJobsModel(jobs, context: try await pages.context(for: request, context)))
    }

    /// The import as it stands: its report once done; until then a page that refreshes itself.
    @Sendable func importJob(_ request: Request, context: Context) async throws -> Response {
        guard let job = try await editorial.importJob(id: try Parameters(request, context).id()) else { throw LibraryError.documentNotFound }
        let pageContext = try await pages.context(for: request, context)
        if job.state == .done, let report = job.report {
            let notice = Parameters(request, context).text("retried") == "none" ? ImportJobStrings.of(pageContext.strings.admin.isEnglish).noFilesToRetry : nil
            return try pages.render("adminImportResult", ImportResultModel(report, job: job.id, notice: notice, context: pageContext))
        }
        var response = try pages.render("adminImportJob", ImportJobModel(job, context: pageContext))
        if job.state == .queued || job.state == .running { response.headers[.refresh] = "2" }
        return response
    }

    @Sendable func retryImport(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        guard try await editorial.importJob(id: id) != nil else { throw LibraryError.documentNotFound }
        if try await editorial.retryImport(id: id) { startJobs() }
        return .redirect(to: "/admin/imports/\(id)", type: .normal)
    }

    /// The files of a done import that failed, queued again as a new import.
    @Sendable func retryFailedFiles(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        guard try await editorial.importJob(id: id) != nil else { throw LibraryError.documentNotFound }
        guard let queued = try await editorial.retryFailedFiles(ofImport: id, by: context.visitor?.user) else {
            return .redirect(to: "/admin/imports/\(id)?retried=none", type: .normal)
        }
        startJobs()
        return .redirect(to: "/admin/imports/\(queued)", type: .normal)
    }

    @Sendable func editForm(_ request: Request, context: Context) async throws -> Response {
        let editable = try await editorial.editableDocument(id: try Parameters(request, context).id())
        let saved = Parameters(request, context).text("done") == "saved"
        return try await renderForm(
            request, context, draft: editorial.draft(of: editable), id: editable.document.id, state: editable.state, saved: saved)
    }

    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn(as: .editor)
        let id = try Parameters(request, context).id()
        let editable = try await editorial.editableDocument(id: id)
        let draft = Self.draft(from: context.form)
        if context.form["action"] == "preview" { return try await renderPreview(request, context, draft: draft, id: id, state: editable.state) }
        do {
            try await editorial.updateDocument(id: id, draft, by: visitor)
            return .redirect(to: "/admin/documents/\(id)?done=saved", type: .normal)
        } catch let error as EditorialError {
            return try await renderForm(request, context, draft: draft, id: id, state: editable.state, status: .badRequest, error: error)
        }
    }

    @Sendable func trash(_ request: Request, context: Context) async throws -> Response {
        try await editorial.trashDocument(id: try Parameters(request, context).id(), by: context.visitor)
        return .redirect(to: "/admin/documents?done=trashed", type: .normal)
    }

    @Sendable func restore(_ request: Request, context: Context) async throws -> Response {
        try await editorial.restoreDocument(id: try Parameters(request, context).id())
        return .redirect(to: "/admin/documents?state=trashed&done=restored", type: .normal)
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        try await editorial.deleteTrashedDocument(id: try Parameters(request, context).id(), by: context.visitor)
        return .redirect(to: "/admin/documents?state=trashed&done=deleted", type: .normal)
    }

    private static func draft(from form: FormFields) -> DocumentDraft {
        DocumentDraft(
            title: form.text("title"), body: form.text("body"), format: BodyFormat(rawValue: form.text("format")) ?? .text,
            category: form.text("category"), tags: form.text("tags"), status: form["status"] == "draft" ? .draft : .published)
    }

    private func renderPreview(_ request: Request, _ context: Context, draft: DocumentDraft, id: Int64?, state: EditorialState?) async throws -> Response {
        do {
            let preview = try await editorial.preview(draft)
            return try await renderForm(request, context, draft: draft, id: id, state: state, preview: preview)
        } catch let error as EditorialError {
            return try await renderForm(request, context, draft: draft, id: id, state: state, status: .badRequest, error: error)
        }
    }

    private func renderForm(
        _ request: Request, _ context: Context, draft: DocumentDraft, id: Int64?, state: EditorialState?, status: HTTPResponse.Status = .ok,
        error: EditorialError? = nil, preview: DraftPreview? = nil, saved: Bool = false
    ) async throws -> Response {
        let pageContext = try await pages.context(for: request, context)
        let t = pageContext.strings.admin
        let model = DocumentFormModel(
            draft: draft, id: id, state: state, categories: try await editorial.allCategories(), context: pageContext,
            notice: saved ? t.saved : nil, error: error.map(t.message(for:)), preview: preview)
        return try pages.render("adminDocumentForm", model, status: status)
    }
}

/// Lets editors and admins into `/admin`; everyone else gets the login page or 403.
struct StaffOnlyMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        _ = try context.signedIn(as: .editor)
        return try await next(request, context)
    }
}
