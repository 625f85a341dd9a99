import Hummingbird

/// How a reader likes pages set (issue 20): the size and the line spacing of the text, the colours
/// (following the system, light, dark, or sepia 护眼), and how a document prints (plain, or as a Chinese
/// official document, 公文: A4, 仿宋, page numbers). Kept in the `rs` cookie, chosen by the form on every
/// reading page (`GET /reading-style`, which needs no form token: it changes nothing but how the reader's
/// own pages look). Applied as classes of `<html>`; cached pages are kept apart by it (`PageCache.Key`).
struct ReadingStyle: Hashable, Sendable {
    enum Size: String, CaseIterable, Sendable { case small, medium, large }
    enum Spacing: String, CaseIterable, Sendable { case tight, normal, loose }
    enum Theme: String, CaseIterable, Sendable { case auto, light, dark, sepia }
    enum Print: String, CaseIterable, Sendable { case plain, gongwen }

    var size = Size.medium
    var spacing = Spacing.normal
    var theme = Theme.auto
    var print = Print.plain

    static let cookieName = "rs"
    static let standard = ReadingStyle()

    init() {}

    /// The cookie's value (`large.loose.sepia.gongwen`); anything else is the standard style.
    init(cookie: String?) {
        // Every request the page cache answers asks; most send no such cookie.
        guard let cookie, !cookie.isEmpty else { return }
        let parts = cookie.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, let size = Size(rawValue: parts[0]), let spacing = Spacing(rawValue: parts[1]),
              let theme = Theme(rawValue: parts[2]), let print = Print(rawValue: parts[3])
        else { return }
        (self.size, self.spacing, self.theme, self.print) = (size, spacing, theme, print)
    }

    init(cookies: Cookies) {
        self.init(cookie: cookies[Self.cookieName]?.value)
    }

    var cookieValue: String { [size.rawValue, spacing.rawValue, theme.rawValue, print.rawValue].joined(separator: ".") }

    /// The classes of `<html>`; empty for the standard style, whose pages are as they always were.
    var classes: String {
        [
            size == .medium ? nil : "size-\(size.rawValue)", spacing == .normal ? nil : "spacing-\(spacing.rawValue)",
            theme == .auto ? nil : "theme-\(theme.rawValue)", print == .plain ? nil : "print-\(print.rawValue)",
        ].compactMap { $0 }.joined(separator: " ")
    }
}

/// The form on the reading page: each choice with its label and whether it is the reader's.
struct ReadingStyleForm {
    struct Choice { var name: String; var value: String; var label: String; var checked: Bool }
    struct Group { var legend: String; var choices: [Choice] }

    var groups: [Group]
    /// The page to come back to.
    var next: String

    init(_ style: ReadingStyle, next: String, strings: ReadingStyleStrings) {
        func group<Option: RawRepresentable & CaseIterable & Equatable>(_ name: String, _ legend: String, _ chosen: Option) -> Group
        where Option.RawValue == String {
            Group(legend: legend, choices: Option.allCases.map {
                Choice(name: name, value: $0.rawValue, label: strings.labels[$0.rawValue] ?? $0.rawValue, checked: $0 == chosen)
            })
        }
        groups = [
            group("size", strings.size, style.size), group("spacing", strings.spacing, style.spacing),
            group("theme", strings.theme, style.theme), group("print", strings.print, style.print),
        ]
        self.next = next
    }
}

/// `GET /reading-style?size=&spacing=&theme=&print=&next=`: keeps the choice in the cookie for a year and
/// goes back to the page; a value it does not know is a 400.
struct ReadingStyleController {
    typealias Context = SiteRequestContext

    func addRoutes(to router: Router<Context>) {
        router.get("/reading-style", use: choose)
    }

    @Sendable func choose(_ request: Request, context: Context) async throws -> Response {
        let parameters = Parameters(request, context)
        var style = ReadingStyle(cookies: request.cookies)
        if let size = try parameters.option("size", as: ReadingStyle.Size.self) { style.size = size }
        if let spacing = try parameters.option("spacing", as: ReadingStyle.Spacing.self) { style.spacing = spacing }
        if let theme = try parameters.option("theme", as: ReadingStyle.Theme.self) { style.theme = theme }
        if let print = try parameters.option("print", as: ReadingStyle.Print.self) { style.print = print }
        let next = parameters.text("next").flatMap(SitePath.localPath) ?? "/"
        var response = Response.redirect(to: next, type: .normal)
        response.headers[.cacheControl] = "no-store"
        response.setCookie(Cookie(name: ReadingStyle.cookieName, value: style.cookieValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        return response
    }
}
