import Hummingbird

/// A route of the router's own table, as the fuzzer fills it in: its method, and its path as literal
/// text with captures (`{id}`, `sitemap-{part}`) to put values into.
struct FuzzRoute: CustomStringConvertible, Sendable {
    enum Segment: Sendable {
        case literal(String)
        /// A captured parameter with the literal text around it in its segment; `*` for wildcards.
        case capture(prefix: String, name: String, suffix: String)
    }

    let method: HTTPRequest.Method
    let segments: [Segment]
    let description: String

    /// Every route the router answers, read from the router itself, so a new route is fuzzed the day it is added.
    static func all(of router: Router<some RequestContext>) -> [FuzzRoute] {
        router.routes.map { FuzzRoute(method: $0.method, path: $0.path.description) }
    }

    init(method: HTTPRequest.Method, path: String) {
        self.method = method
        description = "\(method) \(path)"
        segments = path.split(separator: "/").map { part in
            let part = String(part)
            if part.contains("*") { return .capture(prefix: "", name: "*", suffix: "") }
            guard let open = part.firstIndex(of: "{"), let close = part.firstIndex(of: "}") else { return .literal(part) }
            return .capture(
                prefix: String(part[..<open]), name: String(part[part.index(after: open)..<close]), suffix: String(part[part.index(after: close)...]))
        }
    }

    var captureNames: [String] {
        segments.compactMap { if case .capture(_, let name, _) = $0 { name } else { nil } }
    }

    /// The path with each capture filled by `value(name)`, already written for a URI.
    func path(_ value: (String) -> String) -> String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .capture(let prefix, let name, let suffix): prefix + value(name) + suffix
            }
        }.joined(separator: "/")
    }

    var hasBody: Bool { [.post, .put, .patch, .delete].contains(method) }
}
