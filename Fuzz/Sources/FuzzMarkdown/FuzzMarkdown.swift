import Foundation
import GuanshanFormats

/// Any UTF-8 text as a .md file; what it parses to must be written back as Markdown that parses to
/// the same title and text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let parsed = try? MarkdownFormat.parse(text, fileName: "fuzz.md") else { return 0 }
    let written = MarkdownWriter.markdown(title: parsed.title, blocks: parsed.blocks)
    guard let again = try? MarkdownFormat.parse(written, fileName: "fuzz.md") else {
        fatalError("the written Markdown does not parse:\n\(written)")
    }
    if again.title != parsed.title || again.blocks.map(\.plainText) != parsed.blocks.map(\.plainText) {
        fatalError("the written Markdown reads back to other text:\n\(written)")
    }
    return 0
}
