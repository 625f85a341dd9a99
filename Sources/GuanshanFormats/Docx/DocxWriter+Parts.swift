import GuanshanText
extension DocxWriter {
    /// The parts of the package around the document body: content types and relationships.
    enum Parts {
        struct Part {
            var name: String
            var contentType: String
            var relationship: String
        }

        /// The parts `word/document.xml` refers to, in the order of their relationship ids (`rId1` …).
        static let documentParts = [
            Part(name: "styles.xml", contentType: "wordprocessingml.styles+xml", relationship: "styles"),
            Part(name: "numbering.xml", contentType: "wordprocessingml.numbering+xml", relationship: "numbering"),
            Part(name: "fontTable.xml", contentType: "wordprocessingml.fontTable+xml", relationship: "fontTable"),
            Part(name: "settings.xml", contentType: "wordprocessingml.settings+xml", relationship: "settings"),
            Part(name: "footer1.xml", contentType: "wordprocessingml.footer+xml", relationship: "footer"),
        ]

        static let footerId = "rId\((documentParts.firstIndex { $0.relationship == "footer" } ?? 0) + 1)"

        private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        private static let officeTypes = "application/vnd.openxmlformats-officedocument."

        static let contentTypes = XML.declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/word/document.xml" ContentType="\#(officeTypes)wordprocessingml.document.main+xml"/>"#
            + documentParts.map { #"<Override PartName="/word/\#($0.name)" ContentType="\#(officeTypes)\#($0.contentType)"/>"# }.joined()
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + #"<Override PartName="/docProps/app.xml" ContentType="\#(officeTypes)extended-properties+xml"/>"#
            + "</Types>"

        static let packageRelationships = relationships([
            (#"Type="\#(officeRelationships)/officeDocument" Target="word/document.xml""#),
            (#"Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml""#),
            (#"Type="\#(officeRelationships)/extended-properties" Target="docProps/app.xml""#),
        ])

        /// The relationships of `word/document.xml`: its parts, then each link target.
        static func documentRelationships(links: Links) -> String {
            relationships(
                documentParts.map { #"Type="\#(officeRelationships)/\#($0.relationship)" Target="\#($0.name)""# }
                    + links.targets.map {
                        #"Type="\#(officeRelationships)/hyperlink" Target="\#(Markup.escaped($0))" TargetMode="External""#
                    })
        }

        private static func relationships(_ attributes: [String]) -> String {
            XML.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + attributes.enumerated().map { #"<Relationship Id="rId\#($0.offset + 1)" \#($0.element)/>"# }.joined()
                + "</Relationships>"
        }
    }
}
