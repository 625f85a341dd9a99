import Hummingbird

/// `405 Method Not Allowed`, with `Allow`, for an API address that exists under other methods
/// (`DELETE /api/v1/categories`, `TRACE /api/v1/me`), where the router alone would answer 404 as for an
/// address that does not exist. It acts only when no route matched, and knows the routes from the router's
/// own table, so a new API route is covered without anyone remembering it.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = SiteRequestContext

    private let routes: [(segments: [Substring], method: HTTPRequest.Method)]

    init(routes: [Router<Context>.RouteDescription]) {
        self.routes = routes.compactMap { route in
            let path = route.path.description
            guard path.hasPrefix("/api/") else { return nil }
            return (path.split(separator: "/"), route.method)
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.endpointPath == nil, APIResponse.isAPI(request) else { return try await next(request, context) }
        let allowed = allowedMethods(for: request.uri.path)
        guard !allowed.isEmpty, !allowed.contains(request.method) else { return try await next(request, context) }
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        var response = APIResponse.error(.methodNotAllowed, code: .methodNotAllowed, message: "\(request.method.rawValue) is not allowed here: \(list)")
        response.headers[.allow] = list
        return response
    }

    /// The methods of every API route whose template matches `path`, GET's HEAD included, in a fixed order.
    func allowedMethods(for path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/")
        var methods: Set<HTTPRequest.Method> = []
        for route in routes where Self.matches(route.segments, segments) {
            methods.insert(route.method)
            if route.method == .get { methods.insert(.head) }
        }
        let order: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]
        return order.filter(methods.contains) + methods.filter { !order.contains($0) }.sorted { $0.rawValue < $1.rawValue }
    }

    private static func matches(_ template: [Substring], _ segments: [Substring]) -> Bool {
        guard template.count == segments.count else { return false }
        return zip(template, segments).allSatisfy { pattern, segment in
            pattern == "*" || pattern.first == "{" && pattern.last == "}" && pattern.dropFirst().allSatisfy({ $0 != "{" }) || pattern == segment
        }
    }
}
