import Testing
@testable import GuanshanWeb

@Suite struct PagerTests {
    private func shown(_ current: Int, of count: Int) -> String {
        let pager = PagerModel(current: current, count: count, strings: .chinese) { "/p\($0)" }
        return pager?.pages.map { ($0.gapBefore ? "… " : "") + ($0.current ? "[\($0.number)]" : "\($0.number)") }
            .joined(separator: " ") ?? "none"
    }

    @Test func showsTheEndsAWindowAndGapsBetween() {
        #expect(shown(1, of: 1) == "none")
        #expect(shown(1, of: 3) == "[1] 2 3")
        #expect(shown(50, of: 162) == "1 … 47 48 49 [50] 51 52 53 … 162")
        #expect(shown(5, of: 9) == "1 2 3 4 [5] 6 7 8 9")
    }

    @Test func aPageBeyondTheLastNeverTraps() {
        #expect(shown(500, of: 162) == "1 … 159 160 161 162")
        #expect(shown(-4, of: 20) == "1 2 3 4 … 20")
    }
}
