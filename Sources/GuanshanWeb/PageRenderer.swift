import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird
import HummingbirdCore

/// Renders page models with the compiled templates, in the language the reader chose.
struct PageRenderer: Sendable {
    let reading: ReadingService
    let formKey: FormKey
    /// The signed-in visitor's unread notifications, for the account bar; none without it.
    let contributions: Contributions?
    /// The comment counts lists show; none without it.
    let comments: CommentService?
    let templates: TemplateLibrary
    let cache: PageCache
    private let categories = StampedMemo<[GuanshanModel.Category]>()

    init(
        reading: ReadingService, formKey: FormKey, contributions: Contributions? = nil, comments: CommentService? = nil,
        cache: PageCache = PageCache(byteLimit: WebConfiguration.defaultPageCacheBytes)
    ) throws {
        self.reading = reading
        self.formKey = formKey
        self.contributions = contributions
        self.comments = comments
        self.templates = try Templates.library()
        self.cache = cache
    }

    /// What every page needs to know: language, settings, categories, the visitor and their form token.
    func context(for request: Request, _ site: SiteRequestContext) async throws -> PageContext {
        let formToken = try await FormGuardMiddleware.formSecret(site).asyncMap { try await formKey.token(for: $0) }
        var context = PageContext(
            language: Language(request: request), settings: site.settings,
            categories: try await categories.value(stamp: site.stamp) { try await reading.categories() },
            visitor: site.visitor, formToken: formToken, path: request.uri.path + (request.uri.query.map { "?\($0)" } ?? ""))
        context.readingStyle = ReadingStyle(cookies: request.cookies)
        if let visitor = site.visitor, let contributions {
            context.unreadNotifications = try await contributions.unreadCount(of: visitor)
        }
        return context
    }

    /// The context of a list of documents, with the number of comments of each.
    func context(for request: Request, _ site: SiteRequestContext, listing documents: [Int64]) async throws -> PageContext {
        var context = try await context(for: request, site)
        if let comments, site.settings.comments != .off { context.commentCounts = try await comments.counts(documentIDs: documents) }
        return context
    }

    /// A page whose form an anonymous visitor may send (login, registration, setup): gives the browser
    /// the form cookie its token is bound to, when it has none.
    func renderForm(
        _ template: String, request: Request, context site: SiteRequestContext, status: HTTPResponse.Status = .ok,
        model: (PageContext) -> SignFormModel
    ) async throws -> Response {
        try await renderWithFormCookie(template, request: request, context: site, status: status, model: model)
    }

    /// Any page whose form an anonymous visitor may send (a report), as `renderForm`.
    func renderWithFormCookie<Model>(
        _ template: String, request: Request, context site: SiteRequestContext, status: HTTPResponse.Status = .ok,
        model: (PageContext) -> Model
    ) async throws -> Response {
        var site = site
        var newCookie: String?
        if site.visitor == nil, site.formCookie == nil {
            newCookie = Secrets.make()
            site.formCookie = newCookie
        }
        var response = try render(template, model(try await context(for: request, site)), status: status)
        if let newCookie {
            response.setCookie(SiteCookie.form.cookie(newCookie, secure: site.settings.isSecure, maxAge: nil))
        }
        return response
    }

    /// A page that every visitor who is not signed in sees alike (a document's page, the home page, a
    /// list): from the cache when it holds the page (with its gzip), else made by `make` and kept. A read
    /// of the page counts a view of `viewOf`, also when the page comes from the cache (here or in
    /// `CachedPageHandler`). Such a page is rendered without the visitor's form cookie, so that no token is
    /// ever shared. A signed-in visitor gets a page of their own, never cached, that no shared cache may keep.
    func shared(
        _ request: Request, _ site: SiteRequestContext, viewOf: Int64? = nil,
        make: (SiteRequestContext) async throws -> Representation
    ) async throws -> Response {
        guard site.visitor == nil else {
            var page = try await make(site)
            page.cacheControl = "private, no-cache"
            return page.response(to: request)
        }
        let key = PageCache.Key(request.uri, cookies: request.cookies, stamp: site.stamp)
        if let key, var hit = cache.page(for: key) {
            hit.countView(request.method, in: reading.views)
            if hit.page.lacksGzip(for: request.headers) {
                hit.page = hit.page.withGzip()
                cache.store(hit, for: key)
            }
            return hit.page.response(to: request)
        }
        var anonymous = site
        anonymous.formCookie = nil
        var page = try await make(anonymous)
        page.cacheControl = "public, no-cache"
        // The gzip is made when a client first asks for it, and kept: a miss for a client without gzip costs none.
        if page.lacksGzip(for: request.headers) { page = page.withGzip() }
        if let key { cache.store(PageCache.Hit(page: page, viewOf: viewOf), for: key) }
        return page.response(to: request)
    }

    /// A rendered page as a body with its validators; `cacheControl` is set by `shared`.
    func representation(_ template: String, _ model: Any, lastModified: Date) throws -> Representation {
        let html = try html(template, model)
        return Representation(html, contentType: "text/html; charset=utf-8", cacheControl: "private, no-cache", lastModified: lastModified)
    }

    func render(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache, private"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: try html(template, model))))
    }

    /// A template the site does not have: the request is a 500 with this logged, never an empty page.
    struct MissingTemplate: Error, CustomStringConvertible {
        var name: String
        var description: String { "no template named \(name)" }
    }

    private func html(_ template: String, _ model: Any) throws -> String {
        guard let html = templates.render(model, template: template) else { throw MissingTemplate(name: template) }
        return html
    }
}

extension Language {
    static let cookieName = "lang"

    /// `?lang=` first (the language switch link), then the cookie it set, then Chinese.
    init(uri: URI, cookies: Cookies) {
        let chosen = uri.queryParameters["lang"].map(String.init) ?? cookies[Self.cookieName]?.value
        self = chosen.flatMap(Language.init(rawValue:)) ?? .zhHans
    }

    init(request: Request) {
        self.init(uri: request.uri, cookies: request.cookies)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
