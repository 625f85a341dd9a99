import GuanshanText

/// A document body as HTML, written straight from its `BlockView`s: the body is most of a reading page,
/// and a template walks it by reflection, field by field of every block and span. Text and attribute
/// values are escaped as everywhere else (`Markup.escaped`); a block a line.
enum BlockHTML {
    static func render(_ views: [BlockView]) -> String {
        var html = ""
        html.reserveCapacity(views.count * 160)
        for view in views { append(view, to: &html) }
        return html
    }

    private static func append(_ view: BlockView, to html: inout String) {
        if let mark = view.sourceMark {
            html += #"<p class="source-page">"#
            if let href = mark.href {
                html += #"<a href=""# + Markup.escaped(href) + #"" rel="nofollow">"# + Markup.escaped(mark.label) + "</a>"
            } else {
                html += Markup.escaped(mark.label)
            }
            html += "</p>\n"
        }
        let id = view.anchor.map { #" id=""# + Markup.escaped($0) + #"""# } ?? ""
        if let heading = view.heading {
            html += "<h\(heading.level)\(id)>"
            append(heading.spans, to: &html)
            html += "</h\(heading.level)>"
        } else if let paragraph = view.paragraph {
            html += "<p\(id)\(paragraph.numberedHeading ? #" class="numbered-heading""# : "")>"
            append(paragraph.spans, to: &html)
            html += "</p>"
        } else if let list = view.list {
            let tag = list.ordered ? "ol" : "ul"
            html += "<\(tag)\(id)>"
            for item in list.items {
                html += #"<li id=""# + Markup.escaped(item.anchor) + #"" class="depth-\#(item.depth)">"#
                append(item.spans, to: &html)
                html += "</li>"
            }
            html += "</\(tag)>"
        } else if let quote = view.quote {
            html += "<blockquote\(id)><p>"
            append(quote.spans, to: &html)
            html += "</p></blockquote>"
        } else if let code = view.code {
            html += "<pre\(id)><code" + (code.language.map { #" data-lang=""# + Markup.escaped($0) + #"""# } ?? "") + ">"
            html += Markup.escaped(code.text) + "</code></pre>"
        } else if let table = view.table {
            html += #"<div class="table-scroll"\#(id)><table>"#
            if table.hasHeader {
                html += "<thead>"
                append(table.header, cell: "th", to: &html)
                html += "</thead>"
            }
            html += "<tbody>"
            append(table.rows, cell: "td", to: &html)
            html += "</tbody></table></div>"
        }
        html += "\n"
    }

    private static func append(_ rows: [BlockView.Row], cell: String, to html: inout String) {
        for row in rows {
            html += "<tr>"
            for item in row.cells {
                html += "<\(cell)>"
                append(item.spans, to: &html)
                html += "</\(cell)>"
            }
            html += "</tr>"
        }
    }

    private static func append(_ spans: [SpanView], to html: inout String) {
        for span in spans {
            if let link = span.link { html += #"<a href=""# + Markup.escaped(link) + #"" rel="nofollow noopener">"# }
            if span.strong { html += "<strong>" }
            if span.emphasis { html += "<em>" }
            if span.code { html += "<code>" }
            html += Markup.escaped(span.text)
            if span.code { html += "</code>" }
            if span.emphasis { html += "</em>" }
            if span.strong { html += "</strong>" }
            if span.link != nil { html += "</a>" }
        }
    }
}
