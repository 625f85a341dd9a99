import Foundation
import GuanshanModel

/// A rectangle on a PDF page, in points from the top left (as poppler's `pdftotext -bbox-layout` gives it).
struct PDFBox: Hashable, Sendable {
    var xMin: Double
    var yMin: Double
    var xMax: Double
    var yMax: Double

    var height: Double { yMax - yMin }
}

/// One printed line: its text (words joined by the rules of `LineJoining`) and where it stands.
struct PDFLine: Hashable, Sendable {
    var box: PDFBox
    var text: String
}

/// A block of lines as poppler groups them: lines close together, in reading order. Poppler's flows
/// already put the columns of a page one after the other.
struct PDFTextBlock: Hashable, Sendable {
    var box: PDFBox
    var lines: [PDFLine]
}

struct PDFPage: Hashable, Sendable {
    var width: Double
    var height: Double
    var blocks: [PDFTextBlock]
}

/// Reads the XHTML of `pdftotext -bbox-layout`: pages of flows of blocks of lines of words, each with its
/// box. A small scanner, not an XML parser: poppler writes one element a line, attributes in one order,
/// text escaped; anything else is refused as a damaged conversion.
enum PDFTextLayout {
    /// A gap between words at least this share of the line's height is a space.
    static let spaceWidth = 0.15
    /// Between a Chinese character and a Latin one or a digit: LibreOffice and Word put about 0.15 to 0.19
    /// of the height between them with no space in the text; a real space adds a space's width to that.
    static let chineseSpaceWidth = 0.3

    /// Adds `word`, whose box is `box`, to the text of a line whose last word's box is `last`. A gap of a
    /// space's width between words is a space, between Chinese words too (`第一章 总则`) when
    /// `chineseGapsAreSpaces` (OCR's boxes are of ink, with gaps between any two characters); never
    /// beside full-width punctuation, whose glyphs carry their own space. Between Chinese and Latin the
    /// gap must be wider: word processors set them a little apart by themselves.
    static func join(_ word: String, at box: PDFBox, after last: PDFBox?, to text: inout String, chineseGapsAreSpaces: Bool) {
        if let lastCharacter = text.unicodeScalars.last, let first = word.unicodeScalars.first, let last {
            let separator = LineJoining.separator(between: lastCharacter, and: first)
            let beside = lastCharacter.isFullWidthPunctuation || first.isFullWidthPunctuation
            let chinese = lastCharacter.isCJK && first.isCJK
            let width = lastCharacter.isCJK != first.isCJK ? chineseSpaceWidth : spaceWidth
            let space = box.xMin - last.xMax >= box.height * width && !beside && (chineseGapsAreSpaces || !chinese)
            text += space ? " " : separator
        }
        text += word
    }

    static func pages(_ bytes: [UInt8]) throws(FormatError) -> [PDFPage] {
        var pages: [PDFPage] = []
        var block: PDFTextBlock?
        var line: PDFLine?
        var words: [PDFStretchedLines.Piece] = []
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { throw .notPDF }
            let tag = bytes[(open + 1)..<close]
            index = close + 1
            switch name(of: tag) {
            case "page":
                let attributes = Self.attributes(tag)
                pages.append(PDFPage(width: attributes["width"] ?? 0, height: attributes["height"] ?? 0, blocks: []))
            case "block":
                block = PDFTextBlock(box: try box(tag), lines: [])
            case "line":
                line = PDFLine(box: try box(tag), text: "")
                words = []
            case "word":
                guard let end = bytes.firstIndex(of: Array("</word>".utf8), from: index), line != nil else { throw .notPDF }
                words.append((text(bytes[index..<end]), try box(tag)))
                index = end + 7
            case "/line":
                if var done = line {
                    done.text = PDFStretchedLines.text(of: words)
                    if !done.text.isEmpty { block?.lines.append(done) }
                }
                line = nil
            case "/block":
                if let done = block, !done.lines.isEmpty, !pages.isEmpty { pages[pages.count - 1].blocks.append(done) }
                block = nil
            default:
                continue
            }
        }
        return pages
    }

    private static func name(of tag: ArraySlice<UInt8>) -> Substring {
        let end = tag.firstIndex(of: UInt8(ascii: " ")) ?? tag.endIndex
        return Substring(decoding: tag[tag.startIndex..<end], as: UTF8.self)
    }

    private static func box(_ tag: ArraySlice<UInt8>) throws(FormatError) -> PDFBox {
        let values = attributes(tag)
        guard let xMin = values["xMin"], let yMin = values["yMin"], let xMax = values["xMax"], let yMax = values["yMax"],
              xMin <= xMax, yMin <= yMax
        else { throw .notPDF }
        return PDFBox(xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)
    }

    /// The numeric attributes of a tag (`xMin="72.000000"`); a value that is not a finite number is left out.
    private static func attributes(_ tag: ArraySlice<UInt8>) -> [String: Double] {
        var values: [String: Double] = [:]
        for pair in String(decoding: tag, as: UTF8.self).split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let raw = parts[1].trimmingCharacters(in: ["\"", "/"])
            if let value = Double(raw), value.isFinite { values[String(parts[0])] = value }
        }
        return values
    }

    /// A word's text, its escapes read (`&amp;`, `&#20320;`); control characters (a damaged text layer) left out.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        let text = raw.contains("&") ? HTMLCharacterReference.decoded(Array(raw.unicodeScalars)[...], inAttribute: false) : raw
        return text.filter { !$0.isControlCharacter }
    }
}

private extension Character {
    var isControlCharacter: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
}
