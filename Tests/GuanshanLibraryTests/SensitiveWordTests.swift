import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The sensitive-word lists as the library keeps and applies them: checked when saved, refusing searches
/// and names with a blocked word, masking what readers are given, followed by every node.
@Suite struct SensitiveWordTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func listsAreCheckedWhenSaved() async throws {
        let library = Library(store: try await TestStore.make())
        #expect(try await library.words.replace(.block, with: ["  赌博 ", "", "赌博", "代开发票"], by: nil) == 2, "trimmed, blank lines and repeats dropped")
        #expect(try await library.words.list(.block) == ["代开发票", "赌博"])
        await #expect(throws: WordListError.notAWord(line: 2)) { try await library.words.replace(.mask, with: ["好", "，。！"], by: nil) }
        await #expect(throws: WordListError.notAWord(line: 1)) { try await library.words.replace(.mask, with: ["a\u{7}b"], by: nil) }
        await #expect(throws: WordListError.tooLong(line: 1)) { try await library.words.replace(.mask, with: [String(repeating: "长", count: 51)], by: nil) }
        #expect(try await library.words.list(.mask) == [], "a refused list changes nothing")
        #expect(try await library.words.list(.block) == ["代开发票", "赌博"])
        let many = (0..<SensitiveWords.mostWords).map { "词\($0)" }
        await #expect(throws: WordListError.tooMany) { try await library.words.replace(.hold, with: many, by: nil) }
    }

    @Test func aListFileIsReadInItsEncoding() throws {
        let gb18030 = Data([0xC3, 0xF4, 0xB8, 0xD0, 0x0A, 0xB4, 0xCA]) // 敏感\n词 in GB18030
        #expect(try SensitiveWords.lines(ofFile: gb18030) == ["敏感", "词"])
        #expect(try SensitiveWords.lines(ofFile: Data("甲\r\n乙\n".utf8)) == ["甲", "乙", ""])
        #expect(throws: WordListError.notText) { try SensitiveWords.lines(ofFile: Data([0x00, 0xFF, 0x00])) }
    }

    @Test func aSearchHoldingABlockedWordFindsNothing() async throws {
        let library = Library(store: try await TestStore.make())
        _ = try await library.importOne(try folder.write("通知.txt", "关于赌博问题的通知\n\n严禁赌博，违者严肃处理。"))
        #expect(try await library.search.search(SearchRequest("赌博")).total == 1)
        try await library.words.replace(.block, with: ["赌博"], by: nil)
        for query in ["赌博", "严禁 賭 博", "通知 赌.博"] {
            let page = try await library.search.search(SearchRequest(query))
            #expect(page.isBlocked, "\(query)")
            #expect(page.total == 0 && page.items.isEmpty)
        }
        #expect(try await library.search.search(SearchRequest("严禁")).isBlocked == false)
    }

    @Test func readersAreGivenMaskedWordsAndHeldOnesAsWritten() async throws {
        let library = Library(store: try await TestStore.make())
        let id = try await library.importOne(try folder.write("说明.txt", "代开发票说明\n\n本店可代开发票，也可代 开 發 票。另有待审词语。")).id
        try await library.words.replace(.mask, with: ["代开发票"], by: nil)
        try await library.words.replace(.hold, with: ["待审词语"], by: nil)
        let page = try await library.reading.readPage(id: id, pageNumber: 1, counting: false)
        #expect(page.document.summary.title == "＊＊＊＊说明")
        let text = page.blocks.map(\.block.plainText).joined(separator: "\n")
        #expect(text.contains("本店可＊＊＊＊，也可＊ ＊ ＊ ＊。另有待审词语。"), "\(text)")
        #expect(try await library.reading.newest(pageNumber: 1).items.first?.title == "＊＊＊＊说明")
        let results = try await library.search.search(SearchRequest("说明"))
        #expect(results.items.first?.document.title == "＊＊＊＊说明")
        #expect(results.items.first?.title.fragments.map(\.text).joined() == "＊＊＊＊说明")
        let exported = try await library.reading.export(id: id, as: .txt)
        #expect(!String(decoding: exported.data, as: UTF8.self).contains("代开"))
        let feed = try await library.syndication.feed()
        #expect(feed.entries.first?.summary.title == "＊＊＊＊说明")
        #expect(feed.entries.first?.excerpt.contains("代开") == false)
        // The stored document is unchanged: emptying the list shows it as written again.
        try await library.words.replace(.mask, with: [], by: nil)
        #expect(try await library.reading.readPage(id: id, pageNumber: 1, counting: false).document.summary.title == "代开发票说明")
    }

    /// A tag is a link that names its word: one holding a masked word is left out, and its page is not found.
    @Test func aTagHoldingAMaskedWordIsLeftOut() async throws {
        let library = Library(store: try await TestStore.make())
        let id = try await library.importOne(try folder.write("标签.md", "---\ntags: [机密文件, 会议]\n---\n# 会议通知\n\n周五开会。")).id
        #expect(try await library.reading.readPage(id: id, pageNumber: 1, counting: false).document.tags == ["机密文件", "会议"])
        try await library.words.replace(.mask, with: ["机密"], by: nil)
        #expect(try await library.reading.readPage(id: id, pageNumber: 1, counting: false).document.tags == ["会议"])
        await #expect(throws: LibraryError.tagNotFound) { try await library.reading.tagged("机密文件", pageNumber: 1) }
        #expect(try await library.reading.tagged("会议", pageNumber: 1).total == 1)
    }

    @Test func aNameHoldingABlockedWordIsNotRegistered() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        try await library.words.replace(.block, with: ["管理员"], by: nil)
        await #expect(throws: AccountError.nameNotAllowed) {
            try await library.accounts.register(name: "官方管理员", password: "correct horse battery", client: nil)
        }
        _ = try await library.accounts.register(name: "读者甲", password: "correct horse battery", client: nil)
    }

    /// Two nodes over one store: the node that did not change the lists applies them once it follows the
    /// change (each second, or at its next write).
    @Test func anotherNodeFollowsTheLists() async throws {
        let store = try await TestStore.make()
        let first = Library(store: store)
        let second = Library(store: store)
        let id = try await first.importOne(try folder.write("甲.txt", "甲文档\n\n这里写着机密内容。")).id
        #expect(try await second.reading.readPage(id: id, pageNumber: 1, counting: false).blocks.first?.block.plainText.contains("机密") == true)
        try await first.words.replace(.mask, with: ["机密"], by: nil)
        try await second.version.refresh()
        let text = try await second.reading.readPage(id: id, pageNumber: 1, counting: false).blocks.map(\.block.plainText).joined()
        #expect(text.contains("这里写着＊＊内容"), "\(text)")
    }
}
