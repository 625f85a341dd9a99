import Foundation
import GuanshanFormats
import GuanshanText

/// Any text as an imported HTML document (`HTMLFormat.blocks`, the path every HTML import takes): it
/// must end, and every link it keeps must be one a browser reads as it looks (http, https, mailto or
/// relative), whatever the markup around it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let html = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    for block in HTMLFormat.blocks(html) {
        let spans: [Span] = switch block {
        case .heading(_, let spans), .paragraph(let spans), .listItem(_, _, let spans), .quote(let spans): spans
        case .table(let rows, _): rows.flatMap { $0.flatMap { $0 } }
        case .code: []
        }
        for link in spans.compactMap(\.link) where !isPlain(link) {
            fatalError("kept a link a browser may read otherwise: \(link.debugDescription)")
        }
    }
    return 0
}

/// The link as a browser reads its scheme (tabs and line breaks removed anywhere, C0 controls and
/// spaces trimmed at the ends) names http, https or mailto, or no scheme at all.
private func isPlain(_ link: String) -> Bool {
    let kept = link.unicodeScalars.filter { !["\t", "\n", "\r"].contains($0) }
    let read = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: CharacterSet(charactersIn: "\u{0}"..."\u{20}"))
    guard let colon = read.firstIndex(of: ":") else { return true }
    let before = read[..<colon]
    // What comes before the colon is a scheme only if it is one by the URL standard (an ASCII letter,
    // then letters, digits, `+`, `-` or `.`); anything else makes a relative address.
    let isScheme = before.first.map { $0.isASCII && $0.isLetter } == true
        && before.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    if !isScheme { return true }
    return ["http", "https", "mailto"].contains(before.lowercased())
}
