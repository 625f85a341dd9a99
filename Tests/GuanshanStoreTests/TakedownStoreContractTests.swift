import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of takedown records and copyright notices on each store.
@Suite struct TakedownStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { ReportStoreContractTests.time(seconds) }

    static func takedown(
        _ documentID: Int64?, _ title: String, at seconds: TimeInterval, by deciderID: Int64? = nil, fingerprint: UInt64 = UInt64.max - 5,
        reason: String = "侵权"
    ) -> NewTakedown {
        NewTakedown(
            documentID: documentID, title: title, contentHash: "hash-\(title)", fingerprint: fingerprint, reason: reason, deciderID: deciderID,
            at: time(seconds))
    }

    static func notice(
        _ claimant: String, key: String, at seconds: TimeInterval, documents: [Int64] = [], by submitterID: Int64? = nil, details: String = ""
    ) -> NewCopyrightNotice {
        NewCopyrightNotice(
            claimant: claimant, contact: "rights@example.com", byAgent: false, work: "《\(claimant)文集》", documentIDs: documents, details: details,
            submitterID: submitterID, submitterKey: key, at: time(seconds))
    }

    @Test(arguments: StoreKind.allCases)
    func aTakedownsRecordReadsBackExactlyNewestFirstAndPages(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, _, documents) = try await ReportStoreContractTests.library(["甲文", "乙文"], in: store)
        let empty = try await store.takedowns(offset: 0, limit: 10)
        #expect(empty.rows.isEmpty && empty.total == 0)
        #expect(try await store.allTakedowns().isEmpty)
        let reason = #"转载未经'授权'；"'); DROP TABLE takedown; --"# + "\n第二行 😀"
        let first = try await store.addTakedown(Self.takedown(documents[0], "甲文", at: 1.125, by: admin, reason: reason))
        let second = try await store.addTakedown(Self.takedown(nil, "站点下架", at: 3.5, fingerprint: 7))
        let again = try await store.addTakedown(Self.takedown(documents[0], "甲文", at: 3.5, by: admin))
        #expect(Set([first, second, again]).count == 3, "the same text taken down twice has two records")
        let expected = [
            Takedown(
                id: again, documentID: documents[0], title: "甲文", contentHash: "hash-甲文", fingerprint: UInt64.max - 5, reason: "侵权",
                deciderID: admin, created: Self.time(3.5)),
            Takedown(
                id: second, documentID: nil, title: "站点下架", contentHash: "hash-站点下架", fingerprint: 7, reason: "侵权", deciderID: nil,
                created: Self.time(3.5)),
            Takedown(
                id: first, documentID: documents[0], title: "甲文", contentHash: "hash-甲文", fingerprint: UInt64.max - 5, reason: reason,
                deciderID: admin, created: Self.time(1.125)),
        ]
        let all = try await store.takedowns(offset: 0, limit: 10)
        #expect(all.rows == expected && all.total == 3, "the same moment: the later id first")
        #expect(Set(try await store.allTakedowns()) == Set(expected))
        let page = try await store.takedowns(offset: 1, limit: 1)
        #expect(page.rows == [expected[1]] && page.total == 3)
        for offset in [3, Int.max] {
            let past = try await store.takedowns(offset: offset, limit: 10)
            #expect(past.rows.isEmpty && past.total == 3)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRecordIsDeletedOnce(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, _, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        let mistaken = try await store.addTakedown(Self.takedown(documents[0], "甲文", at: 1))
        let kept = try await store.addTakedown(Self.takedown(documents[0], "甲文", at: 2))
        #expect(try await store.deleteTakedown(id: mistaken))
        #expect(try await !store.deleteTakedown(id: mistaken))
        #expect(try await !store.deleteTakedown(id: kept + 100))
        #expect(try await store.allTakedowns().map(\.id) == [kept])
        #expect(try await store.takedowns(offset: 0, limit: 10).total == 1)
    }

    /// A document published again loses every record of it, and no other.
    @Test(arguments: StoreKind.allCases)
    func aDocumentsRecordsAreDeletedTogether(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, _, documents) = try await ReportStoreContractTests.library(["甲文", "乙文"], in: store)
        for second in [1.0, 2] { _ = try await store.addTakedown(Self.takedown(documents[0], "甲文", at: second)) }
        let other = try await store.addTakedown(Self.takedown(documents[1], "乙文", at: 3))
        #expect(try await store.deleteTakedowns(documentID: documents[0]) == 2)
        #expect(try await store.deleteTakedowns(documentID: documents[0]) == 0)
        #expect(try await store.allTakedowns().map(\.id) == [other])
    }

    /// The record outlives the document and the editor's account.
    @Test(arguments: StoreKind.allCases)
    func aRecordOutlivesItsDocumentAndItsDecider(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, documents) = try await ReportStoreContractTests.library(["甲文", "乙文"], in: store)
        try await store.setRole(userID: readers[1], .editor)
        let id = try await store.addTakedown(Self.takedown(documents[0], "甲文", at: 1, by: readers[1]))
        let other = try await store.addTakedown(Self.takedown(documents[1], "乙文", at: 2, by: admin))
        #expect(try await store.trashDocument(id: documents[0], at: Self.time(3)))
        #expect(try await store.deleteTrashedDocument(id: documents[0]))
        try await store.deleteUser(id: readers[1])
        let records = try await store.takedowns(offset: 0, limit: 10).rows
        #expect(records.map(\.id) == [other, id])
        #expect(records.map(\.documentID) == [documents[1], nil] && records.map(\.deciderID) == [admin, nil])
        #expect(records[1].contentHash == "hash-甲文" && records[1].fingerprint == UInt64.max - 5 && records[1].title == "甲文")
    }

    @Test(arguments: StoreKind.allCases)
    func aNoticeReadsBackExactly(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文", "乙文"], in: store)
        let details = "“第三章”全文照搬；'引号' \\ 反斜杠\n第二行\t😀"
        var sent = Self.notice("某出版社", key: "account:\(readers[0])", at: 1.875, documents: [documents[1], documents[0], 9_999], details: details)
        sent.submitterID = readers[0]
        sent.byAgent = true
        sent.contact = "+86 10 1234 5678"
        let id = try await store.addCopyrightNotice(sent)
        #expect(try await store.copyrightNotice(id: id) == CopyrightNotice(
            id: id, claimant: "某出版社", contact: "+86 10 1234 5678", byAgent: true, work: "《某出版社文集》",
            documentIDs: [documents[1], documents[0], 9_999], details: details, submitterID: readers[0], created: Self.time(1.875), handled: nil,
            handlerID: nil))
        let bare = try await store.addCopyrightNotice(Self.notice("个人", key: "address:ab12", at: 2))
        let read = try #require(try await store.copyrightNotice(id: bare))
        #expect(read.documentIDs.isEmpty && !read.byAgent && read.submitterID == nil && read.details.isEmpty)
        #expect(try await store.copyrightNotice(id: bare + 100) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func noticesComeNewestFirstAllOrTheOpenOnesWithTheirCounts(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, _, _) = try await ReportStoreContractTests.library([], in: store)
        let empty = try await store.copyrightNotices(openOnly: false, offset: 0, limit: 10)
        #expect(empty.rows.isEmpty && empty.total == 0 && empty.open == 0)
        var ids: [Int64] = []
        for (claimant, seconds) in [("一", 1.0), ("二", 2.0), ("三", 2.0), ("四", 4.5)] {
            ids.append(try await store.addCopyrightNotice(Self.notice(claimant, key: "k", at: seconds)))
        }
        #expect(try await store.handleCopyrightNotice(id: ids[2], by: admin, at: Self.time(5)))
        let all = try await store.copyrightNotices(openOnly: false, offset: 0, limit: 10)
        #expect(all.rows.map(\.claimant) == ["四", "三", "二", "一"] && all.total == 4 && all.open == 3)
        let open = try await store.copyrightNotices(openOnly: true, offset: 0, limit: 10)
        #expect(open.rows.map(\.claimant) == ["四", "二", "一"] && open.total == 3 && open.open == 3)
        let page = try await store.copyrightNotices(openOnly: true, offset: 1, limit: 1)
        #expect(page.rows.map(\.claimant) == ["二"] && page.total == 3 && page.open == 3)
        let allPage = try await store.copyrightNotices(openOnly: false, offset: 1, limit: 2)
        #expect(allPage.rows.map(\.claimant) == ["三", "二"] && allPage.total == 4)
        for offset in [4, Int.max] {
            let past = try await store.copyrightNotices(openOnly: false, offset: offset, limit: 10)
            #expect(past.rows.isEmpty && past.total == 4 && past.open == 3)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aNoticeIsDealtWithOnce(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, _) = try await ReportStoreContractTests.library([], in: store)
        let id = try await store.addCopyrightNotice(Self.notice("某出版社", key: "k", at: 1))
        #expect(try await store.handleCopyrightNotice(id: id, by: admin, at: Self.time(2.625)))
        #expect(try await !store.handleCopyrightNotice(id: id, by: readers[0], at: Self.time(3)), "dealt with already")
        #expect(try await !store.handleCopyrightNotice(id: id + 100, by: admin, at: Self.time(3)))
        let handled = try #require(try await store.copyrightNotice(id: id))
        #expect(handled.handled == Self.time(2.625) && handled.handlerID == admin)
        let list = try await store.copyrightNotices(openOnly: true, offset: 0, limit: 10)
        #expect(list.rows.isEmpty && list.total == 0 && list.open == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func aSendersCountTakesEveryNoticeSinceAMoment(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, _, _) = try await ReportStoreContractTests.library([], in: store)
        for (key, seconds) in [("k1", 1.0), ("k1", 2.5), ("k2", 2.5), ("k1", 4)] {
            _ = try await store.addCopyrightNotice(Self.notice("某", key: key, at: seconds))
        }
        #expect(try await store.copyrightNoticeCount(submitterKey: "k1", since: Self.time(0)) == 3)
        #expect(try await store.copyrightNoticeCount(submitterKey: "k1", since: Self.time(2.5)) == 2, "at the moment counts")
        #expect(try await store.copyrightNoticeCount(submitterKey: "k1", since: Self.time(2.501)) == 1)
        #expect(try await store.copyrightNoticeCount(submitterKey: "k3", since: Self.time(0)) == 0)
        let first = try #require(try await store.copyrightNotices(openOnly: false, offset: 0, limit: 10).rows.last)
        _ = try await store.handleCopyrightNotice(id: first.id, by: admin, at: Self.time(5))
        #expect(try await store.copyrightNoticeCount(submitterKey: "k1", since: Self.time(0)) == 3, "dealt with or not")
    }

    /// A notice outlives the accounts that sent it and dealt with it, and the documents it names.
    @Test(arguments: StoreKind.allCases)
    func aNoticeOutlivesItsSenderItsHandlerAndItsDocuments(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        try await store.setRole(userID: readers[1], .editor)
        let id = try await store.addCopyrightNotice(Self.notice("某", key: "account", at: 1, documents: [documents[0]], by: readers[0]))
        #expect(try await store.handleCopyrightNotice(id: id, by: readers[1], at: Self.time(2)))
        #expect(try await store.trashDocument(id: documents[0], at: Self.time(3)))
        #expect(try await store.deleteTrashedDocument(id: documents[0]))
        try await store.deleteUser(id: readers[0])
        try await store.deleteUser(id: readers[1])
        let notice = try #require(try await store.copyrightNotice(id: id))
        #expect(notice.submitterID == nil && notice.handlerID == nil && notice.handled == Self.time(2))
        #expect(notice.documentIDs == [documents[0]], "the ids it was sent with")
        #expect(try await store.copyrightNoticeCount(submitterKey: "account", since: Self.time(0)) == 1)
    }
}
