import GuanshanText
import Foundation

extension DocxWriter {
    /// `docProps/core.xml` (title, author, creation time) and `docProps/app.xml`.
    enum Properties {
        static func core(title: String, author: String?, created: Date?) -> String {
            var properties = "<dc:title>\(Markup.escaped(title))</dc:title>"
            if let author { properties += "<dc:creator>\(Markup.escaped(author))</dc:creator>" }
            if let created {
                properties += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(created.ISO8601Format())</dcterms:created>"#
            }
            return XML.declaration
                + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
                + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
                + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
                + properties + "</cp:coreProperties>"
        }

        static let app = XML.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#
            + #"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
            + "<Application>Guanshan</Application><DocSecurity>0</DocSecurity></Properties>"
    }
}
