import GuanshanText

/// A run of text as a template renders it; the template escapes `text` and `link`.
struct SpanView {
    var text: String
    var strong: Bool
    var emphasis: Bool
    var code: Bool
    var link: String?

    init(_ span: Span) {
        text = span.text
        strong = span.strong
        emphasis = span.emphasis
        code = span.code
        link = span.link.flatMap(Self.safeLink)
    }

    /// Only web, mail and relative links survive into a page.
    static func safeLink(_ link: String) -> String? {
        let lowered = link.trimmingCharacters(in: .whitespaces).lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") { return link }
        guard let colon = lowered.firstIndex(of: ":") else { return link }
        let beforeColon = lowered[..<colon]
        return beforeColon.contains("/") || beforeColon.contains("?") || beforeColon.contains("#") ? link : nil
    }
}

/// One block as a template renders it: exactly one of the optional fields is set.
struct BlockView {
    struct Heading { var level: Int; var spans: [SpanView] }
    struct Paragraph { var spans: [SpanView]; var numberedHeading: Bool }
    struct ListItem { var anchor: String; var depth: Int; var spans: [SpanView] }
    struct List { var ordered: Bool; var items: [ListItem] }
    struct Code { var language: String?; var text: String }
    struct Cell { var spans: [SpanView] }
    struct Row { var cells: [Cell] }
    struct Table { var header: [Row]; var rows: [Row]; var hasHeader: Bool }
    struct Quote { var spans: [SpanView] }

    /// Where the original's page begins, before a block it begins with: `原版第3页`, linked to that page's
    /// preview when there is one.
    struct SourceMark { var label: String; var href: String? }

    var anchor: String?
    var sourceMark: SourceMark?
    var heading: Heading?
    var paragraph: Paragraph?
    var list: List?
    var quote: Quote?
    var code: Code?
    var table: Table?

    /// Views for consecutive blocks; list items are gathered into lists. Every block (every list item)
    /// gets the anchor `b{index}`, which the outline and search results link to.
    /// `marks` puts a mark of where the original's page begins before the block of that index (within a
    /// list, before the list it begins).
    static func views(of blocks: [(index: Int, block: Block)], headingOnly: Set<Int>, marks: [Int: SourceMark] = [:]) -> [BlockView] {
        var views: [BlockView] = []
        for (index, block) in blocks {
            var view = BlockView(anchor: "b\(index)", sourceMark: marks[index])
            switch block {
            case .heading(let level, let spans):
                view.heading = Heading(level: min(max(level + 1, 2), 6), spans: spans.map(SpanView.init))
            case .paragraph(let spans):
                view.paragraph = Paragraph(spans: spans.map(SpanView.init), numberedHeading: headingOnly.contains(index))
            case .listItem(let ordered, let depth, let spans):
                let item = ListItem(anchor: "b\(index)", depth: min(depth, 5), spans: spans.map(SpanView.init))
                view.anchor = nil
                if var last = views.last?.list, last.ordered == ordered {
                    last.items.append(item)
                    views[views.count - 1].list = last
                    continue
                }
                view.list = List(ordered: ordered, items: [item])
            case .quote(let spans):
                view.quote = Quote(spans: spans.map(SpanView.init))
            case .code(let language, let text):
                view.code = Code(language: language, text: text)
            case .table(let rows, let headerRows):
                let rows = rows.map { Row(cells: $0.map { Cell(spans: $0.map(SpanView.init)) }) }
                view.table = Table(header: Array(rows.prefix(headerRows)), rows: Array(rows.dropFirst(headerRows)), hasHeader: headerRows > 0)
            }
            views.append(view)
        }
        return views
    }
}
