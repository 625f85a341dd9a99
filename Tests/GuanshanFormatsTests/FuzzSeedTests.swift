import Foundation
import GuanshanFormats
import Testing

/// The Markdown fuzz target's property on every seed of its corpus (`Fuzz/Corpus/FuzzMarkdown`), so the
/// inputs the fuzzer once broke stay fixed in the ordinary test run.
@Suite struct FuzzSeedTests {
    static let seeds: [URL] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus/FuzzMarkdown")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    @Test func thereAreSeeds() {
        #expect(Self.seeds.count > 10)
    }

    @Test(arguments: seeds)
    func writtenMarkdownReadsBackToTheSameText(seed: URL) throws {
        let text = String(decoding: try Data(contentsOf: seed), as: UTF8.self)
        guard let parsed = try? MarkdownFormat.parse(text, fileName: "fuzz.md") else { return }
        let written = MarkdownWriter.markdown(title: parsed.title, blocks: parsed.blocks)
        let again = try MarkdownFormat.parse(written, fileName: "fuzz.md")
        #expect(again.title == parsed.title, "\(written)")
        #expect(again.blocks.map(\.plainText) == parsed.blocks.map(\.plainText), "\(written)")
    }
}
