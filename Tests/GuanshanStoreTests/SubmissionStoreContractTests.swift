import Foundation
import GRDB
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of readers' uploads under review on each store.
@Suite struct SubmissionStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_764_655_200 + seconds) }

    /// A reader and an editor, and drafts of the reader's as an upload saves them, one for each title.
    static func uploads(
        _ titles: [String], in store: any Store, names: [String] = ["reader", "editor"]
    ) async throws -> (reader: User, editor: User, ids: [Int64]) {
        let reader = try await store.createUser(NewUser(name: names[0], nameKey: names[0], passwordHash: "x", role: .reader, created: time(0)))
        let editor = try await store.createUser(NewUser(name: names[1], nameKey: names[1], passwordHash: "x", role: .editor, created: time(0)))
        try await store.setDisplayName(userID: reader.id, "投稿的读者")
        let outcomes = try await store.saveNewDocuments(titles.map { title in
            var document = StoreFixtures.newDocument(title: title)
            document.status = .draft
            document.ownerID = reader.id
            return document
        })
        let ids = outcomes.compactMap { outcome -> Int64? in if case .inserted(let id) = outcome { id } else { nil } }
        try #require(ids.count == titles.count)
        return (reader, editor, ids)
    }

    static func pending(_ documentID: Int64, by uploader: Int64, at seconds: TimeInterval, bytes: Int64 = 100, heldFor: [HoldReason] = []) -> Submission {
        Submission(documentID: documentID, uploaderID: uploader, state: .pending, heldFor: heldFor, byteCount: bytes, submitted: time(seconds))
    }

    static let everyReason: [HoldReason] = [.words(["维权", "'); DROP TABLE submission; --"]), .nearDuplicate(of: 42), .reportedUploader]

    /// Runs `statements` behind the store's back: what another version, or damage, would have written.
    static func execute(_ statements: [String], on store: any Store) async throws {
        for sql in statements {
            switch store {
            case let store as SQLiteStore: try await store.writer.write { try $0.execute(sql: sql) }
            case let store as PostgresStore: try await store.client.execute("\(unescaped: sql)")
            default: Issue.record("\(type(of: store))")
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aDocumentKeepsItsFirstSubmission(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (reader, editor, ids) = try await Self.uploads(["甲"], in: store)
        let first = Self.pending(ids[0], by: reader.id, at: 1.5, bytes: 2_048, heldFor: Self.everyReason)
        try await store.addSubmission(first)
        #expect(try await store.submission(documentID: ids[0]) == first)
        let second = Submission(
            documentID: ids[0], uploaderID: editor.id, state: .rejected, reason: "又一次", byteCount: 1, submitted: Self.time(9),
            decided: Self.time(9), deciderID: editor.id)
        try await store.addSubmission(second)
        #expect(try await store.submission(documentID: ids[0]) == first, "the first record is kept")
        #expect(try await store.submission(documentID: ids[0] + 100) == nil)

        // A record given whole (decided already) comes back whole.
        let (_, _, more) = try await Self.uploads(["乙"], in: store, names: ["reader2", "editor2"])
        let decided = Submission(
            documentID: more[0], uploaderID: reader.id, state: .rejected, heldFor: [.reportedUploader], reason: "理由：'引号'",
            byteCount: 7, submitted: Self.time(2.25), decided: Self.time(3.125), deciderID: editor.id)
        try await store.addSubmission(decided)
        #expect(try await store.submission(documentID: more[0]) == decided)
    }

    @Test(arguments: StoreKind.allCases)
    func listsFilterByUploaderAndStateNewestFirstWithTotals(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (reader, editor, ids) = try await Self.uploads(["一", "二", "三", "四", "五"], in: store)
        // The editor uploads one too; two of the reader's are submitted at the same moment.
        for (index, seconds) in [10.0, 30, 30, 20, 40].enumerated() {
            try await store.addSubmission(Self.pending(ids[index], by: index == 4 ? editor.id : reader.id, at: seconds))
        }
        _ = try await store.decideSubmission(documentID: ids[3], from: .pending, to: .rejected, reason: "不合适", deciderID: editor.id, at: Self.time(50))
        _ = try await store.decideSubmission(documentID: ids[0], from: .pending, to: .published, reason: nil, deciderID: editor.id, at: Self.time(60))

        let all = try await store.submissions(uploaderID: nil, states: nil, offset: 0, limit: 10)
        #expect(all.rows.map(\.submission.documentID) == [ids[4], ids[2], ids[1], ids[3], ids[0]], "submitted, then id, descending")
        #expect(all.total == 5)
        let row = try #require(all.rows.first { $0.submission.documentID == ids[1] })
        #expect(row.title == "二" && row.uploaderName == "投稿的读者" && row.characterCount == 9)
        #expect(all.rows.first { $0.submission.documentID == ids[4] }?.uploaderName == "editor")

        let readers = try await store.submissions(uploaderID: reader.id, states: nil, offset: 0, limit: 10)
        #expect(readers.rows.map(\.submission.documentID) == [ids[2], ids[1], ids[3], ids[0]] && readers.total == 4)
        let waiting = try await store.submissions(uploaderID: nil, states: [.pending], offset: 0, limit: 10)
        #expect(waiting.rows.map(\.submission.documentID) == [ids[4], ids[2], ids[1]] && waiting.total == 3)
        let decided = try await store.submissions(uploaderID: reader.id, states: [.published, .rejected, .takenDown], offset: 0, limit: 10)
        #expect(decided.rows.map(\.submission.state) == [.rejected, .published] && decided.total == 2)
        #expect(decided.rows.first?.submission.reason == "不合适")
        let none = try await store.submissions(uploaderID: nil, states: [], offset: 0, limit: 10)
        #expect(none.rows.isEmpty && none.total == 0)
        let nobody = try await store.submissions(uploaderID: editor.id + 100, states: nil, offset: 0, limit: 10)
        #expect(nobody.rows.isEmpty && nobody.total == 0)

        let second = try await store.submissions(uploaderID: nil, states: nil, offset: 2, limit: 2)
        #expect(second.rows.map(\.submission.documentID) == [ids[1], ids[3]] && second.total == 5)
        let beyond = try await store.submissions(uploaderID: reader.id, states: [.pending], offset: 5, limit: 2)
        #expect(beyond.rows.isEmpty && beyond.total == 2)
    }

    /// Publishing a submission publishes its document as the editorial writes do (lists, counts, the change
    /// log); rejecting or taking it down makes it a draft again, and a second publication keeps the first time.
    @Test(arguments: StoreKind.allCases)
    func aDecisionSetsTheDocumentsStatus(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (reader, editor, ids) = try await Self.uploads(["投稿甲"], in: store)
        let id = ids[0]
        try await store.addSubmission(Self.pending(id, by: reader.id, at: 1))
        /// Whether the document is read and listed as a published one.
        func isPublic() async throws -> Bool {
            let listed = try await store.documents(DocumentListQuery(limit: 50)).documents.contains { $0.id == id }
            return try await store.document(id: id) != nil && listed
        }
        #expect(try await !isPublic())
        /// The published documents, as the library's count (`library_count`) keeps them.
        func publishedCount() async throws -> Int { try await store.documents(DocumentListQuery(limit: 1)).total }
        let (count, before) = (try await publishedCount(), try await store.revision())

        #expect(try await store.decideSubmission(documentID: id, from: .pending, to: .published, reason: nil, deciderID: editor.id, at: Self.time(100)))
        let published = try #require(try await store.document(id: id))
        #expect(published.summary.published == Self.time(100))
        #expect(try await isPublic())
        #expect(try await publishedCount() == count + 1)
        #expect(try await store.categories().first { $0.name == "公文" }?.documentCount == 1)
        let afterPublishing = try await store.revision()
        #expect(afterPublishing > before, "every node hears of it")
        #expect(try await store.changes(after: before, limit: 10).published.map(\.id) == [id])
        #expect(try await store.submission(documentID: id) == Submission(
            documentID: id, uploaderID: reader.id, state: .published, byteCount: 100, submitted: Self.time(1), decided: Self.time(100),
            deciderID: editor.id))

        #expect(try await !store.decideSubmission(documentID: id, from: .pending, to: .rejected, reason: "晚了一步", deciderID: editor.id, at: Self.time(150)),
                "a decision made on a state that has moved changes nothing")
        #expect(try await store.decideSubmission(documentID: id, from: .published, to: .takenDown, reason: "侵权", deciderID: editor.id, at: Self.time(200)))
        #expect(try await !isPublic())
        #expect(try await publishedCount() == count)
        #expect(try await store.categories().first { $0.name == "公文" } == nil)
        let afterTakedown = try await store.revision()
        #expect(afterTakedown > afterPublishing)
        #expect(try await store.changes(after: afterPublishing, limit: 10).removed == [id])
        let takenDown = try #require(try await store.submission(documentID: id))
        #expect(takenDown.state == .takenDown && takenDown.reason == "侵权" && takenDown.decided == Self.time(200))
        #expect(try await store.editableDocument(id: id)?.state == .draft)

        #expect(try await store.decideSubmission(documentID: id, from: .takenDown, to: .published, reason: nil, deciderID: nil, at: Self.time(300)))
        #expect(try await store.document(id: id)?.summary.published == Self.time(100), "the first publication's time is kept")
        #expect(try await store.submission(documentID: id)?.deciderID == nil)
        #expect(try await store.decideSubmission(documentID: id, from: .published, to: .rejected, reason: "再议", deciderID: editor.id, at: Self.time(400)))
        #expect(try await !isPublic())
        #expect(try await store.revision() > afterTakedown)
    }

    @Test(arguments: StoreKind.allCases)
    func aDocumentWithoutASubmissionIsNotDecided(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, editor, ids) = try await Self.uploads(["未投稿"], in: store)
        let published = try await store.saveNewDocuments([StoreFixtures.newDocument(title: "已发布")])
        guard case .inserted(let publishedID) = published.first else { Issue.record("\(published)"); return }
        let before = try await store.revision()
        #expect(try await !store.decideSubmission(documentID: ids[0], from: .pending, to: .published, reason: nil, deciderID: editor.id, at: Self.time(1)))
        #expect(try await !store.decideSubmission(documentID: publishedID, from: .pending, to: .rejected, reason: "x", deciderID: editor.id, at: Self.time(1)))
        #expect(try await !store.decideSubmission(documentID: publishedID + 100, from: .pending, to: .published, reason: nil, deciderID: nil, at: Self.time(1)))
        #expect(try await store.document(id: ids[0]) == nil, "still a draft")
        #expect(try await store.document(id: publishedID) != nil, "still published")
        #expect(try await store.revision() == before, "nothing changed")
    }

    /// A submission decided while its document is in the trash leaves it there; it comes back in the state decided.
    @Test(arguments: StoreKind.allCases)
    func aDocumentInTheTrashStaysThereWhenDecided(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (reader, editor, ids) = try await Self.uploads(["丢弃的"], in: store)
        try await store.addSubmission(Self.pending(ids[0], by: reader.id, at: 1))
        #expect(try await store.trashDocument(id: ids[0], at: Self.time(2)))
        #expect(try await store.decideSubmission(documentID: ids[0], from: .pending, to: .published, reason: nil, deciderID: editor.id, at: Self.time(3)))
        #expect(try await store.editableDocument(id: ids[0])?.state == .trashed)
        #expect(try await store.document(id: ids[0]) == nil)
        #expect(try await store.restoreDocument(id: ids[0]))
        #expect(try await store.document(id: ids[0])?.summary.published == Self.time(3))
    }

    /// A submission goes with its document and its uploader; a decider deleted leaves the decision without one.
    @Test(arguments: StoreKind.allCases)
    func deletingTheDocumentOrTheUploaderDeletesTheSubmission(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (reader, editor, ids) = try await Self.uploads(["一", "二"], in: store)
        try await store.addSubmission(Self.pending(ids[0], by: reader.id, at: 1))
        try await store.addSubmission(Self.pending(ids[1], by: reader.id, at: 2))
        _ = try await store.decideSubmission(documentID: ids[1], from: .pending, to: .published, reason: nil, deciderID: editor.id, at: Self.time(3))
        #expect(try await store.trashDocument(id: ids[0], at: Self.time(4)))
        #expect(try await store.deleteTrashedDocument(id: ids[0]))
        #expect(try await store.submission(documentID: ids[0]) == nil)
        #expect(try await store.submissions(uploaderID: nil, states: nil, offset: 0, limit: 10).rows.map(\.submission.documentID) == [ids[1]])

        try await store.deleteUser(id: editor.id)
        #expect(try await store.submission(documentID: ids[1])?.deciderID == nil)
        try await store.deleteUser(id: reader.id)
        #expect(try await store.submission(documentID: ids[1]) == nil)
        #expect(try await store.submissions(uploaderID: nil, states: nil, offset: 0, limit: 10).total == 0)
    }

    /// What another version wrote: reasons it cannot read are read as none, a state it does not know is left out.
    @Test(arguments: StoreKind.allCases)
    func whatAnotherVersionWroteIsReadWithoutFailing(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (reader, _, ids) = try await Self.uploads(["一", "二"], in: store)
        try await store.addSubmission(Self.pending(ids[0], by: reader.id, at: 1, heldFor: Self.everyReason))
        try await store.addSubmission(Self.pending(ids[1], by: reader.id, at: 2))
        try await Self.execute([#"UPDATE submission SET held_for = '[{"reportedTwice":{}}]' WHERE document_id = \#(ids[0])"#], on: store)
        #expect(try await store.submission(documentID: ids[0])?.heldFor == [])
        let update = "UPDATE submission SET state = 'appealed' WHERE document_id = \(ids[1])"
        try await Self.execute(kind == .sqlite
            ? ["PRAGMA ignore_check_constraints = ON", update, "PRAGMA ignore_check_constraints = OFF"]
            : ["ALTER TABLE submission DROP CONSTRAINT submission_state_check", update], on: store)
        #expect(try await store.submission(documentID: ids[1]) == nil)
        let listed = try await store.submissions(uploaderID: nil, states: nil, offset: 0, limit: 10)
        #expect(listed.rows.map(\.submission.documentID) == [ids[0]] && listed.total == 1)
    }
}
