import Foundation
import GuanshanTestSupport
@testable import GuanshanText

enum Fixture {
    /// The 11 body paragraphs of `Tests/Fixtures/seed-page.txt`, from `1.在加强党` to `…主体作用。`.
    static let bodyParagraphs: [String] = {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed-page.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        guard let first = lines.firstIndex(where: { $0.hasPrefix("1.在加强党") }),
              let last = lines.firstIndex(where: { $0.hasSuffix("主体作用。") }) else { return [] }
        return Array(lines[first...last])
    }()

    static var bodyBlocks: [Block] { bodyParagraphs.map(paragraph) }

    /// Two-character words of the fixture: generated text reads like the fixture's genre.
    static let words: [String] = {
        let characters = Array(bodyParagraphs.joined().filter { $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } })
        return stride(from: 0, to: characters.count - 1, by: 2).map { String(characters[$0...$0 + 1]) }
    }()
}

func paragraph(_ text: String) -> Block { .paragraph([Span(text)]) }

/// A paragraph of exactly `count` counted characters: fixture words in sentences that end in `，` or `。`,
/// the last character always `。`.
func generatedText(count: Int, using generator: inout SeededGenerator) -> String {
    precondition(count >= 1)
    var text = ""
    var length = 0
    var sentence = 0
    while length < count - 1 {
        if sentence >= 12, Int.random(in: 0..<8, using: &generator) == 0 {
            text.append(Bool.random(using: &generator) ? "，" : "。")
            length += 1
            sentence = 0
        } else {
            let word = Fixture.words.randomElement(using: &generator) ?? "文库"
            let room = count - 1 - length
            text += word.prefix(room)
            length += min(word.count, room)
            sentence += word.count
        }
    }
    return text + "。"
}

func generatedParagraphs(_ count: Int, lengths: ClosedRange<Int>, using generator: inout SeededGenerator) -> [String] {
    (0..<count).map { _ in generatedText(count: Int.random(in: lengths, using: &generator), using: &generator) }
}
