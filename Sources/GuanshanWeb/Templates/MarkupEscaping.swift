import GuanshanText
import Mustache

/// How templates escape what `{{name}}` writes: with `Markup.escaped`, as the site escapes everything
/// else. swift-mustache's own HTML escaping compares whole Characters, so a quote followed by a
/// combining mark (`"\u{301}`) is one Character it does not know, written as it is: and the quote ends
/// the attribute it stands in (`value="{{query}}"`), letting a visitor's query add attributes to a page.
struct MarkupEscaping: MustacheContentType {
    /// The name templates give it: `Templates.library` starts every template with its pragma.
    static let name = "MARKUP"

    func escapeText(_ text: String) -> String {
        Markup.escaped(text)
    }
}
