public import Foundation

/// Readers' comments (评论) on documents, one level of replies.
public protocol CommentStore: Sendable {
    /// Records a comment; returns its id.
    func addComment(_ comment: NewComment) async throws -> Int64
    func comment(id: Int64) async throws -> Comment?
    /// A document's comments (not replies) that `viewerID` may see, newest first (created DESC, id DESC),
    /// paged, each with its replies that the viewer may see, oldest first. A reader sees what is published,
    /// their own comments in any state but deleted, and a deleted comment that has replies they see.
    func comments(documentID: Int64, viewerID: Int64?, offset: Int, limit: Int) async throws -> CommentThreadList
    /// Replies to `parentID` in any state but deleted (a thread's size).
    func replyCount(parentID: Int64) async throws -> Int
    /// Changes a comment's text and state, and sets its edited time; false when there is none.
    func editComment(id: Int64, body: String, state: CommentState, at: Date) async throws -> Bool
    /// Sets the state of these comments (deleted empties their text); returns how many changed.
    func setCommentState(ids: [Int64], to state: CommentState) async throws -> Int
    /// Comments of every document in `states`, newest first, paged, for the editors.
    func comments(states: [CommentState], offset: Int, limit: Int) async throws -> CommentList
    /// The published comments and replies of each document that has any, as visitors see them: a reply under a
    /// comment waiting or hidden is not counted.
    func commentCounts(documentIDs: [Int64]) async throws -> [Int64: Int]
    /// Comments and replies written by `authorID` at or after `since`, in any state (an author's rate).
    func commentCount(authorID: Int64, since: Date) async throws -> Int
}
