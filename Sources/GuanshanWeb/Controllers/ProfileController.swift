import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import Hummingbird

/// `/me`: the signed-in account's password, API tokens and deletion.
struct ProfileController {
    typealias Context = SiteRequestContext

    let accounts: Accounts
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/me", use: profile)
        router.post("/me/profile", use: updateProfile)
        router.post("/me/password", use: changePassword)
        router.post("/me/tokens", use: createToken)
        router.post("/me/tokens/:id/delete", use: revokeToken)
        router.post("/me/delete", use: deleteAccount)
    }

    @Sendable func profile(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let done = Parameters(request, context).text("done")
        return try await render(request, context, visitor, notice: { t in
            switch done {
            case "password": t.passwordChanged
            case "profile": t.profileSaved
            default: nil
            }
        })
    }

    /// Only the display name: any other field a form or a tampered request sends (a role, say) is ignored.
    @Sendable func updateProfile(_ request: Request, context: Context) async throws -> Response {
        var visitor = try context.signedIn()
        do {
            visitor.user = try await accounts.setDisplayName(visitor, context.form.text("display_name"))
            return .redirect(to: "/me?done=profile", type: .normal)
        } catch let error as AccountError {
            return try await render(request, context, visitor, refusal: error)
        }
    }

    @Sendable func changePassword(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let form = context.form
        do {
            guard form.text("password") == form.text("confirm") else { throw FormProblem.passwordsDiffer }
            try await accounts.changePassword(visitor, current: form.text("current"), new: form.text("password"))
            return .redirect(to: "/me?done=password", type: .normal)
        } catch let problem as FormProblem {
            return try await render(request, context, visitor, status: .badRequest, error: { problem.message($0) })
        } catch let error as AccountError {
            return try await render(request, context, visitor, refusal: error)
        }
    }

    @Sendable func createToken(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        do {
            let form = context.form
            // A lifetime that is not a number is no lifetime offered: refused as such.
            let (_, secret) = try await accounts.createToken(
                visitor, name: form.text("name"), scope: form["scope"], days: form["days"].map { Int($0) ?? 0 })
            return try await render(request, context, visitor, newToken: secret)
        } catch let error as AccountError {
            return try await render(request, context, visitor, refusal: error)
        }
    }

    @Sendable func revokeToken(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let id = try Parameters(request, context).id()
        do {
            try await accounts.revokeToken(visitor, id: id)
        } catch AccountError.tokenNotFound {
            throw HTTPError(.notFound)
        }
        return .redirect(to: "/me#tokens", type: .normal)
    }

    @Sendable func deleteAccount(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        do {
            try await accounts.deleteAccount(visitor, password: context.form.text("password"))
        } catch let error as AccountError {
            return try await render(request, context, visitor, refusal: error)
        }
        var response = Response.redirect(to: "/", type: .normal)
        response.setCookie(SiteCookie.session.removal(secure: context.settings.isSecure))
        return response
    }

    /// The page with the refusal's message, status and, for a refusal to wait, Retry-After.
    private func render(_ request: Request, _ context: Context, _ visitor: Visitor, refusal: AccountError) async throws -> Response {
        var response = try await render(request, context, visitor, status: refusal.status, error: { $0.message(for: refusal) })
        response.headers[.retryAfter] = refusal.retryAfter
        return response
    }

    private func render(
        _ request: Request, _ context: Context, _ visitor: Visitor, status: HTTPResponse.Status = .ok, newToken: String? = nil,
        error: ((AccountStrings) -> String)? = nil, notice: ((AccountStrings) -> String?)? = nil
    ) async throws -> Response {
        let pageContext = try await pages.context(for: request, context)
        let t = pageContext.strings.account
        let model = ProfileModel(
            visitor: visitor, tokens: try await accounts.tokens(visitor), context: pageContext,
            notice: notice?(t) ?? nil, error: error?(t), newToken: newToken)
        return try pages.render("profile", model, status: status)
    }
}
