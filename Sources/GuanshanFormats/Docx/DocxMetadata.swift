import Foundation

/// The title, author and creation time in `docProps/core.xml`.
struct DocxCoreProperties {
    var title: String?
    var author: String?
    var created: Date?

    init(_ root: XMLNode?) {
        func text(_ name: String) -> String? {
            root?.child(name).map { $0.text.trimmingWhiteSpace }.flatMap { $0.isEmpty ? nil : $0 }
        }
        title = text("dc:title")
        author = text("dc:creator")
        created = text("dcterms:created").flatMap { ISODate.parse($0) }
    }
}

/// The link targets of a part's relationships (`word/_rels/document.xml.rels`): only external
/// http, https and mailto targets are kept; none is ever fetched.
struct DocxRelationships {
    private var links: [String: String] = [:]

    init(_ root: XMLNode?) {
        for relationship in root?.children("Relationship") ?? [] {
            guard relationship.attributes["TargetMode"] == "External", let id = relationship.attributes["Id"],
                  let target = relationship.attributes["Target"]?.trimmingWhiteSpace,
                  let scheme = target.split(separator: ":", maxSplits: 1).first?.lowercased(),
                  ["http", "https", "mailto"].contains(scheme)
            else { continue }
            links[id] = target
        }
    }

    func link(_ id: String?) -> String? { id.flatMap { links[$0] } }
}
