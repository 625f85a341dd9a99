/// Which links of untrusted HTML an import keeps: http, https, mailto and relative URLs that a browser
/// would read as they look, nothing else. The rest of the markup becomes blocks (`HTMLBlockWriter`),
/// which pages render through the templates, escaped: no HTML of an import is ever written out as is.
enum HTMLLinks {
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
}
