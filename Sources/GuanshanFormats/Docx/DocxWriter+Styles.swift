extension DocxWriter {
    /// `word/styles.xml`: the look of a Chinese official document (GB/T 9704). Body text is 3号 (16 pt)
    /// FangSong with a two-character first-line indent on a fixed 28-pt line; the title 2号 (22 pt)
    /// 方正小标宋简体, centred; headings 16 pt in SimHei (level 1), KaiTi (2) or bold FangSong (3–6).
    /// The style ids are what `DocxWriter`'s reader looks for.
    ///
    /// `w:overflowPunct` is written on, which is Word's own default (punctuation may hang in the margin).
    /// LibreOffice reads the element the other way round, so to it this turns hanging punctuation off:
    /// the PDFs it makes of justified Chinese text lose every `，` or `。` that would hang.
    enum Styles {
        private static let noIndent = #"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#

        static let xml = XML.declaration + "<w:styles \(XML.wordNamespaces)>"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(Fonts.fonts(eastAsia: Fonts.body))"
            + #"<w:kern w:val="2"/>"# + size(points: 16) + #"<w:lang w:val="en-US" w:eastAsia="zh-CN"/>"#
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
            + paragraphStyles.joined() + characterStyles.joined() + tableStyle
            + "</w:styles>"

        private static var paragraphStyles: [String] {
            [
                style(
                    "paragraph", id: "Normal", name: "Normal", isDefault: true,
                    paragraph: #"<w:overflowPunct w:val="1"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>"#),
                style(
                    "paragraph", id: "Title", name: "Title", basedOn: "Normal",
                    paragraph: #"<w:spacing w:after="560" w:line="720" w:lineRule="exact"/>"# + noIndent + #"<w:jc w:val="center"/>"#,
                    run: Fonts.fonts(eastAsia: Fonts.title) + size(points: 22)),
            ] + (1...6).map { level in
                style(
                    "paragraph", id: "Heading\(level)", name: "heading \(level)", basedOn: "Normal",
                    paragraph: "<w:keepNext/><w:keepLines/>" + noIndent + #"<w:outlineLvl w:val="\#(level - 1)"/>"#,
                    run: level == 1 ? Fonts.fonts(eastAsia: Fonts.heading1)
                        : level == 2 ? Fonts.fonts(eastAsia: Fonts.heading2) : "<w:b/><w:bCs/>")
            } + [
                style("paragraph", id: "ListParagraph", name: "List Paragraph", basedOn: "Normal", paragraph: noIndent),
                style(
                    "paragraph", id: "Quote", name: "Quote", basedOn: "Normal",
                    paragraph: #"<w:ind w:leftChars="200" w:left="640" w:rightChars="200" w:right="640" w:firstLineChars="0" w:firstLine="0"/>"#,
                    run: Fonts.fonts(eastAsia: Fonts.heading2)),
                style(
                    "paragraph", id: "Code", name: "Code", basedOn: "Normal",
                    paragraph: #"<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>"#
                        + #"<w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>"# + noIndent + #"<w:jc w:val="left"/>"#,
                    run: Fonts.fonts(eastAsia: Fonts.codeEastAsia, latin: Fonts.code) + size(points: 12)),
                style("paragraph", id: "TableText", name: "Table Text", basedOn: "Normal", paragraph: noIndent + #"<w:jc w:val="left"/>"#),
                style(
                    "paragraph", id: "TableHeader", name: "Table Header", basedOn: "TableText", paragraph: #"<w:jc w:val="center"/>"#,
                    run: "<w:b/><w:bCs/>"),
                style(
                    "paragraph", id: "Footer", name: "footer", basedOn: "Normal",
                    paragraph: #"<w:spacing w:line="240" w:lineRule="auto"/>"# + noIndent + #"<w:jc w:val="center"/>"#,
                    run: Fonts.fonts(eastAsia: Fonts.footer, latin: Fonts.footer) + size(points: 14)),
            ]
        }

        private static var characterStyles: [String] {
            [
                style("character", id: "DefaultParagraphFont", name: "Default Paragraph Font", isDefault: true),
                style("character", id: "CodeChar", name: "Code Char", run: Fonts.fonts(eastAsia: Fonts.codeEastAsia, latin: Fonts.code)),
                style("character", id: "Hyperlink", name: "Hyperlink", run: #"<w:color w:val="0563C1"/><w:u w:val="single"/>"#),
            ]
        }

        private static let tableStyle = #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
            + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>"#
            + #"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#

        /// `w:sz` counts half points.
        private static func size(points: Int) -> String {
            #"<w:sz w:val="\#(points * 2)"/><w:szCs w:val="\#(points * 2)"/>"#
        }

        private static func style(
            _ type: String, id: String, name: String, isDefault: Bool = false, basedOn: String? = nil, paragraph: String = "", run: String = ""
        ) -> String {
            #"<w:style w:type="\#(type)"\#(isDefault ? #" w:default="1""# : "") w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
                + (basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? "")
                + (type == "paragraph" && !isDefault ? #"<w:next w:val="Normal"/>"# : "") + "<w:qFormat/>"
                + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
                + "</w:style>"
        }
    }
}
