/// An element of a parsed HTML tree; the root of a tree has the name `#root`.
final class HTMLElement {
    let name: String
    let attributes: [HTMLAttribute]
    var children: [HTMLNode] = []

    init(name: String, attributes: [HTMLAttribute] = []) {
        self.name = name
        self.attributes = attributes
    }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Adds a child; text next to text joins it.
    func append(_ node: HTMLNode) {
        insert(node, at: children.count)
    }

    func insert(_ node: HTMLNode, at position: Int) {
        guard case .text(let text) = node, position > 0, case .text(var before) = children[position - 1] else {
            return children.insert(node, at: position)
        }
        // Cleared first so that the text is not copied, however many pieces join it.
        children[position - 1] = .text("")
        before += text
        children[position - 1] = .text(before)
    }
}

enum HTMLNode {
    case text(String)
    case element(HTMLElement)
}

/// Element names by the part they play in parsing.
enum HTMLElements {
    static let void: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements left out of the tree with everything in them: scripts, styles, embedded and
    /// foreign content, forms and templates.
    static let dropped: Set<String> = [
        "script", "style", "iframe", "svg", "math", "object", "embed", "form", "template", "noscript",
        "noembed", "noframes", "applet", "frameset",
    ]

    /// Start tags that close an open `p`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "table", "hr", "xmp", "plaintext",
        "li", "dd", "dt",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements that stop the search for an element to close (the standard's "special" category, in part).
    static let special: Set<String> = closesParagraph.union([
        "#root", "applet", "caption", "html", "body", "marquee", "object", "table", "tbody", "td", "template",
        "tfoot", "th", "thead", "tr", "select", "button", "textarea", "title",
    ])

    /// Boundaries of the standard's default scope.
    static let scope: Set<String> = ["#root", "applet", "caption", "html", "marquee", "object", "table", "td", "template", "th"]

    /// Elements whose start tags mean nothing outside a table.
    static let tableParts: Set<String> = ["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"]

    /// Open elements in which text and other elements do not belong, and are put before the table instead.
    static let tableContext: Set<String> = ["table", "tbody", "thead", "tfoot", "tr"]

    static func textMode(for name: String) -> HTMLTokenizer.TextMode? {
        switch name {
        case "script": .script
        case "style", "xmp", "iframe", "noembed", "noframes", "noscript": .rawText(name)
        case "title", "textarea": .escapableRawText(name)
        case "plaintext": .plainText
        default: nil
        }
    }

    /// HTML start tags that end SVG or MathML content where they appear.
    static let leaveForeignContent: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ]

    /// SVG and MathML elements whose content is HTML again.
    static let integrationPoints: Set<String> = ["foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"]
}
