import Foundation
import GuanshanLibrary
import GuanshanSearch
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

@Suite struct SearchTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func importText(_ library: Library, _ name: String, _ text: String) async throws -> Int64 {
        let path = try folder.write(name, text)
        return try #require(try await library.editorial.importFiles([path]).imported.first?.id)
    }

    @Test func importedDocumentsAreSearchableAtOnce() async throws {
        let library = Library(store: try await TestStore.make())
        let id = try await importText(library, "会议纪要.txt", "市政协党组召开会议\n\n会议听取了工作汇报。\n\n党组成员出席会议。")
        let page = try await library.search.search(SearchRequest("政协 党组"))
        #expect(page.total == 1)
        let item = try #require(page.items.first)
        #expect(item.document.id == id)
        #expect(item.page == 1)
        #expect(item.snippet.fragments.contains { $0.isMatch && $0.text == "党组" })
        #expect(try library.search.searchIDs("汇报") == [id])
        #expect(try library.search.searchIDs("汇报 -党组") == [])
    }

    /// Many searches, pages and lists at once on a SQLite file (a pool of reader connections): a result
    /// page reads its documents without holding a thread of the concurrency pool while it waits for a
    /// connection. Blocking there let 16 searches take every thread and wait forever on reads that
    /// needed one.
    @Test func manySearchesAtOnceAllFinish() async throws {
        let library = try Library.open(dataDirectory: folder.url.appendingPathComponent("library"))
        for number in 1...12 {
            _ = try await importText(library, "纪要\(number).txt", "第\(number)次会议纪要\n\n市政协党组召开会议，听取了工作汇报。")
        }
        let totals = try await withThrowingTaskGroup(of: Int.self) { group in
            for number in 0..<128 {
                group.addTask {
                    switch number % 4 {
                    case 0: try await library.search.search(SearchRequest("政协 会议")).items.count
                    case 1: try await library.reading.home().newest.count
                    case 2: try await library.reading.readPage(id: Int64(number % 12 + 1), pageNumber: 1).blocks.isEmpty ? 0 : 10
                    default: try await library.search.search(SearchRequest("汇报")).items.count
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(totals == Array(repeating: 10, count: 128))
    }

    @Test func resultsPointAtThePageAndBlockOfTheFirstMatch() async throws {
        let library = Library(store: try await TestStore.make())
        let id = try await importText(library, "长文.txt", Samples.longDocumentParagraphs().joined(separator: "\n"))
        let whole = try await library.reading.readWholeDocument(id: id)
        let allText = whole.blocks.map(\.block.plainText).joined(separator: "\n")
        let third = try await library.reading.readPage(id: id, pageNumber: 3)
        let (index, block) = try #require(third.blocks.first)
        let characters = Array(block.plainText)
        let unique = try #require((0..<(characters.count - 12)).lazy.map { String(characters[$0..<$0 + 12]) }
            .first { allText.components(separatedBy: $0).count == 2 })
        let item = try #require(try await library.search.search(SearchRequest(unique)).items.first)
        #expect(item.document.id == id)
        #expect(item.page == 3)
        #expect(item.block == index)
    }

    @Test func badQueriesGetAnAnswerNotAnError() async throws {
        let library = Library(store: try await TestStore.make())
        _ = try await importText(library, "一.txt", "内容")
        let empty = try await library.search.search(SearchRequest(" -- \" ！"))
        #expect(!empty.hasWords && empty.total == 0 && empty.items.isEmpty)
        await #expect(throws: LibraryError.queryTooLong) { try await library.search.search(SearchRequest(String(repeating: "长", count: 10_000))) }
        #expect(throws: LibraryError.queryTooLong) { try library.search.searchIDs(String(repeating: "词 ", count: 1_000)) }
        #expect(try await library.search.search(SearchRequest("内容", offset: 5)).items.isEmpty)
    }

    @Test func anotherProcessesWritesAreCaughtUp() async throws {
        let site = try Library.open(dataDirectory: folder.url.appendingPathComponent("data"))
        let shell = try Library.open(dataDirectory: folder.url.appendingPathComponent("data"))
        let id = try await importText(shell, "来自命令行.txt", "从命令行导入的文档")
        #expect(try site.search.searchIDs("命令行") == [])
        #expect(try await site.search.catchUp() == 1)
        #expect(try site.search.searchIDs("命令行") == [id])
        #expect(try await site.search.catchUp() == 0)
    }

    @Test func aReopenedLibraryUsesItsSavedIndex() async throws {
        let data = folder.url.appendingPathComponent("data")
        let first = try Library.open(dataDirectory: data)
        let id = try await importText(first, "保存.txt", "索引保存在数据目录里")
        let reopened = try Library.open(dataDirectory: data)
        #expect(reopened.search.loadProblem == nil)
        #expect(try reopened.search.searchIDs("数据目录") == [id])
        #expect(try await reopened.search.catchUp() == 0)
    }

    /// A writer killed after its documents were committed but before its index reached the disk.
    @Test func writesTheIndexNeverSawAreFoundAfterARestart() async throws {
        let data = folder.url.appendingPathComponent("data")
        let library = try Library.open(dataDirectory: data)
        _ = try await importText(library, "早.txt", "早先的文档")
        let killed = Library(store: try SQLiteStore(path: data.appendingPathComponent("guanshan.sqlite").path))
        let late = try await importText(killed, "晚.txt", "后来写入但未进索引的文档")
        let restarted = try Library.open(dataDirectory: data)
        #expect(try restarted.search.searchIDs("未进索引") == [])
        #expect(try await restarted.search.catchUp() == 1)
        #expect(try restarted.search.searchIDs("未进索引") == [late])
        #expect(try restarted.search.searchIDs("文档").count == 2)
    }

    @Test func reindexGivesTheSameAnswers() async throws {
        let library = try Library.open(dataDirectory: folder.url.appendingPathComponent("data"))
        for number in 1...30 {
            _ = try await importText(library, "第\(number)篇.txt", "第\(number)篇文档 \(Samples.paragraphs(lengths: [200 + number]).joined())")
        }
        let queries = ["文档", "第1篇", "阅读 -目录", "\"长篇文档\"", "标", "第3"]
        let before = try queries.map { try library.search.searchIDs($0) }
        let report = try await library.search.rebuild()
        #expect(report.documents == 30)
        #expect(report.bytes > 0)
        #expect(try queries.map { try library.search.searchIDs($0) } == before)
    }

    /// An index ahead of its store's change log belongs to another log (a restored library, a replica
    /// promoted without the last writes): it is rebuilt, not trusted.
    @Test func anIndexAheadOfTheStoreIsRebuilt() async throws {
        let search = folder.url.appendingPathComponent("search")
        let first = Library(store: try SQLiteStore.inMemory(), searchDirectory: search)
        for number in 1...3 { _ = try await importText(first, "旧\(number).txt", "旧库文档\(number)") }
        try await first.search.save()
        let restored = Library(store: try SQLiteStore.inMemory(), searchDirectory: search)
        let id = try await importText(restored, "新.txt", "新库文档")
        try await restored.search.catchUp()
        #expect(try restored.search.searchIDs("旧库") == [])
        #expect(try restored.search.searchIDs("新库") == [id])
    }

    @Test func theChangeLogRisesWithEveryWrite() async throws {
        let store = try SQLiteStore.inMemory()
        let library = Library(store: store)
        #expect(try await store.revision() == 0)
        let id = try await importText(library, "一.txt", "变更记录")
        let revision = try await store.revision()
        #expect(revision == 1)
        let changes = try await store.changes(after: 0, limit: 10)
        #expect(changes.revision == revision && changes.isComplete)
        #expect(changes.published.map(\.id) == [id])
        #expect(changes.published.first?.texts == ["变更记录"])
        #expect(try await store.changes(after: revision, limit: 10).published.isEmpty)
    }

    @Test func aSuggestionChangesOneCharacterOrLetterAndOnlyWhenNothingIsFound() async throws {
        let library = Library(store: try await TestStore.make())
        _ = try await importText(library, "一.txt", "政协委员提交提案\n\nThe kernel module loads.")
        _ = try await importText(library, "二.txt", "政协会议闭幕\n\n另一段。")
        for (query, suggestion, total) in [("政鞋", "政协", 2), ("政协委圆", "政协委员", 1), ("kernal", "kernel", 1), ("kernl", "kernel", 1), ("政协 kenrel", "政协 kernel", 1)] {
            let page = try await library.search.search(SearchRequest(query))
            #expect(page.total == 0, "\(query)")
            #expect(page.suggestion == suggestion, "\(query)")
            #expect(page.suggestionTotal == total, "\(query)")
        }
        #expect(try await library.search.search(SearchRequest("政协")).suggestion == nil)
        #expect(try await library.search.search(SearchRequest("完全无关")).suggestion == nil)
        // The first character is kept: what may come before one is not a range of the index's keys.
        #expect(try await library.search.search(SearchRequest("证协")).suggestion == nil)
        #expect(try await library.search.search(SearchRequest("jernel")).suggestion == nil)
        // Any visitor can ask for nothing: only a few terms of ordinary lengths are looked at.
        #expect(try await library.search.search(SearchRequest("kernal a b c d")).suggestion == nil, "five terms")
        #expect(try await library.search.search(SearchRequest("kernel" + String(repeating: "x", count: 30))).suggestion == nil)
        #expect(try await library.search.search(SearchRequest(String(repeating: "政", count: 13))).suggestion == nil)
        // A masked word is never offered: the lists' words would be read out a character at a time.
        try await library.words.replace(.mask, with: ["政协委员"], by: nil)
        #expect(try await library.search.search(SearchRequest("政协委圆")).suggestion == nil)
        let filtered = try await library.search.search(SearchRequest("政鞋", publishedBefore: Date(timeIntervalSince1970: 0)))
        #expect(filtered.suggestion == nil, "none finds anything under the filters")
    }
}
