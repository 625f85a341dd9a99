/// Keeps what is safe of untrusted HTML: an allow-list of text elements, links to http, https,
/// mailto and relative URLs, nothing else. The input is parsed as a browser would
/// (`HTMLTreeBuilder`) and written out again, so the output is well-formed and escaped.
public enum HTMLSanitizer {
    /// Elements kept, without attributes (but for `a`).
    static let allowedElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "b", "strong", "i",
        "em", "u", "a", "table", "thead", "tbody", "tr", "th", "td", "br", "hr",
    ]

    /// Unwrapping an element can leave one where a parser would not nest it (a heading inside a
    /// heading that a `span` stood between), so the output is parsed and written again until it
    /// reads back as written: a browser then builds the very tree that was checked.
    public static func sanitize(_ html: String) -> String {
        var output = written(html)
        for _ in 0..<3 {
            let again = written(output)
            if again == output { break }
            output = again
        }
        return output
    }

    private static func written(_ html: String) -> String {
        var output = ""
        write(children: HTMLTreeBuilder.parse(html), to: &output)
        return output
    }

    /// The link target of an `a` element, when it has one that may be kept.
    static func link(_ element: HTMLElement) -> String? {
        guard let href = element.attribute("href"), !hasUnknownReference(href),
              let url = MarkdownLinks.allowedURL(href), hasHostIfWeb(url)
        else { return nil }
        return url
    }

    /// An http or https URL names a host, and a port only in digits: what the URL parsers of
    /// browsers refuse (`https:javascript:alert(1)`, `http://a:b`) is not kept.
    private static func hasHostIfWeb(_ url: String) -> Bool {
        let compact = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard let colon = compact.firstIndex(of: ":"), ["http", "https"].contains(compact[..<colon].lowercased()) else { return true }
        let rest = compact[compact.index(after: colon)...]
        guard rest.prefix(2).count == 2, rest.prefix(2).allSatisfy({ $0 == "/" || $0 == "\\" }) else { return false }
        let authority = rest.dropFirst(2).prefix { !"/\\?#".contains($0) }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let hostEnd: Substring.Index
        if hostAndPort.hasPrefix("[") {
            guard let bracket = hostAndPort.firstIndex(of: "]") else { return false }
            hostEnd = hostAndPort.index(after: bracket)
        } else {
            hostEnd = hostAndPort.firstIndex(of: ":") ?? hostAndPort.endIndex
        }
        let port = hostAndPort[hostEnd...]
        guard hostEnd > hostAndPort.startIndex, port.isEmpty || port.first == ":" else { return false }
        return port.dropFirst().allSatisfy { $0.isASCII && $0.isNumber } && Int(port.dropFirst().prefix(6)) ?? 0 <= 65535
    }

    /// `&name;` left undecoded: a character reference the entity table does not know, which a
    /// browser may read as `:` (`&colon;`) or a tab (`&Tab;`); such a URL is not judged, only dropped.
    private static func hasUnknownReference(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        return scalars.indices.contains { index in
            guard scalars[index] == "&" else { return false }
            let name = scalars[(index + 1)...].prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            return !name.isEmpty && name.endIndex < scalars.count && scalars[name.endIndex] == ";"
        }
    }

    /// Writes the children of `element`. Text directly in a table (from `caption` or other
    /// unwrapped parts) is left out, as is a link in a link, so that the output reads back as written.
    private static func write(children element: HTMLElement, inTable: Bool = false, inLink: Bool = false, to output: inout String) {
        let inTable = inTable || HTMLElements.tableContext.contains(element.name)
        for child in element.children {
            switch child {
            case .text(let text):
                if !inTable { output += escaped(text, quotes: false) }
            case .element(let child):
                write(child, inTable: inTable, inLink: inLink, to: &output)
            }
        }
    }

    private static func write(_ element: HTMLElement, inTable: Bool, inLink: Bool, to output: inout String) {
        let name = element.name
        let href = name == "a" && !inLink ? link(element) : nil
        guard allowedElements.contains(name), name != "a" || href != nil else {
            return write(children: element, inTable: inTable, inLink: inLink, to: &output)
        }
        if let href {
            output += "<a href=\"\(escaped(href, quotes: true))\" rel=\"noopener noreferrer\">"
        } else {
            output += "<\(name)>"
        }
        guard !HTMLElements.void.contains(name) else { return }
        // A parser drops a line break right after `<pre>`: one that belongs to the text is written twice.
        if name == "pre", case .text(let text)? = element.children.first, text.hasPrefix("\n") { output += "\n" }
        write(children: element, inLink: inLink || href != nil, to: &output)
        output += "</\(name)>"
    }

    /// `&`, `<` and `>` as references, and `"` too for attribute values.
    static func escaped(_ text: String, quotes: Bool) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\"") where quotes: result += "&quot;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
