import Foundation
import GuanshanLibrary
import GuanshanModel
import Hummingbird

/// The admin through the JSON API: what `/admin` does, for editors and admins with an API token.
struct AdminAPIController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let accounts: Accounts
    let operations: OperationsService

    func addRoutes(to router: Router<Context>) {
        let api = router.group("/api/v1/admin").add(middleware: StaffOnlyMiddleware())
        api.get("documents", use: documents)
        api.post("documents", use: create)
        api.get("documents/:id", use: document)
        api.put("documents/:id", use: update)
        api.delete("documents/:id", use: delete)
        api.post("documents/:id/trash", use: trash)
        api.post("documents/:id/restore", use: restore)
        api.post("imports", use: importFile)
        api.get("categories", use: categories)
        api.post("categories", use: createCategory)
        api.put("categories/:id", use: updateCategory)
        api.delete("categories/:id", use: deleteCategory)
        api.get("tags", use: tags)
        api.put("tags/:name", use: renameTag)
        api.delete("tags/:name", use: deleteTag)
        api.get("dashboard", use: dashboard)
        api.get("users", use: users)
        api.patch("users/:id", use: updateUser)
        api.put("users/:id/bans/:scope", use: banUser)
        api.delete("users/:id/bans/:scope", use: unbanUser)
        api.get("settings", use: settings)
        api.put("settings", use: saveSettings)
    }

    struct DraftJSON: Codable {
        var title: String?
        var body: String
        /// `text` (the default) or `markdown`.
        var format: String?
        var category: String?
        var tags: [String]?
        /// `published` (the default) or `draft`.
        var status: String?

        /// The draft, or 400 for a `format` or `status` that is not one of its words (never taken for the default).
        func draft() throws -> DocumentDraft {
            guard let bodyFormat = format.map(BodyFormat.init(rawValue:)) ?? .text else {
                throw ParameterError.invalid(name: "format", allowed: "text or markdown")
            }
            return DocumentDraft(
                title: title ?? "", body: body, format: bodyFormat, category: category ?? "",
                tags: (tags ?? []).joined(separator: ","), status: try AdminAPIController.status(status))
        }
    }

    struct DocumentJSON: Encodable {
        var id: Int64
        var state: String
        var title: String
        var body: String
        var format: String
        var category: String?
        var tags: [String]
        var revision: Int
        var updated: Date
    }

    struct Created: Encodable { var id: Int64; var url: String }

    /// `published` (also when absent or empty) or `draft`; 400 for any other word.
    static func status(_ text: String?) throws -> DocumentStatus {
        switch text ?? "" {
        case "", "published": .published
        case "draft": .draft
        default: throw ParameterError.invalid(name: "status", allowed: "published or draft")
        }
    }

    @Sendable func documents(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        let filter = try parameters.documentFilter()
        let page = try await editorial.adminDocuments(
            state: filter.state, categoryID: filter.categoryID, title: filter.title, pageNumber: try parameters.pageNumber())
        struct Row: Encodable { var document: ReadingAPIController.Summary; var state: String; var updated: Date; var nearDuplicateOf: Int64? }
        return try APIResponse.json(ListJSON(page.documents, as: "documents") {
            Row(document: .init($0.summary), state: $0.state.rawValue, updated: $0.updated, nearDuplicateOf: $0.nearDuplicateOf)
        })
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let input = try await request.decode(as: DraftJSON.self, context: context)
        return try await refusing {
            let id = try await editorial.createDocument(try input.draft(), by: editor)
            return try APIResponse.json(Created(id: id, url: SitePath.document(id).path), status: .created)
        }
    }

    @Sendable func document(_ request: Request, context: Context) async throws -> Response {
        let editable = try await editorial.editableDocument(id: try Parameters(request, context).id())
        let draft = editorial.draft(of: editable)
        return try APIResponse.json(DocumentJSON(
            id: editable.document.id, state: editable.state.rawValue, title: draft.title, body: draft.body, format: draft.format.rawValue,
            category: editable.document.summary.category?.name, tags: editable.document.tags, revision: editable.document.revision,
            updated: editable.document.updated))
    }

    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: DraftJSON.self, context: context)
        return try await refusing {
            try await editorial.updateDocument(id: id, try input.draft(), by: editor)
            return Response(status: .noContent)
        }
    }

    @Sendable func trash(_ request: Request, context: Context) async throws -> Response {
        try await editorial.trashDocument(id: try Parameters(request, context).id(), by: context.visitor)
        return Response(status: .noContent)
    }

    @Sendable func restore(_ request: Request, context: Context) async throws -> Response {
        try await editorial.restoreDocument(id: try Parameters(request, context).id())
        return Response(status: .noContent)
    }

    /// Deletes a document that is in the trash.
    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        try await editorial.deleteTrashedDocument(id: try Parameters(request, context).id(), by: context.visitor)
        return Response(status: .noContent)
    }

    struct ImportJSON: Encodable {
        struct Document: Encodable { var id: Int64; var title: String; var url: String }
        struct Skip: Encodable { var title: String; var duplicateOf: Int64 }
        struct Failure: Encodable { var source: String; var message: String }
        struct NearDuplicate: Encodable { var title: String; var id: Int64?; var similarTo: Int64; var similarTitle: String }

        var imported: [Document]
        var skipped: [Skip]
        var failed: [Failure]
        var nearDuplicates: [NearDuplicate]

        init(_ report: ImportReport) {
            imported = report.imported.map { Document(id: $0.id, title: $0.title, url: SitePath.document($0.id).path) }
            skipped = report.skipped.map { Skip(title: $0.title, duplicateOf: $0.duplicateOf) }
            failed = report.failed.map { Failure(source: $0.source.description, message: $0.problem.message(english: true)) }
            nearDuplicates = report.nearDuplicates.map {
                NearDuplicate(title: $0.title, id: $0.importedID, similarTo: $0.similarTo, similarTitle: $0.similarTitle)
            }
        }
    }

    /// A file as `multipart/form-data` (`file`, optional `category` and `status`), as the admin's upload form.
    @Sendable func importFile(_ request: Request, context: Context) async throws -> Response {
        let editor = try context.signedIn(as: .editor)
        guard let file = context.uploads.first(where: { $0.field == "file" }), !file.data.isEmpty else {
            return APIResponse.error(.badRequest, code: .noFile, message: "send the file as multipart/form-data in the field \"file\"")
        }
        let category = context.form.text("category").trimmingCharacters(in: .whitespaces)
        var options = ImportOptions(category: category.isEmpty ? nil : category, status: try Self.status(context.form["status"]), owner: editor.user)
        options.address = context.clientAddress
        let report = try await editorial.importUpload(file.data, fileName: file.fileName, options: options)
        return try APIResponse.json(ImportJSON(report), status: report.imported.isEmpty && !report.failed.isEmpty ? .unprocessableContent : .ok)
    }

    struct CategoryInput: Decodable { var name: String; var slug: String? }
    struct CategoryJSON: Encodable { var id: Int64; var name: String; var slug: String; var documents: Int }

    @Sendable func categories(_ request: Request, context: Context) async throws -> Response {
        try APIResponse.json(try await editorial.allCategories().map { CategoryJSON(id: $0.id, name: $0.name, slug: $0.slug, documents: $0.documentCount) })
    }

    @Sendable func createCategory(_ request: Request, context: Context) async throws -> Response {
        let input = try await request.decode(as: CategoryInput.self, context: context)
        return try await refusing {
            let row = try await editorial.createCategory(name: input.name, slug: input.slug ?? "")
            return try APIResponse.json(CategoryJSON(id: row.id, name: row.name, slug: row.slug, documents: row.documentCount), status: .created)
        }
    }

    @Sendable func updateCategory(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: CategoryInput.self, context: context)
        return try await refusing {
            try await editorial.updateCategory(id: id, name: input.name, slug: input.slug ?? "")
            return Response(status: .noContent)
        }
    }

    @Sendable func deleteCategory(_ request: Request, context: Context) async throws -> Response {
        try await editorial.deleteCategory(id: try Parameters(request, context).id(), by: context.visitor)
        return Response(status: .noContent)
    }

    struct TagJSON: Codable { var name: String; var documents: Int? }

    @Sendable func tags(_ request: Request, context: Context) async throws -> Response {
        try APIResponse.json(try await editorial.tags().map { TagJSON(name: $0.name, documents: $0.documentCount) })
    }

    @Sendable func renameTag(_ request: Request, context: Context) async throws -> Response {
        let name = try Parameters(request, context).name("name")
        let input = try await request.decode(as: TagJSON.self, context: context)
        return try await refusing {
            try await editorial.renameTag(name, to: input.name)
            return Response(status: .noContent)
        }
    }

    @Sendable func deleteTag(_ request: Request, context: Context) async throws -> Response {
        try await editorial.deleteTag(try Parameters(request, context).name("name"), by: context.visitor)
        return Response(status: .noContent)
    }

    @Sendable func dashboard(_ request: Request, context: Context) async throws -> Response {
        let dashboard = try await operations.dashboard()
        struct Day: Encodable { var day: String; var views: Int }
        struct JSON: Encodable {
            var published: Int
            var drafts: Int
            var trashed: Int
            var characters: Int
            var views: Int
            var dailyViews: [Day]
            var mostRead: [ReadingAPIController.Summary]
            var recentImports: [Run]
        }
        struct Run: Encodable {
            var started: Date
            var finished: Date
            var origin: String
            var imported: Int
            var skipped: Int
            var failed: [ImportJSON.Failure]
        }
        let figures = dashboard.figures
        return try APIResponse.json(JSON(
            published: figures.counts[.published] ?? 0, drafts: figures.counts[.draft] ?? 0, trashed: figures.counts[.trashed] ?? 0,
            characters: figures.characters, views: figures.views,
            dailyViews: zip(dashboard.days, figures.dailyViews).map { Day(day: $0.text, views: $1) },
            mostRead: figures.mostRead.map(ReadingAPIController.Summary.init),
            recentImports: figures.recentImports.map { run in
                Run(started: run.started, finished: run.finished, origin: run.origin, imported: run.imported, skipped: run.skipped,
                    failed: run.failures.map { .init(source: $0.source, message: $0.message(english: true)) })
            }))
    }

    struct UserUpdate: Decodable { var role: String?; var disabled: Bool?; var contributor: Bool? }

    @Sendable func users(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let page = try await accounts.users(pageNumber: try Parameters(request, context).pageNumber())
        let bans = try await accounts.bans(of: page.items.map(\.id))
        return try APIResponse.json(ListJSON(page, as: "users") { UserJSON(account: PersonalAPIController.Account($0), bans: (bans[$0.id] ?? []).map(BanJSON.init)) })
    }

    struct BanJSON: Encodable {
        var scope: String
        var until: Date?
        var reason: String

        init(_ ban: AccountBan) {
            scope = ban.scope.rawValue
            until = ban.until
            reason = ban.reason
        }
    }

    /// An account as the admin's list gives it: the account, and its bans in force.
    struct UserJSON: Encodable {
        var account: PersonalAPIController.Account
        var bans: [BanJSON]

        func encode(to encoder: any Encoder) throws {
            try account.encode(to: encoder)
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(bans, forKey: JSONKey("bans"))
        }
    }

    struct BanRequest: Decodable {
        /// `1`, `7`, `30` (days) or `forever`.
        var length: String
        var reason: String
    }

    @Sendable func banUser(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        let parameters = Parameters(request, context)
        guard let scope = BanScope(rawValue: try parameters.name("scope")) else { throw ParameterError.notFound }
        let id = try parameters.id()
        let input = try await request.decode(as: BanRequest.self, context: context)
        guard let length = BanLength(input.length) else { throw ParameterError.invalid(name: "length", allowed: "1, 7, 30 or forever") }
        return try await banChange { try await accounts.ban(userID: id, scope, for: length, reason: input.reason, by: admin) }
    }

    @Sendable func unbanUser(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        let parameters = Parameters(request, context)
        guard let scope = BanScope(rawValue: try parameters.name("scope")) else { throw ParameterError.notFound }
        let id = try parameters.id()
        return try await banChange { try await accounts.liftBan(userID: id, scope, by: admin) }
    }

    private func banChange(_ change: () async throws -> Void) async throws -> Response {
        do {
            return try await refusing {
                try await change()
                return Response(status: .noContent)
            }
        } catch let error as AccountError {
            return PersonalAPIController.refusal(error)
        }
    }

    @Sendable func updateUser(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        let id = try Parameters(request, context).id()
        let input = try await request.decode(as: UserUpdate.self, context: context)
        return try await refusing {
            if let role = input.role {
                guard let role = Role(rawValue: role) else { return APIResponse.error(.badRequest, code: .invalidRole, message: "admin, editor or reader") }
                try await accounts.setRole(userID: id, role, by: admin)
            }
            if let disabled = input.disabled { try await accounts.setDisabled(userID: id, disabled, by: admin) }
            if let contributor = input.contributor { try await accounts.setContributor(userID: id, contributor, by: admin) }
            return Response(status: .noContent)
        }
    }

    /// The settings as the API gives and takes them: one property for each of `SiteSettings.fields`, a
    /// number for a number, a boolean for a flag, a string for the rest; every property is required.
    struct SettingsJSON: Codable {
        var form: SettingsForm

        init(_ form: SettingsForm) {
            self.form = form
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: JSONKey.self)
            // Every field is replaced: the defaults only give the form its shape.
            form = SettingsForm(SiteSettings())
            for field in SiteSettings.fields {
                let name = JSONKey(field.name)
                if let flag = field.flag {
                    form[keyPath: flag] = try container.decode(Bool.self, forKey: name)
                } else if let text = field.text, case .number = field.kind {
                    form[keyPath: text] = String(try container.decode(Int.self, forKey: name))
                } else if let text = field.text {
                    form[keyPath: text] = try container.decode(String.self, forKey: name)
                }
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            for field in SiteSettings.fields {
                let name = JSONKey(field.name)
                if let flag = field.flag {
                    try container.encode(form[keyPath: flag], forKey: name)
                } else if let text = field.text, case .number = field.kind {
                    try container.encode(Int(form[keyPath: text]) ?? 0, forKey: name)
                } else if let text = field.text {
                    try container.encode(form[keyPath: text], forKey: name)
                }
            }
        }
    }

    @Sendable func settings(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        return try APIResponse.json(SettingsJSON(SettingsForm(context.settings)))
    }

    @Sendable func saveSettings(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let input = try await request.decode(as: SettingsJSON.self, context: context)
        return try await refusing {
            try await editorial.saveSettings(input.form, by: context.visitor)
            return try APIResponse.json(SettingsJSON(SettingsForm(try await editorial.settings())))
        }
    }

    /// An editorial refusal as a JSON error with its own code.
    private func refusing(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as EditorialError {
            let (status, code): (HTTPResponse.Status, APIErrorCode) = switch error {
            case .duplicate: (.conflict, .duplicate)
            case .categoryTaken: (.conflict, .categoryTaken)
            case .userNotFound: (.notFound, .notFound)
            case .ownAccount: (.forbidden, .ownAccount)
            case .lastAdmin: (.forbidden, .lastAdmin)
            case .invalidSetting: (.badRequest, .invalidSetting)
            case .underReview: (.conflict, .underReview)
            default: (.badRequest, .invalidDocument)
            }
            var field: String?
            if case .invalidSetting(let name) = error { field = name }
            return APIResponse.error(status, code: code, message: AdminStrings.english.message(for: error), field: field)
        }
    }
}
