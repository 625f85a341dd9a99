import GuanshanRequestParsing
import Hummingbird

/// The one door through which a handler reads the values a request carries in its path and query:
/// each is parsed into a typed, range-checked value or refused (`ParameterError`) before the handler
/// does anything with it. A number in a non-canonical form (`/d/01`, `?page=02`) sends a GET or HEAD to
/// the canonical address, so that one page is never rendered or cached under two.
struct Parameters {
    let request: Request
    let context: SiteRequestContext

    init(_ request: Request, _ context: SiteRequestContext) {
        self.request = request
        self.context = context
    }

    /// Path parameter `name`: 404 when it is missing or cannot be a `Value`.
    func path<Value: ParameterValue>(_ name: String, as type: Value.Type) throws -> Value {
        guard let raw = context.parameters.get(name), let text = raw.removingPercentEncoding, let value = Value(parameter: text) else {
            throw ParameterError.notFound
        }
        if value.canonical != text {
            throw movedOrNotFound(path: canonicalPath(replacing: name, with: value.canonical), query: request.uri.query)
        }
        return value
    }

    /// What the path's `:id` names: a document, an account, a category, a token.
    func id() throws -> Int64 {
        try path("id", as: Identifier.self).value
    }

    /// A name in the path (a slug, a tag, a secret), percent-decoded.
    func name(_ key: String) throws -> String {
        try path(key, as: Name.self).value
    }

    /// Query parameter `name`, decoded as forms encode it: nil when absent or empty (a form's field left
    /// blank); 400 when it cannot be a `Value`.
    func query<Value: ParameterValue>(_ name: String, as type: Value.Type, allowed: @autoclosure () -> String) throws -> Value? {
        guard let text = nonEmptyText(name) else { return nil }
        guard let value = Value(parameter: text) else { throw ParameterError.invalid(name: name, allowed: allowed()) }
        try requireCanonical(value, written: text, inQuery: name)
        return value
    }

    /// `?page=`, 1 without it: 400 for what is not a page number, 404 for a page beyond any list the
    /// site could have.
    func pageNumber() throws -> Int {
        guard let text = nonEmptyText("page") else { return 1 }
        guard DecimalDigits.areDigits(text), text.contains(where: { $0 != "0" }) else {
            throw ParameterError.invalid(name: "page", allowed: "1, 2, 3, …")
        }
        // A well-formed page number too large for any list.
        guard let page = PageNumber(parameter: text) ?? PageNumber(parameter: String(text.drop { $0 == "0" })) else {
            throw ParameterError.notFound
        }
        try requireCanonical(page, written: text, inQuery: "page")
        return page.value
    }

    enum PageChoice: Equatable {
        case page(Int)
        case all
    }

    /// `?page=N` or `?page=all`, page 1 without it.
    func pageOrAll() throws -> PageChoice {
        text("page") == "all" ? .all : .page(try pageNumber())
    }

    /// One of a fixed set of words in the query (`?state=draft`): nil without it, 400 for another word.
    func option<Value: RawRepresentable & CaseIterable>(_ name: String, as type: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let text = nonEmptyText(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw ParameterError.invalid(name: name, allowed: Value.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// A count in the query within `range`, `defaultValue` without it; 400 outside the range.
    func count(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        let allowed = "\(range.lowerBound)...\(range.upperBound)"
        guard let count = try query(name, as: Count.self, allowed: allowed) else { return defaultValue }
        guard range.contains(count.value) else { throw ParameterError.invalid(name: name, allowed: allowed) }
        return count.value
    }

    /// The first value of `name` in the query string, decoded as HTML forms encode it: `+` is a space
    /// (a form sends `政协 党组` as `q=政协+党组`) and `%2B` a plus. A malformed escape is kept as it came.
    func text(_ name: String) -> String? {
        FormFields(request.uri.query ?? "")[name]
    }

    /// A non-empty query value, or nil for none or an empty one (`?c=` is no category).
    func nonEmptyText(_ name: String) -> String? {
        text(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    private func requireCanonical(_ value: some ParameterValue, written text: String, inQuery name: String) throws {
        if value.canonical != text {
            throw movedOrNotFound(path: request.uri.path, query: canonicalQuery(replacing: name, with: value.canonical))
        }
    }

    private func movedOrNotFound(path: String, query: String?) -> ParameterError {
        guard [.get, .head].contains(request.method) else { return .notFound }
        return .moved(to: path + (query.map { $0.isEmpty ? "" : "?" + $0 } ?? ""))
    }

    /// The request's path with the segment that the route captures as `{name}` written with `value`.
    private func canonicalPath(replacing name: String, with value: String) -> String {
        let capture = "{\(name)}"
        let route = (context.endpointPath ?? "").split(separator: "/", omittingEmptySubsequences: false)
        var segments = request.uri.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let index = route.firstIndex(where: { $0.contains(capture) }), segments.indices.contains(index) {
            segments[index] = route[index].replacingOccurrences(of: capture, with: value)
        }
        return segments.joined(separator: "/")
    }

    /// The query string with the first `name=` field's value written as `value` (a URL-safe canonical number).
    private func canonicalQuery(replacing name: String, with value: String) -> String {
        var replaced = false
        return (request.uri.query ?? "").split(separator: "&", omittingEmptySubsequences: false).map { field in
            guard !replaced, field.split(separator: "=", maxSplits: 1).first.map(String.init)?.removingPercentEncoding == name else {
                return String(field)
            }
            replaced = true
            return "\(name)=\(value)"
        }.joined(separator: "&")
    }
}
