extension DocxWriter {
    /// `word/numbering.xml` and the numbering each list item points to. Bullets share one `w:num`;
    /// every ordered list gets its own, whose levels start over at 1, so a list after any other block
    /// counts from 1 again.
    struct Numbering {
        static let levels = 0..<9
        private static let bulletId = 1
        private static let bullets = ["•", "◦", "▪"]

        private var orderedLists = 0
        private var inOrderedList = false

        /// The `w:numId` of a list item.
        mutating func item(ordered: Bool) -> Int {
            guard ordered else { return Self.bulletId }
            if !inOrderedList {
                orderedLists += 1
                inOrderedList = true
            }
            return Self.bulletId + orderedLists
        }

        /// A block that is not a list item ends the current list.
        mutating func interrupt() {
            inOrderedList = false
        }

        var xml: String {
            let restarts = Self.levels.map { #"<w:lvlOverride w:ilvl="\#($0)"><w:startOverride w:val="1"/></w:lvlOverride>"# }.joined()
            return XML.declaration + "<w:numbering \(XML.wordNamespaces)>"
                + Self.abstract(id: 0) { level in ("bullet", Self.bullets[level % Self.bullets.count]) }
                + Self.abstract(id: 1) { level in ("decimal", "%\(level + 1).") }
                + #"<w:num w:numId="\#(Self.bulletId)"><w:abstractNumId w:val="0"/></w:num>"#
                + (0..<orderedLists).map { #"<w:num w:numId="\#(Self.bulletId + 1 + $0)"><w:abstractNumId w:val="1"/>\#(restarts)</w:num>"# }.joined()
                + "</w:numbering>"
        }

        /// Each level's number sits where a paragraph's first line starts (two characters in) and its
        /// text two characters further, deeper levels two more each.
        private static func abstract(id: Int, format: (Int) -> (numFmt: String, text: String)) -> String {
            #"<w:abstractNum w:abstractNumId="\#(id)"><w:multiLevelType w:val="multilevel"/>"#
                + levels.map { level in
                    let (numFmt, text) = format(level)
                    return #"<w:lvl w:ilvl="\#(level)"><w:start w:val="1"/><w:numFmt w:val="\#(numFmt)"/><w:lvlText w:val="\#(text)"/>"#
                        + #"<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="\#(640 * (level + 2))" w:hanging="640"/></w:pPr></w:lvl>"#
                }.joined()
                + "</w:abstractNum>"
        }
    }
}
