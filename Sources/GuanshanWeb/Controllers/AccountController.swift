import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import HTTPTypes
import Hummingbird

/// `/login`, `/register`, `/logout` and `/setup/{secret}` (the first admin).
struct AccountController {
    typealias Context = SiteRequestContext

    let accounts: Accounts
    let pages: PageRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/login", use: loginPage)
        router.post("/login", use: logIn)
        router.get("/register", use: registerPage)
        router.post("/register", use: register)
        router.post("/logout", use: logOut)
        router.get("/setup/:secret", use: setupPage)
        router.post("/setup/:secret", use: setUp)
    }

    @Sendable func loginPage(_ request: Request, context: Context) async throws -> Response {
        let next = Parameters(request, context).text("next")
        if context.visitor != nil { return .redirect(to: next.flatMap(SitePath.localPath) ?? "/", type: .normal) }
        return try await pages.renderForm("signForm", request: request, context: context) { .login(context: $0, next: next) }
    }

    @Sendable func logIn(_ request: Request, context: Context) async throws -> Response {
        let form = context.form
        do {
            let signedIn = try await accounts.logIn(name: form.text("name"), password: form.text("password"), client: context.clientAddress)
            return Self.signedIn(signedIn, next: form["next"], settings: context.settings)
        } catch let error as AccountError {
            var response = try await pages.renderForm("signForm", request: request, context: context, status: error.status) {
                .login(context: $0, name: form.text("name"), next: form["next"], error: $0.strings.account.message(for: error))
            }
            response.headers[.retryAfter] = error.retryAfter
            return response
        }
    }

    @Sendable func registerPage(_ request: Request, context: Context) async throws -> Response {
        if context.visitor != nil { return .redirect(to: "/", type: .normal) }
        return try await pages.renderForm("signForm", request: request, context: context) { pageContext in
            .register(context: pageContext, error: pageContext.settings.registrationOpen ? nil : pageContext.strings.account.registrationClosed)
        }
    }

    @Sendable func register(_ request: Request, context: Context) async throws -> Response {
        let form = context.form
        do {
            guard form.text("password") == form.text("confirm") else { throw FormProblem.passwordsDiffer }
            let signedIn = try await accounts.register(name: form.text("name"), password: form.text("password"), client: context.clientAddress)
            return Self.signedIn(signedIn, next: nil, settings: context.settings)
        } catch let problem as FormProblem {
            return try await pages.renderForm("signForm", request: request, context: context, status: .badRequest) {
                .register(context: $0, name: form.text("name"), error: problem.message($0.strings.account))
            }
        } catch let error as AccountError {
            var response = try await pages.renderForm("signForm", request: request, context: context, status: error.status) {
                .register(context: $0, name: form.text("name"), error: $0.strings.account.message(for: error))
            }
            response.headers[.retryAfter] = error.retryAfter
            return response
        }
    }

    @Sendable func logOut(_ request: Request, context: Context) async throws -> Response {
        if let visitor = context.visitor { try await accounts.logOut(visitor) }
        var response = Response.redirect(to: "/", type: .found)
        response.setCookie(SiteCookie.session.removal(secure: context.settings.isSecure))
        return response
    }

    @Sendable func setupPage(_ request: Request, context: Context) async throws -> Response {
        let secret = try Parameters(request, context).name("secret")
        let open = try await accounts.setupIsOpen(secret: secret)
        return try await pages.renderForm("signForm", request: request, context: context, status: open ? .ok : .notFound) { pageContext in
            .setup(context: pageContext, secret: secret, open: open, error: open ? nil : pageContext.strings.account.setupUnavailable)
        }
    }

    @Sendable func setUp(_ request: Request, context: Context) async throws -> Response {
        let secret = try Parameters(request, context).name("secret")
        let form = context.form
        do {
            guard form.text("password") == form.text("confirm") else { throw FormProblem.passwordsDiffer }
            let signedIn = try await accounts.completeSetup(
                secret: secret, name: form.text("name"), password: form.text("password"), client: context.clientAddress)
            return Self.signedIn(signedIn, next: SitePath.admin.path, settings: context.settings)
        } catch let problem as FormProblem {
            return try await pages.renderForm("signForm", request: request, context: context, status: .badRequest) {
                .setup(context: $0, secret: secret, open: true, name: form.text("name"), error: problem.message($0.strings.account))
            }
        } catch let error as AccountError {
            let open = error != .setupUnavailable
            return try await pages.renderForm("signForm", request: request, context: context, status: error.status) {
                .setup(context: $0, secret: secret, open: open, name: form.text("name"), error: $0.strings.account.message(for: error))
            }
        }
    }

    /// The session cookie and a redirect to where the visitor was going.
    static func signedIn(_ signedIn: SignedIn, next: String?, settings: SiteSettings) -> Response {
        var response = Response.redirect(to: next.flatMap(SitePath.localPath) ?? "/", type: .normal)
        response.setCookie(SiteCookie.session.cookie(signedIn.sessionSecret, secure: settings.isSecure, maxAge: Int(SessionPolicy.of(signedIn.user.role).lifetime)))
        return response
    }
}

/// A form refused before it reaches the library.
enum FormProblem: Error {
    case passwordsDiffer

    func message(_ strings: AccountStrings) -> String {
        switch self {
        case .passwordsDiffer: strings.passwordsDiffer
        }
    }
}
