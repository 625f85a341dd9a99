import GuanshanModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GuanshanText

/// The XML parser's delegate: keeps the text of the few elements an export's posts need, one item at a time.
final class WXRReader: NSObject, XMLParserDelegate {
    private(set) var export = WXRExport()
    private(set) var refusal: FormatError?
    private(set) var sawWXRRoot = false
    /// The line where the parser first found the XML broken.
    private(set) var errorLine: Int?
    /// Whether the input ended inside the root element, as a truncated download does.
    private(set) var endedEarly = false
    /// Whether the root element was closed: the parser does not always report a file that breaks off.
    private(set) var rootClosed = false

    private let html: (String) -> [Block]
    private var wxrNamespaceDeclared = false
    /// Canonical names (`wp:post_id`, whatever prefix the file uses) of the open elements.
    private var open: [String] = []
    private var text: String?
    private var item: WXRItemFields?
    /// The `domain` of the item's open `category` element: `category` or `post_tag`.
    private var termDomain = "category"
    private var authorLogin = ""
    private var authorName = ""
    /// Display names by login, from the channel's `wp:author` entries.
    private var authors: [String: String] = [:]

    init(html: @escaping (String) -> [Block]) {
        self.html = html
    }

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        if Self.isWXRNamespace(namespaceURI) { wxrNamespaceDeclared = true }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        let name = Self.canonicalName(elementName, namespaceURI: namespaceURI)
        if open.isEmpty {
            guard name == "rss", wxrNamespaceDeclared else {
                refusal = .notWXR
                parser.abortParsing()
                return
            }
            sawWXRRoot = true
        }
        let parent = open.last
        open.append(name)
        switch (parent, name) {
        case ("channel", "item"):
            item = WXRItemFields(line: parser.lineNumber)
        case ("item", "category"):
            text = ""
            termDomain = attributes["domain"] ?? "category"
        case ("item", _) where WXRItemFields.captured.contains(name):
            text = ""
        case ("wp:author", "wp:author_login"), ("wp:author", "wp:author_display_name"):
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text?.append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text?.append(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let name = open.popLast() else { return }
        rootClosed = open.isEmpty
        let value = text
        text = nil
        switch (open.last, name) {
        case ("channel", "item"):
            if let fields = item { add(fields) }
            item = nil
        case ("item", "category"):
            if let value { item?.addTerm(value, domain: termDomain) }
        case ("item", _):
            if let value { item?.values[name] = value }
        case ("wp:author", "wp:author_login"):
            authorLogin = value ?? ""
        case ("wp:author", "wp:author_display_name"):
            authorName = value ?? ""
        case ("channel", "wp:author"):
            if !authorLogin.isEmpty { authors[authorLogin] = authorName }
            authorLogin = ""
            authorName = ""
        default:
            break
        }
    }

    /// An error after the root element's end is ignored: nothing of the export is left to read, and
    /// libxml2 reports "huge input lookup" there after a file of more than 10 MB.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard !rootClosed else { return }
        if errorLine == nil { errorLine = parser.lineNumber }
        // The code is libxml2's own: 5 is XML_ERR_DOCUMENT_END. (On Linux, XMLParser.ErrorCode is off by one from it.)
        if (parseError as NSError).code == 5 { endedEarly = true }
    }

    private func add(_ fields: WXRItemFields) {
        switch fields.read(authors: authors, html: html) {
        case .item(let item): export.items.append(item)
        case .skipped(let reason): export.skipped[reason, default: 0] += 1
        }
    }

    /// `http://wordpress.org/export/1.2/` and the like; not the `…/1.2/excerpt/` namespace.
    static func isWXRNamespace(_ uri: String) -> Bool {
        let prefix = "http://wordpress.org/export/"
        guard uri.hasPrefix(prefix) else { return false }
        let version = uri.dropFirst(prefix.count)
        return version.hasSuffix("/") && !version.dropLast().contains("/")
    }

    private static func canonicalName(_ localName: String, namespaceURI: String?) -> String {
        switch namespaceURI {
        case let uri? where isWXRNamespace(uri): "wp:" + localName
        case "http://purl.org/rss/1.0/modules/content/": "content:" + localName
        case "http://purl.org/dc/elements/1.1/": "dc:" + localName
        case nil, "": localName
        default: "other:" + localName
        }
    }
}
