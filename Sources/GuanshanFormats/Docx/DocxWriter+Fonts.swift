extension DocxWriter {
    /// The typefaces of a Chinese official document (GB/T 9704), and `word/fontTable.xml`, which gives
    /// each the other name a system may know it by.
    enum Fonts {
        static let latin = "Times New Roman"
        /// FangSong: the body face.
        static let body = "仿宋"
        /// The title face; SimSun where it is not installed.
        static let title = "方正小标宋简体"
        /// SimHei, for level-1 headings.
        static let heading1 = "黑体"
        /// KaiTi, for level-2 headings and quotes.
        static let heading2 = "楷体"
        /// SimSun, for page numbers.
        static let footer = "宋体"
        static let code = "Consolas"
        /// DengXian, for Chinese text in code.
        static let codeEastAsia = "等线"

        /// A `w:rFonts` with `eastAsia` for Chinese and `latin` for everything else.
        static func fonts(eastAsia: String, latin: String = latin) -> String {
            #"<w:rFonts w:ascii="\#(latin)" w:hAnsi="\#(latin)" w:cs="\#(latin)" w:eastAsia="\#(eastAsia)"/>"#
        }

        private static let alternatives = [
            (body, "仿宋_GB2312", "86"), (title, "宋体", "86"), (heading1, "SimHei", "86"), (heading2, "楷体_GB2312", "86"),
            (footer, "SimSun", "86"), (codeEastAsia, "DengXian", "86"), (code, "Courier New", "00"), (latin, "Times", "00"),
        ]

        static let table = XML.declaration + "<w:fonts \(XML.wordNamespaces)>"
            + alternatives.map { name, alternative, charset in
                #"<w:font w:name="\#(name)"><w:altName w:val="\#(alternative)"/><w:charset w:val="\#(charset)"/></w:font>"#
            }.joined()
            + "</w:fonts>"
    }
}
