import GuanshanText

/// Blocks as plain UTF-8 text for `download.txt`: the title, then each block on its own with a blank
/// line between, list items marked and indented, table cells separated by tabs. Plain text has no
/// markup, so emphasis and links are gone; a document that came from plain text reads back the same.
public enum TextWriter {
    public static func text(title: String, blocks: [Block]) -> String {
        var markers = ListMarkers(bullet: "• ")
        var parts: [String] = title.isBlank ? [] : [title]
        var previousWasListItem = false
        for block in blocks {
            var isListItem = false
            let written: String
            switch block {
            case .heading(_, let spans), .paragraph(let spans), .quote(let spans):
                written = spans.plainText
            case .listItem(let ordered, let depth, let spans):
                isListItem = true
                let marker = markers.next(ordered: ordered, depth: depth)
                let padding = String(repeating: " ", count: marker.contentColumn)
                written = String(repeating: " ", count: marker.indent) + marker.text
                    + spans.plainText.replacingOccurrences(of: "\n", with: "\n" + padding)
            case .code(_, let code):
                written = code
            case .table(let rows, _):
                written = rows.map { $0.map { $0.plainText.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t") }
                    .joined(separator: "\n")
            }
            if !isListItem { markers.reset() }
            guard !written.isBlank else { continue }
            if previousWasListItem && isListItem, let last = parts.popLast() {
                parts.append(last + "\n" + written)
            } else {
                parts.append(written)
            }
            previousWasListItem = isListItem
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
