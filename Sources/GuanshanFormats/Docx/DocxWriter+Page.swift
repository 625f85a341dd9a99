extension DocxWriter {
    /// The page of a Chinese official document (GB/T 9704): A4 with margins of 37 mm at the top,
    /// 35 mm at the bottom, 28 mm on the left and 26 mm on the right (in twips, 1/1440 inch), and the
    /// page number centred in the footer as `— 1 —`; and `word/settings.xml`.
    enum Page {
        static let textWidth = 11906 - 1587 - 1474

        static let section = #"<w:sectPr><w:footerReference w:type="default" r:id="\#(Parts.footerId)"/>"#
            + #"<w:pgSz w:w="11906" w:h="16838"/>"#
            + #"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1134" w:gutter="0"/>"#
            + #"<w:pgNumType w:start="1"/><w:cols w:space="425"/></w:sectPr>"#

        static let footer = XML.declaration + "<w:ftr \(XML.wordNamespaces)>"
            + #"<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>"#
            + #"<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            + #"<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>"#
            + "</w:ftr>"

        /// A line that ends in a line break is not stretched to the full width.
        static let settings = XML.declaration + "<w:settings \(XML.wordNamespaces)>"
            + #"<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>"#
            + #"<w:compat><w:doNotExpandShiftReturn/>"#
            + #"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
            + "</w:settings>"
    }
}
