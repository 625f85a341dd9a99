import Testing
@testable import GuanshanSearch

@Suite struct SearchQueryTests {
    private func terms(_ query: String) -> (required: [String], excluded: [String]) {
        let parsed = SearchQuery.parse(query)
        return (parsed.required.map(\.text), parsed.excluded.map(\.text))
    }

    @Test(arguments: [
        ("Linux", ["linux"], []), ("LINUX  ｌｉｎｕｘ", ["linux", "linux"], []), ("政协 -党组", ["政协"], ["党组"]),
        ("-x", [], ["x"]), ("--x", [], ["-x"]), ("-\"a b\"", [], ["a b"]), ("\" a  b \"", ["a b"], []),
        ("a\"b", ["ab"], []), ("\"unbalanced", ["unbalanced"], []), ("-\"unbalanced", [], ["unbalanced"]),
        ("x \"y z", ["x", "y", "z"], []), ("a\"b c\"d", ["ab", "cd"], []), ("\"\"", [], []), ("\"a\"\"b\"", ["a", "b"], []),
        ("＂Ａ　Ｂ＂ －ｃ", ["a b"], ["c"]), ("“a b”", ["“a", "b”"], []), ("!!! ... --", [], []), ("-", [], []),
        ("-\"", [], []), ("- \"", [], []), ("\u{3000}\t\n", [], []), ("c++ -c#", ["c++"], ["c#"]), ("\u{0}a\u{7}", ["\u{0}a\u{7}"], []),
    ] as [(String, [String], [String])])
    func parsesLikeSearchref(query: String, required: [String], excluded: [String]) {
        let parsed = terms(query)
        #expect(parsed.required.map(scalars) == required.map(scalars))
        #expect(parsed.excluded.map(scalars) == excluded.map(scalars))
    }

    @Test func agreesWithSearchrefOnEveryOracleRow() throws {
        for row in try OracleRow.all() {
            let parsed = terms(row.input)
            #expect(parsed.required.map(scalars) == row.required.map(scalars), "line \(row.line): \(row.input.debugDescription)")
            #expect(parsed.excluded.map(scalars) == row.excluded.map(scalars), "line \(row.line): \(row.input.debugDescription)")
        }
    }

    @Test func termsKnowHowTheyMatch() {
        let query = SearchQuery.parse("Calc 政协 \"linux 内核\" -(x) -\"-y\"")
        #expect(query.required.map(\.startsWord) == [true, false, true])
        #expect(query.required.map(\.isPhrase) == [false, false, true])
        #expect(query.excluded.map(\.startsWord) == [false, false])
        #expect(query.excluded.map(\.isPhrase) == [false, true])
        #expect(query.required.allSatisfy { $0.scalars == scalars($0.text) })
        #expect(!query.isEmpty && !query.exceedsLimits)
    }

    @Test func queriesWithoutRequiredTermsAreEmpty() {
        #expect(SearchQuery.parse("").isEmpty)
        #expect(SearchQuery.parse("-政协").isEmpty)
        #expect(SearchQuery.parse("，。！").isEmpty)
        #expect(!SearchQuery.parse("政协").isEmpty)
    }

    @Test func limits() {
        func words(_ count: Int) -> String { (1...count).map { "w\($0)" }.joined(separator: " ") }
        #expect(!SearchQuery.parse(words(SearchQuery.maximumTerms)).exceedsLimits)
        #expect(SearchQuery.parse(words(SearchQuery.maximumTerms + 1)).exceedsLimits)
        #expect(!SearchQuery.parse(String(repeating: "字", count: SearchQuery.maximumTermLength)).exceedsLimits)
        #expect(SearchQuery.parse(String(repeating: "字", count: SearchQuery.maximumTermLength + 1)).exceedsLimits)
        #expect(SearchQuery.parse("a" + String(repeating: " ", count: SearchQuery.maximumQueryLength)).exceedsLimits)
    }

    @Test func hostileQueriesParseInLinearTime() {
        let thousandTerms = SearchQuery.parse((1...1_000).map { $0 % 3 == 0 ? "-t\($0)" : "t\($0)" }.joined(separator: " "))
        #expect(thousandTerms.required.count == 667 && thousandTerms.excluded.count == 333 && thousandTerms.exceedsLimits)
        #expect(SearchQuery.parse(String(repeating: "\"", count: 10_001)).isEmpty)
        #expect(SearchQuery.parse(String(repeating: "-\"", count: 5_000)).isEmpty)
        #expect(SearchQuery.parse(String(repeating: "-", count: 10_000)).isEmpty)
        #expect(SearchQuery.parse("\"" + String(repeating: "a ", count: 5_000)).required.count == 5_000)
        #expect(SearchQuery.parse(String(repeating: "a\"", count: 5_000)).required.map(\.text) == [String(repeating: "a", count: 5_000)])
        // Control characters, white space, quotes, dashes and digits, over and over (156 terms, as searchref has it).
        let controls = String(String.UnicodeScalarView((0..<10_000).compactMap { Unicode.Scalar(UInt32($0 % 0x40)) }))
        #expect(SearchQuery.parse(controls).required.count == 156)
    }
}
