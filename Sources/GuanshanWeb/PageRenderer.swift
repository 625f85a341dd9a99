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

    func context(for request: Request) async throws -> PageContext {
        async let settings = library.settings()
        async let categories = library.store.categories()
        return PageContext(language: Language(request: request), settings: try await settings, categories: try await categories)
    }

    func render(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        let html = templates.render(model, withTemplate: template) ?? ""
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
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
