import GuanshanModel
import GuanshanText

/// A workbook as LibreOffice Calc writes it in HTML (`soffice --convert-to html`): an overview of links,
/// then each sheet as `<h1>Sheet N: name</h1>` and a table. Each sheet becomes a heading of its name and
/// its table, the first row the header; the overview is left out.
public enum SpreadsheetHTML {
    public static func parse(_ html: String, fileName: String) throws(FormatError) -> ParsedDocument {
        var blocks: [Block] = []
        var inSheet = false
        for block in HTMLFormat.blocks(html) {
            switch block {
            case .heading(_, let spans):
                let text = spans.map(\.text).joined()
                guard let name = sheetName(text) else { continue }
                inSheet = true
                blocks.append(.heading(level: 1, spans: [Span(name)]))
            case .table(let rows, let headerRows) where inSheet:
                blocks.append(.table(rows: rows, headerRows: max(headerRows, rows.count > 1 ? 1 : 0)))
            default:
                if inSheet { blocks.append(block) }
            }
        }
        guard blocks.contains(where: { if case .table = $0 { true } else { false } }) else { throw .empty }
        return ParsedDocument(title: FileName.stem(fileName), blocks: blocks)
    }

    /// `收文登记` of `Sheet 1: 收文登记`.
    static func sheetName(_ heading: String) -> String? {
        guard heading.hasPrefix("Sheet "), let colon = heading.firstIndex(of: ":") else { return nil }
        let name = heading[heading.index(after: colon)...].trimmingWhiteSpace
        return name.isEmpty ? nil : name
    }
}
