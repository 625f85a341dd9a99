import GuanshanModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an XML part, by its qualified name as written (`w:p`, `dc:title`).
struct XMLNode {
    var name: String
    var attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    /// The first child named `name`.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The `w:val` of the child named `name`.
    func value(_ name: String) -> String? { child(name)?.attributes["w:val"] }

    /// Every element below this one, depth first.
    func descendants(_ name: String) -> [XMLNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }
}

/// Reads an XML part of an archive (.docx, .epub) into a tree. A part that declares a document type, or an
/// encoding other than UTF-8, is refused before the parser sees it: no entity is ever defined, so none
/// is expanded. A part that is not XML is `damaged`, in the words of its format.
enum SafeXML {
    static func parse(_ bytes: [UInt8], damaged: FormatError) throws(FormatError) -> XMLNode {
        guard String(validating: bytes, as: UTF8.self) != nil, !bytes.contains(0) else { throw damaged }
        guard !declaresEntities(bytes), declaresUTF8(bytes) else { throw .unsafeXML }
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.stack.first?.children.first else { throw damaged }
        return root
    }

    /// `<!DOCTYPE` or `<!ENTITY`, in any case.
    private static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let words = ["DOCTYPE", "ENTITY"].map { Array($0.utf8) }
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: "!") else { continue }
            let following = bytes[(index + 1)...].prefix(7).map { $0 & 0xDF }
            if words.contains(where: { following.starts(with: $0) }) { return true }
        }
        return false
    }

    /// True unless the XML declaration names an encoding other than UTF-8 (in which the checks above could be hidden).
    private static func declaresUTF8(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self).uppercased()
        guard head.hasPrefix("<?XML") || head.hasPrefix("\u{FEFF}<?XML"), let end = head.range(of: "?>"),
              let encoding = head[..<end.lowerBound].range(of: "ENCODING")
        else { return true }
        let declared = head[encoding.upperBound..<end.lowerBound]
            .drop(while: { $0 == "=" || $0 == " " || $0 == "\"" || $0 == "'" })
            .prefix(while: { $0 != "\"" && $0 != "'" })
        return declared == "UTF-8" || declared == "UTF8"
    }

    /// Deeper nesting than any real document has; refused so that nothing recurses without bound.
    static let maxDepth = 200

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack = [XMLNode(name: "", attributes: [:])]

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard stack.count <= SafeXML.maxDepth else { return parser.abortParsing() }
            stack.append(XMLNode(name: elementName, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard stack.count > 1, let node = stack.popLast() else { return }
            stack[stack.count - 1].children.append(node)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack[stack.count - 1].text += string
        }
    }
}
