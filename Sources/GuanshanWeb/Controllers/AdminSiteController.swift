import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import GuanshanModel
import Hummingbird

/// The dashboard, categories and tags (editors and admins); users and settings (admins only).
struct AdminSiteController {
    typealias Context = SiteRequestContext

    let editorial: EditorialService
    let accounts: Accounts
    let operations: OperationsService
    let pages: PageRenderer

    func addRoutes(to admin: RouterGroup<Context>) {
        admin.get("", use: dashboard)
        admin.get("categories", use: categories)
        admin.post("categories", use: createCategory)
        admin.post("categories/:id", use: updateCategory)
        admin.post("categories/:id/delete", use: deleteCategory)
        admin.get("tags", use: tags)
        admin.post("tags/rename", use: renameTag)
        admin.post("tags/delete", use: deleteTag)
        admin.get("users", use: users)
        admin.post("users/:id/role", use: setRole)
        admin.post("users/:id/disable", use: disable)
        admin.post("users/:id/enable", use: enable)
        admin.post("users/:id/contributor", use: makeContributor)
        admin.post("users/:id/not-contributor", use: unmakeContributor)
        admin.post("users/:id/ban", use: ban)
        admin.post("users/:id/unban/:scope", use: unban)
        admin.get("settings", use: settings)
        admin.post("settings", use: saveSettings)
    }

    @Sendable func dashboard(_ request: Request, context: Context) async throws -> Response {
        let dashboard = try await operations.dashboard()
        return try pages.render("adminDashboard", DashboardModel(dashboard, context: try await pages.context(for: request, context)))
    }

    @Sendable func categories(_ request: Request, context: Context) async throws -> Response {
        try await renderCategories(request, context)
    }

    @Sendable func createCategory(_ request: Request, context: Context) async throws -> Response {
        try await categoryChange(request, context) {
            _ = try await editorial.createCategory(name: context.form.text("name"), slug: context.form.text("slug"))
        }
    }

    @Sendable func updateCategory(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        return try await categoryChange(request, context) {
            try await editorial.updateCategory(id: id, name: context.form.text("name"), slug: context.form.text("slug"))
        }
    }

    @Sendable func deleteCategory(_ request: Request, context: Context) async throws -> Response {
        let id = try Parameters(request, context).id()
        return try await categoryChange(request, context) { try await editorial.deleteCategory(id: id, by: context.visitor) }
    }

    private func categoryChange(_ request: Request, _ context: Context, _ change: () async throws -> Void) async throws -> Response {
        do {
            try await change()
            return .redirect(to: "/admin/categories", type: .normal)
        } catch let error as EditorialError {
            return try await renderCategories(request, context, error: error)
        }
    }

    private func renderCategories(_ request: Request, _ context: Context, error: EditorialError? = nil) async throws -> Response {
        let pageContext = try await pages.context(for: request, context)
        let model = CategoriesModel(try await editorial.allCategories(), error: error.map(pageContext.strings.admin.message(for:)), context: pageContext)
        return try pages.render("adminCategories", model, status: error == nil ? .ok : .badRequest)
    }

    @Sendable func tags(_ request: Request, context: Context) async throws -> Response {
        try await renderTags(request, context)
    }

    @Sendable func renameTag(_ request: Request, context: Context) async throws -> Response {
        do {
            try await editorial.renameTag(context.form.text("name"), to: context.form.text("new"))
            return .redirect(to: "/admin/tags", type: .normal)
        } catch let error as EditorialError {
            return try await renderTags(request, context, error: error)
        }
    }

    @Sendable func deleteTag(_ request: Request, context: Context) async throws -> Response {
        try await editorial.deleteTag(context.form.text("name"), by: context.visitor)
        return .redirect(to: "/admin/tags", type: .normal)
    }

    private func renderTags(_ request: Request, _ context: Context, error: EditorialError? = nil) async throws -> Response {
        let pageContext = try await pages.context(for: request, context)
        let model = TagsModel(try await editorial.tags(), error: error.map(pageContext.strings.admin.message(for:)), context: pageContext)
        return try pages.render("adminTags", model, status: error == nil ? .ok : .badRequest)
    }

    @Sendable func users(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        return try await renderUsers(request, context)
    }

    @Sendable func setRole(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        guard let role = Role(rawValue: context.form.text("role")) else { throw HTTPError(.badRequest) }
        return try await userChange(request, context) { try await accounts.setRole(userID: try Parameters(request, context).id(), role, by: admin) }
    }

    @Sendable func disable(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        return try await userChange(request, context) { try await accounts.setDisabled(userID: try Parameters(request, context).id(), true, by: admin) }
    }

    @Sendable func enable(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        return try await userChange(request, context) { try await accounts.setDisabled(userID: try Parameters(request, context).id(), false, by: admin) }
    }

    @Sendable func makeContributor(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        return try await userChange(request, context) { try await accounts.setContributor(userID: try Parameters(request, context).id(), true, by: admin) }
    }

    @Sendable func unmakeContributor(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        return try await userChange(request, context) { try await accounts.setContributor(userID: try Parameters(request, context).id(), false, by: admin) }
    }

    /// Bans the account in the form's scope, for the form's length, with its reason.
    @Sendable func ban(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        guard let scope = BanScope(rawValue: context.form.text("scope")), let length = BanLength(context.form.text("length")) else {
            throw HTTPError(.badRequest)
        }
        let reason = context.form.text("reason")
        return try await userChange(request, context) {
            try await accounts.ban(userID: try Parameters(request, context).id(), scope, for: length, reason: reason, by: admin)
        }
    }

    @Sendable func unban(_ request: Request, context: Context) async throws -> Response {
        let admin = try context.signedIn(as: .admin)
        let parameters = Parameters(request, context)
        guard let scope = BanScope(rawValue: try parameters.name("scope")) else { throw ParameterError.notFound }
        return try await userChange(request, context) { try await accounts.liftBan(userID: try parameters.id(), scope, by: admin) }
    }

    private func userChange(_ request: Request, _ context: Context, _ change: () async throws -> Void) async throws -> Response {
        do {
            try await change()
            return .redirect(to: "/admin/users", type: .normal)
        } catch EditorialError.userNotFound {
            throw HTTPError(.notFound)
        } catch let error as EditorialError {
            return try await renderUsers(request, context, error: error)
        } catch let error as AccountError {
            let pageContext = try await pages.context(for: request, context)
            return try await renderUsers(request, context, message: pageContext.strings.account.message(for: error))
        }
    }

    private func renderUsers(_ request: Request, _ context: Context, error: EditorialError? = nil, message: String? = nil) async throws -> Response {
        let pageContext = try await pages.context(for: request, context)
        let page = try await accounts.users(pageNumber: try Parameters(request, context).pageNumber())
        let bans = try await accounts.bans(of: page.items.map(\.id))
        let refusal = error.map(pageContext.strings.admin.message(for:)) ?? message
        let model = UsersModel(page, bans: bans, error: refusal, context: pageContext)
        return try pages.render("adminUsers", model, status: refusal == nil ? .ok : .badRequest)
    }

    @Sendable func settings(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let pageContext = try await pages.context(for: request, context)
        let t = pageContext.strings.admin
        let saved = (try? Parameters(request, context).query("done", as: Count.self, allowed: "a count")) != nil
        let layout = try await editorial.layoutProgress().map { run in
            t.layingOut(run.pageBudget, run.readingSpeed, run.done) + (run.failure.map { " " + t.layoutFailed($0) } ?? "")
        }
        let notice = [saved ? t.settingsSaved : nil, layout].compactMap { $0 }.joined(separator: " ")
        return try pages.render(
            "adminSettings", SettingsModel(SettingsForm(context.settings), notice: notice.isEmpty ? nil : notice, context: pageContext))
    }

    @Sendable func saveSettings(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let form = context.form
        var settingsForm = SettingsForm(context.settings)
        for field in SiteSettings.fields {
            // A field the form did not send (one added since the page was loaded) keeps its value.
            if let text = field.text, let value = form[field.name] { settingsForm[keyPath: text] = value }
            // An unticked box is not sent at all.
            if let flag = field.flag { settingsForm[keyPath: flag] = form[field.name] == "on" }
        }
        do {
            try await editorial.saveSettings(settingsForm, by: context.visitor)
            return .redirect(to: "/admin/settings?done=1", type: .normal)
        } catch EditorialError.invalidSetting(let field) {
            let pageContext = try await pages.context(for: request, context)
            return try pages.render("adminSettings", SettingsModel(settingsForm, invalid: field, context: pageContext), status: .badRequest)
        }
    }
}
