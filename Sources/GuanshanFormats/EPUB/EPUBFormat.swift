import Foundation
import GuanshanModel
import GuanshanText

/// EPUB books (2 and 3): the chapters of the spine in reading order, each read by the HTML reader, so
/// that their headings, paragraphs, lists and tables come as from a web page and their scripts never
/// do. The title, author, date and subjects come from the package's metadata. Read in memory within
/// the limits of `ZipArchive` and `SafeXML`; a book whose chapters are encrypted (DRM) is refused.
public enum EPUBFormat {
    /// The largest .epub read: 64 MB.
    public static let maxBytes = limits.inputBytes
    static let limits = ZipArchive.Limits(inputBytes: 64 << 20, entries: 10_000, inflatedBytes: 256 << 20)

    public static func parse(_ data: Data, fileName: String) throws(FormatError) -> ParsedDocument {
        var archive = try ZipArchive(data, limits: limits, damaged: .notEPUB)
        guard let containerBytes = try archive.read("META-INF/container.xml") else { throw .notEPUB }
        let container = try SafeXML.parse(containerBytes, damaged: .notEPUB)
        guard let packagePath = container.descendants(local: "rootfile").compactMap({ $0.attributes["full-path"] }).first,
              let packageBytes = try archive.read(packagePath)
        else { throw .notEPUB }
        let package = EPUBPackage(try SafeXML.parse(packageBytes, damaged: .notEPUB), at: packagePath)
        if let encryption = try archive.read("META-INF/encryption.xml") {
            let encrypted = try Self.encrypted(encryption)
            if package.spine.contains(where: encrypted.contains) { throw .drmProtected }
        }
        var blocks: [Block] = []
        for path in package.spine {
            guard let bytes = try archive.read(path) else { continue }
            blocks += HTMLFormat.blocks(try HTMLFormat.decode(Data(bytes)))
        }
        guard blocks.contains(where: { !$0.plainText.isBlank }) else { throw .empty }
        var title = package.title
        if title == nil, case .heading(_, let spans) = blocks.first {
            title = spans.map(\.text).joined()
            blocks.removeFirst()
        }
        return ParsedDocument(
            title: title ?? FileName.stem(fileName), blocks: blocks, tags: package.subjects, author: package.author,
            created: package.date)
    }

    /// The paths `META-INF/encryption.xml` names as encrypted (font obfuscation names fonts, never chapters).
    private static func encrypted(_ bytes: [UInt8]) throws(FormatError) -> Set<String> {
        let root = try SafeXML.parse(bytes, damaged: .notEPUB)
        return Set(root.descendants(local: "CipherReference").compactMap { $0.attributes["URI"] }.map(EPUBPackage.decodedPath))
    }
}

/// The package document (`.opf`): its metadata, and the spine's chapters as paths in the archive.
struct EPUBPackage {
    var title: String?
    var author: String?
    var date: Date?
    var subjects: [String]
    /// The archive paths of the spine's XHTML documents, in reading order; auxiliary ones (`linear="no"`)
    /// and the EPUB 3 navigation document (the table of contents) are left out.
    var spine: [String]

    init(_ root: XMLNode, at path: String) {
        let metadata = root.descendants(local: "metadata").first
        func texts(_ name: String) -> [String] {
            (metadata?.descendants(local: name) ?? []).map { $0.text.trimmingWhiteSpace }.filter { !$0.isEmpty }
        }
        title = texts("title").first
        author = texts("creator").first
        date = texts("date").first.flatMap { ISODate.parse($0) }
        subjects = texts("subject")
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        var manifest: [String: (href: String, type: String, properties: String)] = [:]
        for item in root.descendants(local: "item") {
            guard let id = item.attributes["id"], let href = item.attributes["href"] else { continue }
            manifest[id] = (href, item.attributes["media-type"] ?? "", item.attributes["properties"] ?? "")
        }
        spine = root.descendants(local: "itemref").compactMap { reference in
            guard reference.attributes["linear"] != "no", let id = reference.attributes["idref"], let item = manifest[id],
                  item.type == "application/xhtml+xml" || item.type == "text/html", !item.properties.split(separator: " ").contains("nav")
            else { return nil }
            return Self.resolved(item.href, in: folder)
        }
    }

    /// `href` relative to the package's folder, as an archive path: `..` and `.` resolved, escapes read.
    static func resolved(_ href: String, in folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in decodedPath(String(href.prefix { $0 != "#" })).split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    static func decodedPath(_ href: String) -> String {
        href.removingPercentEncoding ?? href
    }
}

extension XMLNode {
    /// Every element below this one whose name, without its namespace prefix, is `local` (`opf:item`, `item`).
    func descendants(local: String) -> [XMLNode] {
        children.flatMap { child in
            let name = child.name.split(separator: ":").last.map(String.init) ?? child.name
            return (name == local ? [child] : []) + child.descendants(local: local)
        }
    }
}
