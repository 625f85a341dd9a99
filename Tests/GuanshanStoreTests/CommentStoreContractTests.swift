import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of readers' comments on each store.
@Suite struct CommentStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { ReportStoreContractTests.time(seconds) }

    /// Writes a comment (a reply with `to`); its id.
    static func add(
        _ body: String, _ state: CommentState = .published, on documentID: Int64, by authorID: Int64, at seconds: TimeInterval,
        to parentID: Int64? = nil, in store: any Store
    ) async throws -> Int64 {
        try await store.addComment(NewComment(
            documentID: documentID, parentID: parentID, authorID: authorID, body: body, state: state, at: time(seconds)))
    }

    /// What a list shows of each thread: the bodies of the comment and of its replies.
    static func bodies(_ list: CommentThreadList) -> [[String]] {
        list.threads.map { [$0.comment.body] + $0.replies.map(\.body) }
    }

    @Test(arguments: StoreKind.allCases)
    func aCommentReadsBackExactlyWithItsAuthorsNameAsItIsNow(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        let body = #"'); DROP TABLE comment; -- "双引号" ‘单引号’ \ 反斜杠"# + "\n第二行\t😀 全角ＡＢＣ"
        let id = try await Self.add(body, .pending, on: documents[0], by: readers[0], at: 1.125, in: store)
        let reply = try await Self.add("回复", on: documents[0], by: readers[1], at: 2.5, to: id, in: store)
        #expect(reply > id)
        #expect(try await store.comment(id: id) == Comment(
            id: id, documentID: documents[0], parentID: nil, authorID: readers[0], authorName: "甲", body: body, state: .pending,
            created: Self.time(1.125), edited: nil))
        #expect(try await store.comment(id: reply) == Comment(
            id: reply, documentID: documents[0], parentID: id, authorID: readers[1], authorName: "乙", body: "回复", state: .published,
            created: Self.time(2.5), edited: nil))
        try await store.setDisplayName(userID: readers[0], "改过的名字")
        #expect(try await store.comment(id: id)?.authorName == "改过的名字")
        #expect(try await store.comment(id: reply + 100) == nil)
    }

    /// A visitor sees what is published; a reader also their own waiting and hidden comments and replies;
    /// a deleted comment stands, emptied, while it has a reply its reader sees; a deleted reply never shows.
    @Test(arguments: StoreKind.allCases)
    func eachReaderSeesThePublishedTheirOwnAndTheDeletedThatHaveRepliesTheySee(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers, documents) = try await ReportStoreContractTests.library(["甲文", "乙文"], in: store)
        let (a, b, document) = (readers[0], readers[1], documents[0])
        let published = try await Self.add("甲的评论", on: document, by: a, at: 1, in: store)
        _ = try await Self.add("乙待审", .pending, on: document, by: b, at: 2, in: store)
        _ = try await Self.add("甲被隐藏", .hidden, on: document, by: a, at: 3, in: store)
        let deletedWithReply = try await Self.add("乙删了", on: document, by: b, at: 4, in: store)
        _ = try await Self.add("甲回复已删", on: document, by: a, at: 5, to: deletedWithReply, in: store)
        let deletedWithPendingReply = try await Self.add("甲删了", on: document, by: a, at: 6, in: store)
        _ = try await Self.add("乙待审的回复", .pending, on: document, by: b, at: 6.5, to: deletedWithPendingReply, in: store)
        let deletedAlone = try await Self.add("无人回复", on: document, by: admin, at: 7, in: store)
        let deletedReply = try await Self.add("甲删掉的回复", on: document, by: a, at: 1.75, to: published, in: store)
        _ = try await Self.add("乙的回复", on: document, by: b, at: 1.5, to: published, in: store)
        _ = try await Self.add("甲待审的回复", .pending, on: document, by: a, at: 1.625, to: published, in: store)
        _ = try await Self.add("乙被隐藏的回复", .hidden, on: document, by: b, at: 1.25, to: published, in: store)
        _ = try await Self.add("别的文档", on: documents[1], by: a, at: 9, in: store)
        #expect(try await store.setCommentState(
            ids: [deletedWithReply, deletedWithPendingReply, deletedAlone, deletedReply], to: .deleted) == 4)

        let visitor = try await store.comments(documentID: document, viewerID: nil, offset: 0, limit: 10)
        #expect(Self.bodies(visitor) == [["", "甲回复已删"], ["甲的评论", "乙的回复"]] && visitor.total == 2)
        #expect(visitor.threads.map(\.comment.state) == [.deleted, .published])
        #expect(visitor.threads.map(\.comment.id) == [deletedWithReply, published])
        let first = try await store.comments(documentID: document, viewerID: a, offset: 0, limit: 10)
        #expect(Self.bodies(first) == [["", "甲回复已删"], ["甲被隐藏"], ["甲的评论", "乙的回复", "甲待审的回复"]] && first.total == 3)
        let second = try await store.comments(documentID: document, viewerID: b, offset: 0, limit: 10)
        #expect(Self.bodies(second) == [["", "乙待审的回复"], ["", "甲回复已删"], ["乙待审"], ["甲的评论", "乙被隐藏的回复", "乙的回复"]])
        #expect(second.total == 4)
        let editor = try await store.comments(documentID: document, viewerID: admin, offset: 0, limit: 10)
        #expect(Self.bodies(editor) == Self.bodies(visitor) && editor.total == 2, "a deleted comment of one's own shows only as others' do")
        #expect(try await store.comments(documentID: documents[1], viewerID: nil, offset: 0, limit: 10).threads.map(\.comment.body) == ["别的文档"])
        #expect(try await store.comments(documentID: documents[1] + 100, viewerID: a, offset: 0, limit: 10).total == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func threadsComeNewestFirstAndPageWithTheirTotal(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        var ids: [Int64] = []
        for (body, seconds) in [("一", 1.0), ("二", 2.0), ("三", 2.0), ("四", 3.5), ("五", 0.5)] {
            ids.append(try await Self.add(body, on: documents[0], by: readers[0], at: seconds, in: store))
        }
        _ = try await Self.add("后回复", on: documents[0], by: readers[1], at: 10, to: ids[0], in: store)
        _ = try await Self.add("先回复", on: documents[0], by: readers[1], at: 9, to: ids[0], in: store)
        _ = try await Self.add("同时的回复", on: documents[0], by: readers[0], at: 9, to: ids[0], in: store)
        let all = try await store.comments(documentID: documents[0], viewerID: nil, offset: 0, limit: 10)
        #expect(all.threads.map(\.comment.body) == ["四", "三", "二", "一", "五"] && all.total == 5, "the same moment: the later id first")
        #expect(all.threads[3].replies.map(\.body) == ["先回复", "同时的回复", "后回复"], "replies oldest first, the same moment by id")
        let page = try await store.comments(documentID: documents[0], viewerID: readers[0], offset: 2, limit: 2)
        #expect(Self.bodies(page) == [["二"], ["一", "先回复", "同时的回复", "后回复"]] && page.total == 5)
        for offset in [5, Int.max] {
            let past = try await store.comments(documentID: documents[0], viewerID: nil, offset: offset, limit: 10)
            #expect(past.threads.isEmpty && past.total == 5)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aThreadsSizeCountsItsRepliesButTheDeleted(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        let parent = try await Self.add("评论", on: documents[0], by: readers[0], at: 1, in: store)
        let other = try await Self.add("另一条", on: documents[0], by: readers[0], at: 1, in: store)
        #expect(try await store.replyCount(parentID: parent) == 0)
        var replies: [Int64] = []
        for state in CommentState.allCases {
            replies.append(try await Self.add("回复", state, on: documents[0], by: readers[1], at: 2, to: parent, in: store))
        }
        _ = try await Self.add("别处的回复", on: documents[0], by: readers[1], at: 2, to: other, in: store)
        #expect(try await store.replyCount(parentID: parent) == 3, "pending, published and hidden")
        _ = try await store.setCommentState(ids: [replies[0]], to: .deleted)
        #expect(try await store.replyCount(parentID: parent) == 2)
        #expect(try await store.replyCount(parentID: other) == 1)
        #expect(try await store.replyCount(parentID: other + 100) == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func editingChangesTheTextAndTheStateAndNotesWhen(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        let id = try await Self.add("原文", on: documents[0], by: readers[0], at: 1, in: store)
        let untouched = try await Self.add("另一条", on: documents[0], by: readers[0], at: 2, in: store)
        #expect(try await store.editComment(id: id, body: "改后的'文字'\n第二行", state: .pending, at: Self.time(5.375)))
        let edited = try #require(try await store.comment(id: id))
        #expect(edited.body == "改后的'文字'\n第二行" && edited.state == .pending)
        #expect(edited.edited == Self.time(5.375) && edited.created == Self.time(1))
        #expect(try await store.comment(id: untouched)?.edited == nil)
        #expect(try await !store.editComment(id: untouched + 100, body: "无", state: .published, at: Self.time(6)))
    }

    @Test(arguments: StoreKind.allCases)
    func settingTheStateCountsTheCommentsChangedAndDeletingEmptiesThem(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        var ids: [Int64] = []
        for (body, state) in [("一", CommentState.pending), ("二", .pending), ("三", .published)] {
            ids.append(try await Self.add(body, state, on: documents[0], by: readers[0], at: 1, in: store))
        }
        #expect(try await store.setCommentState(ids: [ids[0], ids[1], ids[2], ids[2] + 100], to: .published) == 2, "the third was published")
        #expect(try await store.comment(id: ids[0])?.state == .published)
        #expect(try await store.setCommentState(ids: [ids[1]], to: .hidden) == 1)
        #expect(try await store.comment(id: ids[1]).map { [$0.body, $0.state.rawValue] } == ["二", "hidden"], "hiding keeps the text")
        #expect(try await store.setCommentState(ids: [ids[1], ids[2]], to: .deleted) == 2)
        for id in [ids[1], ids[2]] {
            #expect(try await store.comment(id: id).map { [$0.body, $0.state.rawValue] } == ["", "deleted"])
        }
        #expect(try await store.comment(id: ids[0])?.body == "一")
        #expect(try await store.setCommentState(ids: [ids[2]], to: .deleted) == 0)
        #expect(try await store.setCommentState(ids: [], to: .deleted) == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func editorsListCommentsInTheStatesAskedNewestFirstWithTheirDocumentsTitles(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文", "乙的草稿"], in: store)
        let a = try await Self.add("甲文待审", .pending, on: documents[0], by: readers[0], at: 1, in: store)
        let b = try await Self.add("草稿上的", .pending, on: documents[1], by: readers[1], at: 3, in: store)
        let c = try await Self.add("回复被隐藏", .hidden, on: documents[0], by: readers[1], at: 2, to: a, in: store)
        _ = try await Self.add("已发布", on: documents[0], by: readers[0], at: 4, in: store)
        let empty = try await store.comments(states: [], offset: 0, limit: 10)
        #expect(empty.rows.isEmpty && empty.total == 0)
        let waiting = try await store.comments(states: [.pending, .hidden], offset: 0, limit: 10)
        #expect(waiting.rows.map(\.comment.id) == [b, c, a] && waiting.total == 3)
        #expect(waiting.rows.map(\.documentTitle) == ["乙的草稿", "甲文", "甲文"])
        #expect(waiting.rows[1].comment == Comment(
            id: c, documentID: documents[0], parentID: a, authorID: readers[1], authorName: "乙", body: "回复被隐藏", state: .hidden,
            created: Self.time(2), edited: nil))
        let page = try await store.comments(states: [.hidden, .pending], offset: 1, limit: 1)
        #expect(page.rows.map(\.comment.id) == [c] && page.total == 3)
        for offset in [3, Int.max] {
            let past = try await store.comments(states: [.pending, .hidden], offset: offset, limit: 10)
            #expect(past.rows.isEmpty && past.total == 3)
        }
        let pending = try await store.comments(states: [.pending], offset: 0, limit: 10)
        #expect(pending.rows.map(\.comment.id) == [b, a] && pending.total == 2, "one state alike")
        #expect(try await store.comments(states: [.pending], offset: 1, limit: 5).rows.map(\.comment.id) == [a])
        #expect(try await store.comments(states: [.deleted], offset: 0, limit: 10).total == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func aDocumentsCountTakesItsPublishedCommentsAndReplies(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文", "乙文", "丙文"], in: store)
        #expect(try await store.commentCounts(documentIDs: []).isEmpty)
        let parent = try await Self.add("一", on: documents[0], by: readers[0], at: 1, in: store)
        _ = try await Self.add("回复", on: documents[0], by: readers[1], at: 2, to: parent, in: store)
        _ = try await Self.add("待审回复", .pending, on: documents[0], by: readers[1], at: 2, to: parent, in: store)
        let hidden = try await Self.add("隐藏", .hidden, on: documents[0], by: readers[1], at: 3, in: store)
        _ = try await Self.add("待审", .pending, on: documents[1], by: readers[1], at: 3, in: store)
        _ = try await Self.add("二", on: documents[2], by: readers[0], at: 4, in: store)
        _ = try await store.setCommentState(ids: [hidden], to: .deleted)
        #expect(try await store.commentCounts(documentIDs: documents + [documents[2] + 100]) == [documents[0]: 2, documents[2]: 1])
        #expect(try await store.commentCounts(documentIDs: [documents[1]]) == [:])
        // A published reply under a comment visitors do not see is not counted; under a deleted one it is.
        let waiting = try await Self.add("待审评论", .pending, on: documents[1], by: readers[1], at: 5, in: store)
        _ = try await Self.add("其下的回复", on: documents[1], by: readers[0], at: 6, to: waiting, in: store)
        #expect(try await store.commentCounts(documentIDs: [documents[1]]) == [:])
        _ = try await store.setCommentState(ids: [waiting], to: .deleted)
        #expect(try await store.commentCounts(documentIDs: [documents[1]]) == [documents[1]: 1])
    }

    @Test(arguments: StoreKind.allCases)
    func anAuthorsCountTakesWhatTheyWroteSinceAMomentInEveryState(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        let first = try await Self.add("一", on: documents[0], by: readers[0], at: 1, in: store)
        _ = try await Self.add("二", .pending, on: documents[0], by: readers[0], at: 2.5, to: first, in: store)
        let hidden = try await Self.add("三", .hidden, on: documents[0], by: readers[0], at: 3.25, in: store)
        _ = try await Self.add("别人", on: documents[0], by: readers[1], at: 3.25, in: store)
        _ = try await store.setCommentState(ids: [hidden], to: .deleted)
        #expect(try await store.commentCount(authorID: readers[0], since: Self.time(0)) == 3)
        #expect(try await store.commentCount(authorID: readers[0], since: Self.time(2.5)) == 2, "at the moment counts")
        #expect(try await store.commentCount(authorID: readers[0], since: Self.time(2.501)) == 1)
        #expect(try await store.commentCount(authorID: readers[0], since: Self.time(4)) == 0)
        #expect(try await store.commentCount(authorID: readers[1], since: Self.time(0)) == 1)
    }

    /// Comments go with their document (and so do the replies to them), and outlive their author.
    @Test(arguments: StoreKind.allCases)
    func deletingTheDocumentDeletesItsCommentsAndTheAuthorsAreKeptWithout(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文", "乙文"], in: store)
        let gone = try await Self.add("将随文档删除", on: documents[0], by: readers[0], at: 1, in: store)
        let goneReply = try await Self.add("回复", on: documents[0], by: readers[1], at: 2, to: gone, in: store)
        let byFirst = try await Self.add("甲的", on: documents[1], by: readers[0], at: 3, in: store)
        let replyToFirst = try await Self.add("乙回复甲", on: documents[1], by: readers[1], at: 4, to: byFirst, in: store)
        let bySecond = try await Self.add("乙的", on: documents[1], by: readers[1], at: 5, in: store)
        let firstReplies = try await Self.add("甲回复乙", .pending, on: documents[1], by: readers[0], at: 6, to: bySecond, in: store)
        #expect(try await store.trashDocument(id: documents[0], at: Self.time(7)))
        #expect(try await store.comment(id: gone) != nil, "a document in the trash keeps its comments")
        #expect(try await store.deleteTrashedDocument(id: documents[0]))
        for id in [gone, goneReply] { #expect(try await store.comment(id: id) == nil) }
        #expect(try await store.commentCounts(documentIDs: documents) == [documents[1]: 3])

        // The author's account goes; the comments stay without an author, and so do others' replies to them.
        try await store.deleteUser(id: readers[0])
        let kept = try #require(try await store.comment(id: byFirst))
        #expect(kept.authorID == nil && kept.authorName == "" && kept.body == "甲的")
        let left = try await store.comments(documentID: documents[1], viewerID: readers[1], offset: 0, limit: 10)
        #expect(left.threads.map(\.comment.id) == [bySecond, byFirst] && left.total == 2)
        #expect(left.threads[1].replies.map(\.id) == [replyToFirst], "the reply of another stays")
        #expect(left.threads[0].replies.isEmpty, "the deleted author's waiting reply is seen by nobody now")
        #expect(try await store.comment(id: firstReplies)?.authorID == nil)
        #expect(try await store.commentCount(authorID: readers[0], since: Self.time(0)) == 0)
        #expect(try await store.commentCounts(documentIDs: documents) == [documents[1]: 3])
    }

    /// A comment in a state a newer version added is shown to no one and read as none.
    @Test(arguments: StoreKind.allCases)
    func aStateThisVersionDoesNotKnowIsLeftOut(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (_, readers, documents) = try await ReportStoreContractTests.library(["甲文"], in: store)
        let spam = try await Self.add("将成为垃圾", .pending, on: documents[0], by: readers[0], at: 1, in: store)
        let kept = try await Self.add("留下", .pending, on: documents[0], by: readers[0], at: 2, in: store)
        _ = try await Self.add("回复垃圾", on: documents[0], by: readers[1], at: 3, to: spam, in: store)
        let update = "UPDATE comment SET state = 'spam' WHERE body = '将成为垃圾'"
        try await SubmissionStoreContractTests.execute(kind == .sqlite
            ? ["PRAGMA ignore_check_constraints = ON", update, "PRAGMA ignore_check_constraints = OFF"]
            : ["ALTER TABLE comment DROP CONSTRAINT comment_state_check", update], on: store)
        #expect(try await store.comment(id: spam) == nil)
        let own = try await store.comments(documentID: documents[0], viewerID: readers[0], offset: 0, limit: 10)
        #expect(own.threads.map(\.comment.id) == [kept] && own.total == 1)
        let waiting = try await store.comments(states: [.pending], offset: 0, limit: 10)
        #expect(waiting.rows.map(\.comment.id) == [kept] && waiting.total == 1)
        #expect(try await store.replyCount(parentID: spam) == 1)
    }
}
