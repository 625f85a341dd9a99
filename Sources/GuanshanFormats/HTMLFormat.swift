import GuanshanModel
import GuanshanText

/// HTML pages and fragments, read through the sanitizer's tree: what it drops never becomes text.
public enum HTMLFormat {
    public static func blocks(_ html: String) -> [Block] {
        HTMLBlockWriter.blocks(HTMLTreeBuilder.parse(html))
    }

    /// The title is the page's `<title>`, else the first level-1 heading, else the file name without
    /// its extension. The first level-1 heading is taken out of the body when it is the title.
    public static func parse(_ text: String, fileName: String) throws(FormatError) -> ParsedDocument {
        let root = HTMLTreeBuilder.parse(text)
        var blocks = HTMLBlockWriter.blocks(root)
        var title = self.title(in: root)
        if let first = blocks.firstIndex(where: { if case .heading(level: 1, _) = $0 { true } else { false } }) {
            let heading = blocks[first].plainText
            if title == nil || title == heading {
                title = heading
                blocks.remove(at: first)
            }
        }
        guard blocks.contains(where: { !$0.plainText.isBlank }) else { throw .empty }
        return ParsedDocument(title: title ?? FileName.stem(fileName), blocks: blocks)
    }

    private static func title(in element: HTMLElement) -> String? {
        for case .element(let child) in element.children {
            if child.name == "title" {
                let text = child.children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
                let title = HTMLBlockWriter.collapsed(text).trimmingWhiteSpace
                return title.isEmpty ? nil : title
            }
            if let title = title(in: child) { return title }
        }
        return nil
    }
}
