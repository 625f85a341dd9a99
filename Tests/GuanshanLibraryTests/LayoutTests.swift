import Foundation
@testable import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// A new page budget or reading speed is applied to every document by `LayoutKeeper`, as a job kept in
/// the store: not inside the request that saved it, resumed where it stopped, never left half done.
@Suite struct LayoutTests {
    let library: Library
    let ids: [Int64]

    init() async throws {
        library = Library(store: try await TestStore.make())
        let folder = try TemporaryFolder()
        let records = (0..<5).map { n -> [String: Any] in
            ["title": "长文\(n)", "paragraphs": Samples.longDocumentParagraphs().map { "\(n)\($0)" }]
        }
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        ids = try await library.editorial.importFiles([try folder.write("a.jsonl", lines.joined(separator: "\n"))]).imported.map(\.id).sorted()
    }

    private func pageCounts() async throws -> [Int] {
        var counts: [Int] = []
        for id in ids { counts.append(try await library.reading.pageCount(ofDocument: id)) }
        return counts
    }

    private func saveBudget(_ budget: Int) async throws -> Bool {
        var form = SettingsForm(try await library.settings())
        form.pageBudget = String(budget)
        return try await library.editorial.saveSettings(form, by: nil)
    }

    @Test func theSearchPageFilterFollowsANewLayout() async throws {
        let before = try await pageCounts()
        let filtered = { (pages: Int) in SearchRequest("长文", minimumPages: pages, maximumPages: pages) }
        #expect(try await library.search.search(filtered(before[0])).total == 5)
        #expect(try await saveBudget(500))
        #expect(try await library.layout.follow() == 5)
        try await library.search.catchUp()
        let after = try await pageCounts()
        #expect(after[0] != before[0])
        #expect(try await library.search.search(filtered(before[0])).total == 0)
        #expect(try await library.search.search(filtered(after[0])).total == 5)
    }

    @Test func aNewBudgetIsFollowedAfterTheSaveReturns() async throws {
        #expect(ids.count == 5)
        let before = try await pageCounts()
        #expect(try await library.layout.progress() == nil)
        #expect(try await saveBudget(500), "a run is under way")
        #expect(try await pageCounts() == before, "the save lays nothing out itself")
        let progress = try #require(try await library.layout.progress())
        #expect(progress.pageBudget == 500 && progress.done == 0 && progress.failure == nil)

        #expect(try await library.layout.follow() == 5)
        let after = try await pageCounts()
        #expect(zip(after, before).allSatisfy { $0 > $1 }, "\(before) → \(after)")
        #expect(try await library.layout.progress() == nil)
        #expect(try await library.layout.follow() == 0, "nothing left to do")
        #expect(try await saveBudget(500) == false, "the same budget again starts nothing")
    }

    @Test func aRunCutOffGoesOnFromWhereItStopped() async throws {
        let before = try await pageCounts()
        #expect(try await saveBudget(500))
        // As a node stopped after laying out the first two documents would leave it.
        let speed = try await library.settings().readingSpeed
        try await library.store.setSettings([LayoutKeeper.progressKey: "500/\(speed)/\(ids[1])/2"])
        #expect(try await library.layout.progress()?.done == 2)
        #expect(try await saveBudget(500), "saving the form again leaves the run under way, not done")
        #expect(try await library.layout.follow() == 3, "only the documents after the last one laid out")
        let after = try await pageCounts()
        #expect(Array(after.prefix(2)) == Array(before.prefix(2)), "the first two were taken as done")
        #expect(zip(after.dropFirst(2), before.dropFirst(2)).allSatisfy { $0 > $1 })
        #expect(try await library.layout.progress() == nil)
    }

    @Test func aBudgetChangedAgainDuringARunStartsOver() async throws {
        #expect(try await saveBudget(500))
        let speed = try await library.settings().readingSpeed
        try await library.store.setSettings([LayoutKeeper.progressKey: "500/\(speed)/\(ids[3])/4"])
        #expect(try await saveBudget(1000))
        #expect(try await library.layout.progress()?.done == 0, "a run for other settings does not count")
        #expect(try await library.layout.follow() == 5)
    }
}
