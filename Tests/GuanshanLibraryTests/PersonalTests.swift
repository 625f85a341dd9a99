import Foundation
import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

@Suite struct PersonalTests {
    let clock = ManualClock()
    let library: Library
    /// The store the library was opened on, to arrange and check what the library API does not show.
    let store: any Store
    let folder: TemporaryFolder

    init() async throws {
        let clock = clock
        store = try await TestStore.make()
        library = Library(store: store, passwordCost: .testing, now: { clock.now })
        folder = try TemporaryFolder()
    }

    private func reader(_ name: String) async throws -> Visitor {
        _ = try await library.accounts.addUser(name: name, password: "correct horse", role: .reader)
        let session = try await library.accounts.logIn(name: name, password: "correct horse", client: nil)
        return try #require(try await library.accounts.visitor(sessionSecret: session.sessionSecret))
    }

    private func importDocuments() async throws -> (long: Int64, short: Int64) {
        let long = try folder.write("长文.txt", Samples.longDocumentParagraphs().joined(separator: "\n"))
        let short = try folder.write("短文.txt", "一段很短的正文。")
        let ids = try await library.editorial.importFiles([long, short]).imported.map(\.id)
        return (ids[0], ids[1])
    }

    @Test func favoritesAreEachReadersOwn() async throws {
        let (long, short) = try await importDocuments()
        let alice = try await reader("alice"), bob = try await reader("bob")
        try await library.reading.setFavorite(alice, documentID: long, true)
        clock.advance(60)
        try await library.reading.setFavorite(alice, documentID: short, true)
        try await library.reading.setFavorite(alice, documentID: short, true)
        let favorites = try await library.reading.favorites(alice, pageNumber: 1)
        #expect(favorites.items.map(\.document.id) == [short, long])
        #expect(try await library.reading.favorites(bob, pageNumber: 1).total == 0)
        #expect(try await library.reading.readPage(id: long, pageNumber: 2, reader: alice).personal?.isFavorite == true)
        #expect(try await library.reading.readPage(id: long, pageNumber: 2, reader: bob).personal?.isFavorite == false)
        try await library.reading.setFavorite(alice, documentID: long, false)
        #expect(try await library.reading.favorites(alice, pageNumber: 1).items.map(\.document.id) == [short])
        await #expect(throws: LibraryError.documentNotFound) { try await library.reading.setFavorite(alice, documentID: 999_999, true) }
        await #expect(throws: LibraryError.pageNotFound) { try await library.reading.favorites(alice, pageNumber: 2) }
    }

    @Test func historyKeepsThePageReachedAndOffersToContinue() async throws {
        let (long, short) = try await importDocuments()
        let alice = try await reader("alice")
        #expect(try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal?.continuePage == nil)
        _ = try await library.reading.readPage(id: long, pageNumber: 2, reader: alice)
        _ = try await library.reading.readPage(id: long, pageNumber: 3, reader: alice)
        clock.advance(60)
        _ = try await library.reading.readPage(id: short, pageNumber: 1, reader: alice)
        // Coming back through the document's link (page 1) offers page 3 and keeps it.
        clock.advance(60)
        #expect(try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal?.continuePage == 3)
        #expect(try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal?.continuePage == 3)
        #expect(try await library.reading.readPage(id: long, pageNumber: 3, reader: alice).personal?.continuePage == nil)
        let history = try await library.reading.history(alice, pageNumber: 1)
        #expect(history.items.map(\.document.id) == [long, short])
        #expect(history.items.map(\.page) == [3, 1])
        // Written in batches: the marks reached the store when the history was listed.
        #expect(try await store.readingMark(userID: alice.user.id, documentID: long)?.page == 3)
        _ = try await library.reading.readPage(id: long, pageNumber: 2, reader: alice)
        #expect(try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal?.continuePage == 2)
        try await library.reading.clearHistory(alice, documentID: long)
        #expect(try await library.reading.history(alice, pageNumber: 1).items.map(\.document.id) == [short])
        try await library.reading.clearHistory(alice, documentID: nil)
        #expect(try await library.reading.history(alice, pageNumber: 1).total == 0)
    }

    @Test func theBlockALinkLedToIsKeptWithThePage() async throws {
        let (long, _) = try await importDocuments()
        let alice = try await reader("alice")
        let third = try await library.reading.readPage(id: long, pageNumber: 3, reader: alice)
        let block = try #require(third.blocks.dropFirst().first?.index)
        clock.advance(60)
        _ = try await library.reading.readPage(id: long, pageNumber: 3, block: block, reader: alice)
        clock.advance(60)
        let offered = try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal
        #expect(offered?.continuePage == 3 && offered?.continueBlock == block)
        let history = try await library.reading.history(alice, pageNumber: 1)
        #expect(history.items.map(\.page) == [3] && history.items.map(\.block) == [block])
        #expect(try await store.readingMark(userID: alice.user.id, documentID: long)?.block == block)
        // A block that is not on the page (a link from before an edit) keeps only the page.
        clock.advance(60)
        _ = try await library.reading.readPage(id: long, pageNumber: 2, block: block, reader: alice)
        var state = try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal
        #expect(state?.continuePage == 2 && state?.continueBlock == nil)
        // The whole document with a block keeps the page that block is on.
        clock.advance(60)
        _ = try await library.reading.readWholeDocument(id: long, block: block, reader: alice)
        state = try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).personal
        #expect(state?.continuePage == 3 && state?.continueBlock == block)
        // A block followed on page 1 (a search hit in the opening) keeps the later place, and offers it.
        clock.advance(60)
        let opening = try #require(try await library.reading.readPage(id: long, pageNumber: 1, reader: alice).blocks.last?.index)
        state = try await library.reading.readPage(id: long, pageNumber: 1, block: opening, reader: alice).personal
        #expect(state?.continuePage == 3 && state?.continueBlock == block)
        #expect(try await library.reading.history(alice, pageNumber: 1).items.map(\.block) == [block])
    }

    @Test func deletingAnAccountTakesItsFavoritesAndHistory() async throws {
        let (long, _) = try await importDocuments()
        let alice = try await reader("alice")
        try await library.reading.setFavorite(alice, documentID: long, true)
        _ = try await library.reading.readPage(id: long, pageNumber: 2, reader: alice)
        try await library.operations.flushPendingWrites()
        try await library.accounts.deleteAccount(alice, password: "correct horse")
        #expect(try await store.readingMark(userID: alice.user.id, documentID: long) == nil)
        #expect(try await store.favorites(userID: alice.user.id, offset: 0, limit: 10).total == 0)
    }
}
