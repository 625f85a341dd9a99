import Foundation
import Testing
@testable import GuanshanSearch

@Suite struct SearchTextTests {
    @Test(arguments: [
        ("Linux", "linux"), ("LINUX", "linux"), ("ｌｉｎｕｘ", "linux"), ("ＬＩＮＵＸ内核", "linux内核"),
        ("１２３４５", "12345"), ("ａ\u{3000}ｂ", "a b"), ("Straße", "strasse"), ("ẞ", "ss"), ("ﬀ ﬁ", "ff fi"),
        ("ΟΔΟΣ οδος", "οδοσ οδοσ"), ("İ", "i\u{307}"), ("Ⅻ ① ㍿", "xii 1 株式会社"), ("ｶﾞ", "ガ"),
        ("가\u{11A8}", "각"), ("\u{1100}\u{1161}\u{11A8}", "각"), ("e\u{301}", "é"), ("（一）１．", "(一)1."),
        (" \t\u{3000}a \n\u{85}\u{A0}\u{2028} b\u{1C}\u{1F}\u{205F} ", "a b"), ("\u{0}x\u{7F}", "\u{0}x\u{7F}"),
        ("計算機", "计算机"), ("後 裡 裏 臺灣", "后 里 里 台湾"), ("ＡＢＣ體", "abc体"), ("\u{F902}", "车"), ("鑀", "\u{30FAD}"),
    ])
    func normalizesLikeSearchref(input: String, expected: String) {
        #expect(scalars(SearchText.normalize(input)) == scalars(expected))
    }

    @Test func accountNamesKeepTheirScript() {
        #expect(SearchText.normalize("張三 ＡＢ", simplifying: false) == "張三 ab")
    }

    /// The table compiled in is the one searchref reads (Scripts/generate-script-folding.py writes both).
    @Test func foldsAsSearchrefsTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Tests/Corpus/script-folding.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let listed = lines.map { line in line.unicodeScalars.filter { $0 != "\t" }.map(\.value) }
        #expect(listed.count > 4_000)
        #expect(listed.map { [$0[0], $0[1]] } == ScriptFolding.pairs.map { [$0.traditional, $0.simplified] })
        for pair in listed {
            #expect(ScriptFolding.simplified(pair[0]) == pair[1])
            #expect(ScriptFolding.simplified(pair[1]) == pair[1])
        }
        for unlisted: UInt32 in [0x61, 0x4E00, 0x8BA1, 0x3400, 0x9FFF, 0xA000, 0x1FFFF, 0x20000, 0x10FFFF] {
            #expect(ScriptFolding.simplified(unlisted) == unlisted)
        }
    }

    @Test func agreesWithSearchrefOnEveryOracleRow() throws {
        let rows = try OracleRow.all()
        #expect(rows.count > 1_500)
        for row in rows {
            #expect(scalars(SearchText.normalize(row.input)) == scalars(row.normalized), "line \(row.line): \(row.input.debugDescription)")
        }
    }

    /// A document's text is its pieces joined by newlines; the indexer normalizes the pieces one by one.
    /// A newline composes with nothing, so there is no exception at the seam.
    @Test func piecesJoinWithOneSpace() throws {
        let inputs = try OracleRow.all().map(\.input)
        for (first, second) in zip(inputs, inputs.dropFirst()) {
            var pieces: [UInt32] = []
            SearchText.appendNormalized(first, to: &pieces)
            let separated = !pieces.isEmpty
            if separated { pieces.append(0x20) }
            SearchText.appendNormalized(second, to: &pieces)
            if separated, pieces.last == 0x20 { pieces.removeLast() }
            #expect(pieces == scalars(SearchText.normalize(first + "\n" + second)), "\(first.debugDescription) + \(second.debugDescription)")
        }
    }

    @Test func appendsAfterWhatIsThere() {
        var text: [UInt32] = [0x61]
        SearchText.appendNormalized("  B\u{3000}Ｃ  ", to: &text)
        #expect(text == [0x61, 0x62, 0x20, 0x63])
    }

    /// Canonical ordering of a long run of combining marks is a sort, not quadratic.
    @Test func longRunsOfCombiningMarks() {
        let marks = String(repeating: "\u{301}\u{316}", count: 20_000)
        let expected: [UInt32] = [0xE1] + Array(repeating: 0x316, count: 20_000) + Array(repeating: 0x301, count: 19_999)
        #expect(scalars(SearchText.normalize("a" + marks)) == expected)
    }

    @Test func characterClasses() {
        for cjk: UInt32 in [0x4E00, 0x9FFF, 0x3400, 0x20000, 0x2EBEF, 0x30000, 0x3134F, 0xF900, 0x3041, 0x30FB, 0xAC00, 0xD7AF] {
            #expect(SearchText.isCJK(cjk) && SearchText.isSearchable(cjk) && !SearchText.isWord(cjk))
        }
        for word: UInt32 in [0x61, 0x5A, 0x30, 0xDF, 0x3C3, 0x2460, 0xB2, 0x2160, 0x660, 0x2CFD, 0x10107, 0x1D400, 0xFF41] {
            #expect(SearchText.isWord(word) && SearchText.isSearchable(word) && !SearchText.isCJK(word))
        }
        // Punctuation, marks, symbols, white space, and characters assigned after Unicode 14 (Python 3.11's).
        for other: UInt32 in [0x5F, 0x2D, 0x22, 0x20, 0x3000, 0x301, 0x3001, 0xFF0C, 0x1F600, 0x31350, 0x2EBF0, 0x11F04, 0xD800] {
            #expect(!SearchText.isWord(other) && !SearchText.isSearchable(other) && !SearchText.isCJK(other))
        }
    }
}
