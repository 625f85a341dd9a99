import GuanshanText

extension EPUBWriter {
    /// The book's text as XHTML: the title, then the blocks (list items gathered into lists, a deeper one
    /// inside the item before it), with the headings of levels 1 to 3 named for the navigation document.
    struct TextPart {
        private(set) var body = ""
        private(set) var headings: [(id: String, text: String)] = []
        /// The kind of each list open, outermost first.
        private var lists: [Bool] = []

        init(title: String, blocks: [Block]) {
            body = "<h1 class=\"title\">\(Markup.escaped(title))</h1>\n"
            for (index, block) in blocks.enumerated() { add(block, index) }
            closeLists(to: 0)
        }

        private mutating func add(_ block: Block, _ index: Int) {
            if case .listItem(let ordered, let depth, let spans) = block {
                // A list nests in the item before it, so it goes at most one level deeper than the last.
                let level = max(1, min(depth + 1, lists.count + 1))
                closeLists(to: level)
                if lists.count == level, lists[level - 1] != ordered { closeLists(to: level - 1) }
                if lists.count == level {
                    body += "</li>\n"
                } else {
                    lists.append(ordered)
                    body += ordered ? "<ol>" : "<ul>"
                }
                body += "<li><p>\(Self.inline(spans))</p>"
                return
            }
            closeLists(to: 0)
            switch block {
            case .heading(let level, let spans):
                let tag = "h\(max(1, min(level, 6)))"
                let id = "b\(index)"
                if level <= 3 { headings.append((id, spans.map(\.text).joined())) }
                body += "<\(tag) id=\"\(id)\">\(Self.inline(spans))</\(tag)>\n"
            case .paragraph(let spans):
                body += "<p>\(Self.inline(spans))</p>\n"
            case .quote(let spans):
                body += "<blockquote><p>\(Self.inline(spans))</p></blockquote>\n"
            case .code(_, let text):
                body += "<pre><code>\(Markup.escaped(text))</code></pre>\n"
            case .table(let rows, let headerRows):
                body += "<table>" + rows.enumerated().map { number, cells in
                    let tag = number < headerRows ? "th" : "td"
                    return "<tr>" + cells.map { "<\(tag)>\(Self.inline($0))</\(tag)>" }.joined() + "</tr>"
                }.joined() + "</table>\n"
            case .listItem:
                break
            }
        }

        /// Closes the lists deeper than `level`, each with its last item.
        private mutating func closeLists(to level: Int) {
            while lists.count > level {
                body += lists.removeLast() ? "</li></ol>" : "</li></ul>"
                if lists.isEmpty { body += "\n" }
            }
        }

        /// Spans as inline XHTML; a line break in the text is `<br/>`.
        static func inline(_ spans: [Span]) -> String {
            spans.map { span in
                var text = Markup.escaped(span.text).replacingOccurrences(of: "\n", with: "<br/>")
                if span.code { text = "<code>\(text)</code>" }
                if span.emphasis { text = "<em>\(text)</em>" }
                if span.strong { text = "<strong>\(text)</strong>" }
                if let link = span.link, isOutward(link) { text = "<a href=\"\(Markup.escaped(link))\">\(text)</a>" }
                return text
            }.joined()
        }

        /// A link that leaves the book for the web or mail; any other (a path of the site) has no file in it.
        static func isOutward(_ link: String) -> Bool {
            let lower = link.lowercased()
            return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
        }
    }
}
