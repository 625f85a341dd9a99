import GuanshanLibrary
import Hummingbird
import Mustache

/// Renders page models with the compiled templates, in the language the reader chose.
struct PageRenderer: Sendable {
    let library: Library
    let templates: MustacheLibrary

    init(library: Library) throws {
        self.library = library
        self.templates = try Templates.library()
    }

    /// What every page needs to know: language, settings, categories, the visitor and their form token.
    func context(for request: Request, _ site: SiteRequestContext) async throws -> PageContext {
        let formToken = try await FormGuardMiddleware.formSecret(site).asyncMap { try await library.formKey.token(for: $0) }
        return PageContext(
            language: Language(request: request), settings: site.settings, categories: try await library.store.categories(),
            visitor: site.visitor, formToken: formToken, path: request.uri.path + (request.uri.query.map { "?\($0)" } ?? ""))
    }

    /// A page whose form an anonymous visitor may send (login, registration, setup): gives the browser
    /// the form cookie its token is bound to, when it has none.
    func renderForm(
        _ template: String, request: Request, context site: SiteRequestContext, status: HTTPResponse.Status = .ok,
        model: (PageContext) -> SignFormModel
    ) async throws -> Response {
        var site = site
        var newCookie: String?
        if site.visitor == nil, site.formCookie == nil {
            newCookie = Secrets.make()
            site.formCookie = newCookie
        }
        var response = render(template, model(try await context(for: request, site)), status: status)
        if let newCookie {
            response.setCookie(SiteCookie.form.cookie(newCookie, secure: site.settings.isSecure, maxAge: nil))
        }
        return response
    }

    func render(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        let html = templates.render(model, withTemplate: template) ?? ""
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache, private"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

extension Language {
    static let cookieName = "lang"

    /// `?lang=` first (the language switch link), then the cookie it set, then Chinese.
    init(request: Request) {
        let chosen = request.uri.queryParameters["lang"].map(String.init) ?? request.cookies[Self.cookieName]?.value
        self = chosen.flatMap(Language.init(rawValue:)) ?? .zhHans
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
