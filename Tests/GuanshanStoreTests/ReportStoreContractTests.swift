import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of readers' reports of documents on each store.
@Suite struct ReportStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_764_655_200 + seconds) }

    /// An admin and two readers, and documents of these titles: the first owned by the first reader, the
    /// second a draft of the second reader's, the rest owned by no one.
    static func library(
        _ titles: [String], in store: any Store
    ) async throws -> (admin: Int64, readers: [Int64], documents: [Int64]) {
        let admin = try await store.createUser(NewUser(name: "admin", nameKey: "admin", passwordHash: "x", role: .admin, created: time(0))).id
        var readers: [Int64] = []
        for name in ["甲", "乙"] {
            readers.append(try await store.createUser(NewUser(name: name, nameKey: name, passwordHash: "x", role: .reader, created: time(0))).id)
        }
        let outcomes = try await store.saveNewDocuments(titles.enumerated().map { index, title in
            var document = StoreFixtures.newDocument(title: title)
            if index < 2 { document.ownerID = readers[index] }
            if index == 1 { document.status = .draft }
            return document
        })
        let ids = outcomes.compactMap { outcome -> Int64? in if case .inserted(let id) = outcome { id } else { nil } }
        try #require(ids.count == titles.count)
        return (admin, readers, ids)
    }

    static func report(
        _ documentID: Int64, _ reason: ReportReason, key: String, at seconds: TimeInterval, by reporterID: Int64? = nil, details: String = ""
    ) -> NewReport {
        NewReport(documentID: documentID, reason: reason, details: details, reporterID: reporterID, reporterKey: key, at: time(seconds))
    }

    @Test(arguments: StoreKind.allCases)
    func addingAReportAnswersTheDistinctReportersOfTheDocumentsOpenReports(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, documents) = try await Self.library(["甲文", "乙文"], in: store)
        #expect(try await store.addReport(Self.report(documents[0], .illegal, key: "account:\(readers[0])", at: 1, by: readers[0])) == 1)
        #expect(try await store.addReport(Self.report(documents[0], .vulgar, key: "account:\(readers[0])", at: 2, by: readers[0])) == 1,
                "the same key twice counts once")
        #expect(try await store.addReport(Self.report(documents[0], .illegal, key: "address:ab12", at: 3)) == 2)
        #expect(try await store.addReport(Self.report(documents[1], .illegal, key: "address:ab12", at: 4)) == 1, "each document its own")
        #expect(try await store.closeReports(documentID: documents[0], by: admin, at: Self.time(5)) == 3)
        #expect(try await store.addReport(Self.report(documents[0], .error, key: "address:ab12", at: 6)) == 1, "closed ones count no more")
    }

    @Test(arguments: StoreKind.allCases)
    func theQueueGroupsOpenReportsByDocumentTheLatestFirstAndPages(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await Self.library(["甲文", "乙的草稿", "无主"], in: store)
        let empty = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(empty.rows.isEmpty && empty.total == 0)
        for report in [
            Self.report(documents[0], .other, key: "k1", at: 1), Self.report(documents[2], .advertising, key: "k1", at: 2),
            Self.report(documents[0], .infringement, key: "k2", at: 3.5), Self.report(documents[1], .vulgar, key: "k1", at: 4.25),
            Self.report(documents[0], .other, key: "k1", at: 5.125), Self.report(documents[0], .vulgar, key: "k3", at: 2),
            Self.report(documents[2], .advertising, key: "k2", at: 0.5),
        ] {
            _ = try await store.addReport(report)
        }
        let first = ReportedDocument(
            documentID: documents[0], title: "甲文", ownerID: readers[0], openReports: 4, reporters: 3, latest: Self.time(5.125),
            reasons: [.infringement, .vulgar, .other])
        let draft = ReportedDocument(
            documentID: documents[1], title: "乙的草稿", ownerID: readers[1], openReports: 1, reporters: 1, latest: Self.time(4.25),
            reasons: [.vulgar])
        let unowned = ReportedDocument(
            documentID: documents[2], title: "无主", ownerID: nil, openReports: 2, reporters: 2, latest: Self.time(2), reasons: [.advertising])
        let all = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(all.rows == [first, draft, unowned] && all.total == 3)
        let page = try await store.reportedDocuments(offset: 1, limit: 1)
        #expect(page.rows == [draft] && page.total == 3)
        let past = try await store.reportedDocuments(offset: 3, limit: 2)
        #expect(past.rows.isEmpty && past.total == 3)
    }

    @Test(arguments: StoreKind.allCases)
    func aDocumentsOpenReportsComeNewestFirstWithTheirDetailsExactly(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await Self.library(["甲文", "乙文"], in: store)
        let details = ["抄袭自某报“第三版”：‘引号’", #"'); DROP TABLE report; -- "双引号" \ 反斜杠"#, "多行\n说明\t😀 全角ＡＢＣ"]
        _ = try await store.addReport(Self.report(documents[0], .infringement, key: "k1", at: 1.125, by: readers[1], details: details[0]))
        _ = try await store.addReport(Self.report(documents[0], .illegal, key: "k2", at: 3.5, details: details[1]))
        _ = try await store.addReport(Self.report(documents[1], .other, key: "k2", at: 9, details: "别的文档"))
        _ = try await store.addReport(Self.report(documents[0], .error, key: "k1", at: 2.25, by: readers[1], details: details[2]))
        let reports = try await store.openReports(documentID: documents[0])
        #expect(reports.map(\.details) == [details[1], details[2], details[0]])
        #expect(reports.map(\.reason) == [.illegal, .error, .infringement])
        #expect(reports.map(\.reporterID) == [nil, readers[1], readers[1]])
        #expect(reports.map(\.created) == [Self.time(3.5), Self.time(2.25), Self.time(1.125)])
        #expect(Set(reports.map(\.id)).count == 3)
        #expect(try await store.openReports(documentID: documents[1]).map(\.details) == ["别的文档"])
        #expect(try await store.openReports(documentID: documents[1] + 100).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func closingADocumentsReportsClosesOnlyItsOpenOnesAndTakesItOffTheQueue(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, documents) = try await Self.library(["甲文", "乙文"], in: store)
        _ = try await store.addReport(Self.report(documents[0], .illegal, key: "k1", at: 1))
        _ = try await store.addReport(Self.report(documents[0], .vulgar, key: "k2", at: 2))
        _ = try await store.addReport(Self.report(documents[1], .other, key: "k1", at: 3))
        #expect(try await store.closeReports(documentID: documents[0], by: admin, at: Self.time(10)) == 2)
        #expect(try await store.openReports(documentID: documents[0]).isEmpty)
        #expect(try await store.openReports(documentID: documents[1]).map(\.reason) == [.other])
        let queue = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(queue.rows.map(\.documentID) == [documents[1]] && queue.total == 1)
        #expect(try await store.closeReports(documentID: documents[0], by: admin, at: Self.time(11)) == 0, "closed already")
        #expect(try await store.closeReports(documentID: documents[1] + 100, by: admin, at: Self.time(11)) == 0, "no such document")

        // Reported again after it was dealt with: only the new report is open.
        _ = try await store.addReport(Self.report(documents[0], .error, key: "k3", at: 12))
        #expect(try await store.openReports(documentID: documents[0]).map(\.reason) == [.error])
        let again = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(again.rows.map(\.documentID) == [documents[0], documents[1]] && again.rows[0].openReports == 1 && again.total == 2)
        #expect(try await store.closeReports(documentID: documents[1], by: nil, at: Self.time(13)) == 1, "closed by no one known")
        #expect(try await store.hasOpenReports(ownerID: readers[1]) == false)
    }

    @Test(arguments: StoreKind.allCases)
    func anOwnerHasOpenReportsWhileADocumentOfTheirsHasThem(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, documents) = try await Self.library(["甲文", "乙的草稿", "无主"], in: store)
        #expect(try await !store.hasOpenReports(ownerID: readers[0]))
        _ = try await store.addReport(Self.report(documents[1], .vulgar, key: "k1", at: 1))
        _ = try await store.addReport(Self.report(documents[2], .vulgar, key: "k1", at: 1))
        #expect(try await !store.hasOpenReports(ownerID: readers[0]))
        #expect(try await store.hasOpenReports(ownerID: readers[1]), "a draft's reports count too")
        #expect(try await !store.hasOpenReports(ownerID: admin))
        _ = try await store.addReport(Self.report(documents[0], .illegal, key: "k1", at: 2))
        #expect(try await store.hasOpenReports(ownerID: readers[0]))
        _ = try await store.closeReports(documentID: documents[0], by: admin, at: Self.time(3))
        #expect(try await !store.hasOpenReports(ownerID: readers[0]))
        #expect(try await store.hasOpenReports(ownerID: readers[1]))
    }

    @Test(arguments: StoreKind.allCases)
    func aReportersCountTakesTheirOpenReportsSinceAMoment(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, _, documents) = try await Self.library(["甲文", "乙文"], in: store)
        for (document, key, seconds) in [(0, "k1", 1.0), (0, "k1", 2.5), (1, "k1", 3.25), (1, "k2", 3.25), (0, "k1", 4)] {
            _ = try await store.addReport(Self.report(documents[document], .other, key: key, at: seconds))
        }
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(0)) == 4)
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(2.5)) == 3, "at the moment counts")
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(2.501)) == 2)
        #expect(try await store.reportCount(reporterKey: "k2", since: Self.time(0)) == 1)
        #expect(try await store.reportCount(reporterKey: "k3", since: Self.time(0)) == 0)
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(5)) == 0)
        _ = try await store.closeReports(documentID: documents[1], by: admin, at: Self.time(6))
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(0)) == 3, "open ones only")
    }

    /// A document's reports go with it; a reporter's account deleted leaves their reports without it.
    @Test(arguments: StoreKind.allCases)
    func deletingTheDocumentDeletesItsReportsAndDeletingTheReporterKeepsThem(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, documents) = try await Self.library(["甲文", "乙文"], in: store)
        _ = try await store.addReport(Self.report(documents[0], .illegal, key: "k1", at: 1, by: readers[1]))
        _ = try await store.addReport(Self.report(documents[1], .vulgar, key: "k1", at: 2, by: readers[1]))
        _ = try await store.addReport(Self.report(documents[1], .other, key: "k2", at: 3, by: admin))
        #expect(try await store.trashDocument(id: documents[0], at: Self.time(4)))
        #expect(try await store.reportedDocuments(offset: 0, limit: 10).total == 2, "a document in the trash keeps its reports")
        #expect(try await store.deleteTrashedDocument(id: documents[0]))
        let queue = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(queue.rows.map(\.documentID) == [documents[1]] && queue.total == 1)
        #expect(try await store.openReports(documentID: documents[0]).isEmpty)
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(0)) == 1)
        #expect(try await !store.hasOpenReports(ownerID: readers[0]))

        try await store.deleteUser(id: readers[1])
        let reports = try await store.openReports(documentID: documents[1])
        #expect(reports.map(\.reporterID) == [admin, nil] && reports.map(\.reason) == [.other, .vulgar])
        #expect(try await store.reportCount(reporterKey: "k1", since: Self.time(0)) == 1, "the key stays")
        #expect(try await store.reportedDocuments(offset: 0, limit: 10).rows.first?.reporters == 2)
    }

    /// A report of a reason a newer version added is left out of the document's reports and its reason
    /// out of the queue's, though it is still counted.
    @Test(arguments: StoreKind.allCases)
    func aReasonThisVersionDoesNotKnowIsLeftOut(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, _, documents) = try await Self.library(["甲文", "乙文"], in: store)
        _ = try await store.addReport(Self.report(documents[0], .illegal, key: "k1", at: 1))
        _ = try await store.addReport(Self.report(documents[0], .vulgar, key: "k2", at: 2))
        _ = try await store.addReport(Self.report(documents[1], .vulgar, key: "k2", at: 3))
        let update = "UPDATE report SET reason = 'spam' WHERE reason = 'vulgar'"
        try await SubmissionStoreContractTests.execute(kind == .sqlite
            ? ["PRAGMA ignore_check_constraints = ON", update, "PRAGMA ignore_check_constraints = OFF"]
            : ["ALTER TABLE report DROP CONSTRAINT report_reason_check", update], on: store)
        #expect(try await store.openReports(documentID: documents[0]).map(\.reason) == [.illegal])
        let queue = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(queue.rows.map(\.reasons) == [[], [.illegal]] && queue.rows.map(\.openReports) == [1, 2] && queue.total == 2)
    }
}
