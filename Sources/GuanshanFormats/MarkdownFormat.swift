import GuanshanModel
import GuanshanText

/// Markdown (CommonMark with GFM tables) with optional front matter.
public enum MarkdownFormat {
    /// The title is the front matter's `title`, else a level-1 heading that opens the document
    /// (taken out of the body), else the file name without its extension.
    public static func parse(_ text: String, fileName: String) throws(FormatError) -> ParsedDocument {
        try LineLimit.check(text)
        var lines = LineJoining.lines(of: text.removingStrayControls)
        let frontMatter = try MarkdownFrontMatter.parse(lines)
        if let frontMatter { lines.removeFirst(frontMatter.lineCount) }
        var parser = MarkdownBlockParser()
        let source = parser.parse(lines)
        let inline = MarkdownInline(references: parser.references)
        var blocks = source.compactMap { block(from: $0, inline: inline) }

        let matter = frontMatter?.matter ?? MarkdownFrontMatter()
        var title = matter.title
        if case .heading(level: 1, let spans)? = blocks.first {
            let heading = spans.plainText.trimmingWhiteSpace
            if !heading.isEmpty, title == nil || title == heading {
                title = heading
                blocks.removeFirst()
            }
        }
        guard blocks.contains(where: { !$0.plainText.isBlank }) else { throw .empty }
        return ParsedDocument(
            title: title ?? FileName.stem(fileName), blocks: blocks, category: matter.category, tags: matter.tags,
            author: matter.author, created: matter.created
        )
    }

    /// The block with its inline content parsed; nil when nothing is left of it.
    private static func block(from source: MarkdownBlock, inline: MarkdownInline) -> Block? {
        func spans(_ content: InlineSource) -> [Span] {
            switch content {
            case .markdown(let text): inline.spans(text)
            case .spans(let spans): spans
            }
        }
        let block: Block
        switch source {
        case .heading(let level, let content): block = .heading(level: level, spans: spans(content))
        case .paragraph(let content): block = .paragraph(spans(content))
        case .listItem(let ordered, let depth, let content): block = .listItem(ordered: ordered, depth: depth, spans: spans(content))
        case .quote(let content): block = .quote(spans(content))
        case .code(let language, let text): return .code(language: language, text: text)
        case .table(let rows, let headerRows): return .table(rows: rows.map { $0.map(spans) }, headerRows: headerRows)
        }
        return block.spans.isEmpty ? nil : block
    }
}
