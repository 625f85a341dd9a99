import Foundation
import GuanshanTestSupport
import GuanshanText
import Testing

/// `BlockJSON` reads stored blocks as `JSONDecoder` reads them through `Block+Codable`: the same
/// blocks from what the encoder writes, the same refusals of what it cannot take.
@Suite struct BlockJSONTests {
    static let pool: [String] = ["中", "文", "a", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "😀", "\u{301}", " ", "<", "&", "\u{2028}", "\u{FFFF}"]

    static func text(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in pool.randomElement(using: &generator)! }.joined()
    }

    static func spans(_ generator: inout SeededGenerator) -> [Span] {
        (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            Span(
                text(&generator), emphasis: .random(using: &generator), strong: .random(using: &generator), code: .random(using: &generator),
                link: Bool.random(using: &generator) ? "https://example.com/\(text(&generator))" : nil)
        }
    }

    static func block(_ generator: inout SeededGenerator) -> Block {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: .heading(level: Int.random(in: 1...6, using: &generator), spans: spans(&generator))
        case 1: .paragraph(spans(&generator))
        case 2: .listItem(ordered: .random(using: &generator), depth: Int.random(in: 0...3, using: &generator), spans: spans(&generator))
        case 3: .quote(spans(&generator))
        case 4: .code(language: Bool.random(using: &generator) ? text(&generator) : nil, text: text(&generator))
        default:
            .table(
                rows: (0..<Int.random(in: 0...3, using: &generator)).map { _ in (0..<Int.random(in: 0...3, using: &generator)).map { _ in spans(&generator) } },
                headerRows: Int.random(in: 0...2, using: &generator))
        }
    }

    @Test func whatTheEncoderWritesIsReadBackAsJSONDecoderReadsIt() throws {
        var generator = SeededGenerator(seed: 20261207)
        for _ in 0..<2_000 {
            let blocks = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.block(&generator) }
            for encoder in [JSONEncoder(), { let e = JSONEncoder(); e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]; return e }()] {
                let json = String(decoding: try encoder.encode(blocks), as: UTF8.self)
                #expect(try BlockJSON.decode(json) == blocks, "\(json)")
                #expect(try JSONDecoder().decode([Block].self, from: Data(json.utf8)) == blocks)
            }
        }
    }

    @Test func otherWaysOfWritingTheSameBlocks() throws {
        // Keys in another order, space as PostgreSQL's jsonb writes it, nulls, unknown keys, escapes.
        let json = #"""
        [ {"s": [{"t": "\u4e2d\u6587\ud83d\ude00\/", "e": null, "x": [1, {"y": "z"}, true, null, -2.5e3]}], "k": "p"},
          {"l": null, "k": "li", "o": true, "s": []}, {"k": "c", "g": null, "x": "a\"b\\c"} ]
        """#
        let expected: [Block] = [
            .paragraph([Span("中文😀/")]), .listItem(ordered: true, depth: 0, spans: []), .code(language: nil, text: "a\"b\\c"),
        ]
        #expect(try BlockJSON.decode(json) == expected)
        #expect(try JSONDecoder().decode([Block].self, from: Data(json.utf8)) == expected)
    }

    @Test func whatJSONDecoderRefusesIsRefused() {
        for bad in [
            "", "[", "{}", "[{}]", #"[{"k":"z","s":[]}]"#, #"[{"k":"p"}]"#, #"[{"k":"h","s":[]}]"#, #"[{"k":"p","s":[{}]}]"#,
            #"[{"k":"p","s":[{"t":"a"}]}] x"#, #"[{"k":"p","s":[{"t":"\ud800"}]}]"#, #"[{"k":"h","l":1.5,"s":[]}]"#,
            #"[{"k":"h","l":99999999999999999999,"s":[]}]"#, #"[{"k":"p","s":[{"t":"a\q"}]}]"#, #"[{"k":"p","s":[{"t":"a"#,
            "[{\"k\":\"p\",\"s\":[{\"t\":\"a\u{1}\"}]}]", #"[{"k":"p","s":[{"t":"a","e":"yes"}]}]"#,
        ] {
            #expect(throws: (any Error).self, "\(bad)") { try BlockJSON.decode(bad) }
            #expect(throws: (any Error).self, "JSONDecoder \(bad)") { try JSONDecoder().decode([Block].self, from: Data(bad.utf8)) }
        }
    }
}
