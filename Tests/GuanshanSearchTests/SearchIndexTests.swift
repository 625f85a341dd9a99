import Foundation
import Testing
@testable import GuanshanSearch
import GuanshanTestSupport

@Suite struct SearchIndexTests {
    /// Builds, updates and deletes at random, and after each step compares every query's matches with brute force.
    @Test(arguments: 1...12)
    func agreesWithBruteForceThroughUpdatesAndMerges(seed: Int) throws {
        var random = RandomLibrary(seed: UInt64(seed))
        var documents = (1...40).map { random.document(id: Int64($0)) }
        let index = SearchIndex()
        var build = IndexBuild()
        build.add(documents.prefix(20).map(\.indexed))
        build.add(documents.dropFirst(20).map(\.indexed))
        index.replace(with: build, revision: 1)
        for step in 0..<8 {
            switch step % 3 {
            case 0:
                let added = (0..<(1 + random.next(6))).map { _ in random.document(id: Int64(41 + random.next(1_000))) }
                documents.removeAll { old in added.contains { $0.id == old.id } }
                documents += added
                index.apply(revision: Int64(step + 2), upserts: added.map(\.indexed), removals: [])
            case 1:
                let changed = documents.indices.filter { _ in random.next(5) == 0 }
                for position in changed { documents[position] = random.document(id: documents[position].id) }
                index.apply(revision: Int64(step + 2), upserts: changed.map { documents[$0].indexed }, removals: [])
            default:
                let removed = documents.filter { _ in random.next(6) == 0 }.map(\.id)
                documents.removeAll { removed.contains($0.id) }
                index.apply(revision: Int64(step + 2), upserts: [], removals: removed + [999_999])
            }
            try expectAgreement(index, documents, &random)
        }
        let folder = try TemporaryFolder()
        let saved = SearchIndex(directory: folder.url)
        var all = IndexBuild()
        all.add(documents.map(\.indexed))
        saved.replace(with: all, revision: 42)
        try saved.save()
        let reopened = SearchIndex(directory: folder.url)
        #expect(reopened.loadProblem == nil)
        #expect(reopened.revision == 42)
        try expectAgreement(reopened, documents, &random)
    }

    /// The parallel path (ranges of documents searched side by side) gives the answers of the serial one.
    @Test(arguments: 1...3)
    func parallelSearchAgreesWithBruteForce(seed: Int) {
        var random = RandomLibrary(seed: UInt64(seed) + 100)
        let documents = (1...300).map { random.document(id: Int64($0)) }
        var state = IndexState()
        state.apply(revision: 1, upserts: documents.prefix(200).map(\.indexed), removals: [])
        state.apply(revision: 2, upserts: documents.dropFirst(200).map(\.indexed), removals: [Int64(seed)])
        let texts = documents.filter { $0.id != Int64(seed) }.map { ($0.id, $0.reference) }
        for _ in 0..<80 {
            let text = random.query(from: documents)
            let query = SearchQuery.parse(text)
            let expected = texts.filter { ReferenceSearch.matches(query, $0.1) }.map(\.0).sorted()
            #expect(state.matchingIDs(query, parallelWork: 0) == expected, "query \(text.debugDescription)")
            let serial = state.search(query, options: SearchOptions(limit: 20), parallelWork: .max)
            let parallel = state.search(query, options: SearchOptions(limit: 20), parallelWork: 0)
            #expect(parallel.total == expected.count)
            #expect(parallel.hits == serial.hits)
        }
    }

    private func expectAgreement(_ index: SearchIndex, _ documents: [RandomLibrary.Document], _ random: inout RandomLibrary) throws {
        #expect(index.documentCount == documents.count)
        let texts = documents.map { ($0.id, $0.reference) }
        for _ in 0..<60 {
            let text = random.query(from: documents)
            let query = SearchQuery.parse(text)
            let expected = texts.filter { ReferenceSearch.matches(query, $0.1) }.map(\.0).sorted()
            #expect(index.matchingIDs(query) == expected, "query \(text.debugDescription)")
            let results = index.search(query, options: SearchOptions(limit: 1_000))
            #expect(results.total == expected.count)
            #expect(results.hits.map(\.id).sorted() == expected)
        }
    }

    private func index(_ documents: [(id: Int64, title: String, body: [String], published: Double, category: Int64?)]) -> SearchIndex {
        let index = SearchIndex()
        index.apply(revision: 1, upserts: documents.map {
            IndexedText(id: $0.id, title: $0.title, pieces: $0.body, published: Date(timeIntervalSince1970: $0.published), categoryID: $0.category)
        }, removals: [])
        return index
    }

    @Test func findsChineseWordsAnywhereAndLatinWordsAtWordStarts() {
        let index = index([
            (1, "市政协党组会议", ["会议由市政协主席主持。"], 0, nil),
            (2, "LibreOffice Calc 帮助", ["Calc 能 recalculate 表格。"], 0, nil),
            (3, "重算", ["recalc 不是 calc 开头的词吗？linux内核模块"], 0, nil),
        ])
        func ids(_ text: String) -> [Int64] { index.matchingIDs(SearchQuery.parse(text)) }
        #expect(ids("政协") == [1])
        #expect(ids("协党") == [1])
        #expect(ids("政") == [1])
        #expect(ids("calc") == [2, 3])
        #expect(ids("CALC -recalc") == [])
        #expect(ids("calc -帮助") == [3])
        #expect(ids("ecalc") == [])
        #expect(ids("Linux内核") == [3])
        #expect(ids("\"calc 帮助\"") == [2])
        #expect(ids("calc 政协") == [])
        #expect(ids("！！！") == [])
    }

    @Test func findsTraditionalAndSimplifiedAlike() {
        let index = index([
            (1, "计算机", ["以后里面"], 0, nil),
            (2, "計算機概論", ["之後，裡面；裏面"], 0, nil),
            (3, "皇后", ["后来"], 0, nil),
        ])
        func ids(_ text: String) -> [Int64] { index.matchingIDs(SearchQuery.parse(text)) }
        #expect(ids("計算機") == [1, 2])
        #expect(ids("计算机") == [1, 2])
        #expect(ids("後") == [1, 2, 3])
        #expect(ids("裡面") == [1, 2])
        #expect(ids("里面 -裏面") == [])
        #expect(ids("計算機 -概论") == [1])
    }

    @Test func ranksTitleHitsFirstThenByScoreThenNewest() {
        let index = index([
            (1, "一篇旧文", ["环境变量 环境变量 环境变量 说明。"], 100, nil),
            (2, "环境变量", ["正文里没有这个词。"], 50, nil),
            (3, "新文", ["环境变量 说明。"], 300, nil),
            (4, "又一篇", ["环境变量 说明。"], 200, nil),
            (5, "无关", ["什么也没有。"], 400, nil),
        ])
        let results = index.search(SearchQuery.parse("环境变量"))
        #expect(results.total == 4)
        #expect(results.hits.map(\.id) == [2, 1, 3, 4])
        #expect(results.hits[0].titleHits == 1)
        let second = index.search(SearchQuery.parse("环境变量"), options: SearchOptions(offset: 1, limit: 2))
        #expect(second.hits.map(\.id) == [1, 3])
        #expect(second.total == 4)
    }

    @Test func closerTermsRankHigher() {
        let filler = String(repeating: "填充文字", count: 30)
        let index = index([
            (1, "甲", ["数据库\(filler)备份"], 0, nil),
            (2, "乙", ["数据库备份\(filler)"], 0, nil),
        ])
        #expect(index.search(SearchQuery.parse("数据库 备份")).hits.map(\.id) == [2, 1])
    }

    @Test func filtersByCategory() {
        let index = index([(1, "甲", ["分页"], 0, 7), (2, "乙", ["分页"], 0, 8), (3, "丙", ["分页"], 0, nil)])
        #expect(index.search(SearchQuery.parse("分页"), options: SearchOptions(filter: SearchFilter(categoryID: 8))).hits.map(\.id) == [2])
        #expect(index.matchingIDs(SearchQuery.parse("分页"), filter: SearchFilter(categoryID: 7)) == [1])
    }

    @Test func hostileQueriesAnswerQuickly() {
        let index = index([(1, "甲", [String(repeating: "政协", count: 5_000)], 0, nil)])
        let clock = ContinuousClock()
        for text in [String(repeating: "政", count: 10_000), String(repeating: "a ", count: 1_000), "\"", "-", "\"\"\"", "\u{1}\u{2}"] {
            let started = clock.now
            let query = SearchQuery.parse(text)
            _ = index.search(query)
            // A runaway, not a slow machine: the other suites share the two cores.
            #expect(started.duration(to: clock.now) < TestTime.bound(.seconds(10)), "\(text.prefix(20))")
        }
        #expect(SearchQuery.parse(String(repeating: "政", count: 10_000)).exceedsLimits)
        #expect(SearchQuery.parse(String(repeating: "a ", count: 1_000)).exceedsLimits)
    }

    @Test func aDamagedIndexOpensEmptyAndSaysWhy() throws {
        let folder = try TemporaryFolder()
        let index = SearchIndex(directory: folder.url)
        index.apply(revision: 5, upserts: [IndexedText(id: 1, title: "标题", pieces: ["正文"], published: Date(), categoryID: nil)], removals: [])
        try index.save()
        let segment = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first { $0.hasPrefix("segment-") })
        let url = folder.url.appendingPathComponent(segment)
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 3).write(to: url)
        let reopened = SearchIndex(directory: folder.url)
        #expect(reopened.loadProblem != nil)
        #expect(reopened.revision == 0)
        #expect(reopened.documentCount == 0)
    }

    /// An opened index reads its postings from the mapped files; a file removed afterwards (as a save
    /// removes the segments it merged away) stays readable through the mapping.
    @Test func anOpenedIndexKeepsAnsweringWhenItsFilesAreRemoved() throws {
        let folder = try TemporaryFolder()
        let index = SearchIndex(directory: folder.url)
        index.apply(revision: 1, upserts: [IndexedText(id: 1, title: "政协委员", pieces: ["履职能力建设"], published: Date(), categoryID: nil)], removals: [])
        try index.save()
        let reopened = SearchIndex(directory: folder.url)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            try FileManager.default.removeItem(at: folder.url.appendingPathComponent(name))
        }
        #expect(reopened.matchingIDs(SearchQuery.parse("履职")) == [1])
        #expect(reopened.search(SearchQuery.parse("委员 能力")).hits.map(\.id) == [1])
    }

    @Test func aSaveCutShortLeavesTheLastCompleteIndex() throws {
        let folder = try TemporaryFolder()
        let index = SearchIndex(directory: folder.url)
        index.apply(revision: 1, upserts: [IndexedText(id: 1, title: "第一篇", pieces: [], published: Date(), categoryID: nil)], removals: [])
        try index.save()
        // What a process killed while saving leaves: a half-written segment and manifest beside the real ones.
        try Data("GNGSSG02 half".utf8).write(to: folder.url.appendingPathComponent("segment-dead.gsx.tmp"))
        try Data("{\"format\":".utf8).write(to: folder.url.appendingPathComponent("manifest.json.tmp"))
        let reopened = SearchIndex(directory: folder.url)
        #expect(reopened.loadProblem == nil)
        #expect(reopened.revision == 1)
        #expect(reopened.matchingIDs(SearchQuery.parse("第一")) == [1])
        reopened.apply(revision: 2, upserts: [IndexedText(id: 2, title: "第二篇", pieces: [], published: Date(), categoryID: nil)], removals: [1])
        try reopened.save()
        let again = SearchIndex(directory: folder.url)
        #expect(again.revision == 2)
        #expect(again.matchingIDs(SearchQuery.parse("篇")) == [2])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix("segment-") }
        #expect(files.allSatisfy { !$0.hasSuffix(".tmp") })
    }
}

/// "More like this" through the index: shared telling pairs of characters rank a document, pairs that
/// every document has do not, and neither the document itself nor deleted ones come back.
@Suite struct SimilarityTests {
    private static func text(_ id: Int64, _ title: String, _ body: String) -> IndexedText {
        IndexedText(id: id, title: title, pieces: [body], published: Date(timeIntervalSince1970: 0), categoryID: nil)
    }

    private let filler = (10...40).map { text(Int64($0), "杂记\($0)", "今天天气很好，我们一起去公园散步，看到了很多花和树。第\($0)篇。") }

    @Test func sharedRarePairsRankAndTheDocumentItselfIsLeftOut() {
        let index = SearchIndex()
        let query = Self.text(1, "政协委员履职", "政协委员履职能力建设，民主监督与协商议政。")
        var build = IndexBuild()
        build.add(filler + [
            query,
            Self.text(2, "民主监督", "加强政协民主监督，提高协商议政水平。"),
            Self.text(3, "履职", "委员履职档案与政协委员的培训。"),
            Self.text(4, "公园", "今天天气很好，我们一起去公园散步。"),
        ])
        index.replace(with: build, revision: 1)
        let hits = index.similar(to: query, limit: 5).map(\.id)
        #expect(Set(hits.prefix(2)) == [2, 3])
        #expect(!hits.contains(1))
        #expect(!hits.contains(4))

        index.apply(revision: 2, upserts: [], removals: [2])
        #expect(index.similar(to: query, limit: 5).map(\.id) == [3])
    }

    @Test func aTextWithNothingTellingHasNoneRelated() {
        let index = SearchIndex()
        var build = IndexBuild()
        build.add(filler)
        index.replace(with: build, revision: 1)
        #expect(index.similar(to: Self.text(99, "x", "今天天气很好"), limit: 5).isEmpty)
        #expect(index.similar(to: Self.text(99, "", ""), limit: 5).isEmpty)
    }
}
