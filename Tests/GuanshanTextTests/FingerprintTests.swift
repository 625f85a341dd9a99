import Testing
import Foundation
@testable import GuanshanText
import GuanshanTestSupport

@Suite struct FingerprintTests {
    /// Stored fingerprints are compared across processes, releases and machines, so the values are
    /// fixed; they were computed independently by a Python script (unicodedata NFKC, FNV-1a, splitmix64).
    @Test func isStable() {
        #expect(Fingerprint.simHash(of: "") == 0)
        #expect(Fingerprint.simHash(of: "观山文库") == 10_838_829_633_412_006_917)
        #expect(Fingerprint.simHash(of: Fixture.bodyParagraphs.joined(separator: "\n")) == 14_873_123_157_950_874_775)
    }

    @Test func readsTheNormalizedTextWithoutWhiteSpace() {
        #expect(Fingerprint.simHash(of: "ＡＢＣ 观山\u{3000}文库\n") == Fingerprint.simHash(of: "abc观山文库"))
        #expect(Fingerprint.simHash(of: "观 山") == Fingerprint.simHash(of: "观山"))
        #expect(Fingerprint.simHash(of: "观山") != Fingerprint.simHash(of: "山观"))
        #expect(Fingerprint.simHash(of: "文") != 0)
    }

    @Test func distanceCountsDifferingBits() {
        #expect(Fingerprint.distance(0, 0) == 0)
        #expect(Fingerprint.distance(0, .max) == 64)
        #expect(Fingerprint.distance(0b1011, 0b0110) == 3)
        #expect(Fingerprint.areNearDuplicates(0, 0xFF))
        #expect(!Fingerprint.areNearDuplicates(0, 0x1FF))
    }

    /// Why the threshold is 8 (measured over 400 documents of 20 paragraphs of 150-250 characters in
    /// the fixture's words): 20 characters changed inside one paragraph gave distances 0-7 (81% within
    /// 3), a paragraph of 20 characters replaced by another 0-6 (85% within 3), a whole paragraph of 200
    /// rewritten 1-16 (82% within 8), while different documents of the same words lay 22-44 apart.
    /// Here: a fixed sample of such documents.
    @Test(arguments: 0..<16 as Range<UInt64>)
    func smallEditsStayWithinTheThresholdAndOtherDocumentsDoNot(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let document = generatedParagraphs(20, lengths: 150...250, using: &generator)
        func fingerprint(_ paragraphs: [String]) -> UInt64 { Fingerprint.simHash(of: paragraphs.joined(separator: "\n")) }
        let original = fingerprint(document)

        var edited = document
        let index = Int.random(in: 0..<20, using: &generator)
        var characters = Array(edited[index])
        let start = Int.random(in: 0..<(characters.count - 20), using: &generator)
        characters.replaceSubrange(start..<(start + 20), with: generatedText(count: 20, using: &generator))
        edited[index] = String(characters)
        #expect(Fingerprint.distance(original, fingerprint(edited)) <= Fingerprint.nearDuplicateThreshold)

        var withShortParagraph = document
        withShortParagraph.insert(generatedText(count: 20, using: &generator), at: index)
        var withOtherShortParagraph = withShortParagraph
        withOtherShortParagraph[index] = generatedText(count: 20, using: &generator)
        #expect(Fingerprint.areNearDuplicates(fingerprint(withShortParagraph), fingerprint(withOtherShortParagraph)))

        var rewritten = document
        rewritten[index] = generatedText(count: rewritten[index].count, using: &generator)
        let other = fingerprint(generatedParagraphs(20, lengths: 150...250, using: &generator))
        #expect(Fingerprint.distance(original, fingerprint(rewritten)) <= 2 * Fingerprint.nearDuplicateThreshold)
        #expect(Fingerprint.distance(original, other) > 2 * Fingerprint.nearDuplicateThreshold)
    }
}

@Suite struct TextStatsTests {
    @Test func emptyBody() {
        #expect(TextStats(blocks: []) == TextStats(characterCount: 0, readingMinutes: 0, pages: [PageStart(block: 0)], outline: [], fingerprint: 0))
    }

    @Test func computesEveryRuleOnce() {
        var generator = SeededGenerator(seed: 9)
        let blocks: [Block] = [.heading(level: 1, spans: [Span("一、总体要求")])]
            + generatedParagraphs(30, lengths: 200...350, using: &generator).map(paragraph)
        let stats = TextStats(blocks: blocks, budget: 1000)
        let count = TextRules.characterCount(of: blocks)
        #expect(stats.characterCount == count)
        #expect(stats.readingMinutes == TextRules.readingMinutes(forCount: count))
        #expect(stats.pages == Pagination.paginate(blocks, budget: 1000))
        #expect(stats.pages.count == Int((Double(count) / 1000).rounded()))
        #expect(stats.outline == [OutlineEntry(level: 1, number: "一、", title: "总体要求", block: 0)])
        #expect(stats.fingerprint == Fingerprint.simHash(of: blocks.map(\.plainText).joined(separator: "\n")))
        #expect(TextStats(blocks: blocks).pages == Pagination.paginate(blocks))
    }

    @Test func roundTripsThroughJSON() throws {
        let stats = TextStats(blocks: Fixture.bodyBlocks)
        let decoded = try JSONDecoder().decode(TextStats.self, from: JSONEncoder().encode(stats))
        #expect(decoded == stats)
    }
}

@Suite struct FingerprintIndexTests {
    /// The index finds exactly what comparing with every fingerprint finds, planted neighbours 0 to 12
    /// bits away included.
    @Test func findsWhatBruteForceFinds() {
        var generator = SeededGenerator(seed: 11)
        var index = FingerprintIndex()
        var all: [UInt64] = []
        for _ in 0..<3_000 {
            let base = UInt64.random(in: .min ... .max, using: &generator)
            var near = base
            for _ in 0..<Int.random(in: 0...12, using: &generator) { near ^= 1 << UInt64.random(in: 0..<64, using: &generator) }
            for fingerprint in [base, near] {
                index.insert(fingerprint)
                all.append(fingerprint)
            }
        }
        for probe in all.prefix(600) + (0..<200).map({ _ in UInt64.random(in: .min ... .max, using: &generator) }) {
            let expected = all.indices.filter { Fingerprint.areNearDuplicates(all[$0], probe) }
            let found = index.near(probe)
            #expect(Set(found) == Set(expected))
            #expect(found.map { Fingerprint.distance(all[$0], probe) } == found.map { Fingerprint.distance(all[$0], probe) }.sorted())
        }
    }
}
