import Foundation

/// Where a comment stands.
public enum CommentState: String, Sendable, Codable, CaseIterable {
    /// Waiting for an editor (moderation before publication, or held for a word of the hold list).
    case pending
    case published
    /// Hidden by an editor: its author still sees it, marked.
    case hidden
    /// Deleted by its author or an editor: its text is gone; it stands as a mark while replies to it show.
    case deleted
}

/// A comment (评论) to write: on a document, or a reply to a comment on it (one level).
public struct NewComment: Sendable {
    public var documentID: Int64
    /// The comment replied to, itself never a reply.
    public var parentID: Int64?
    public var authorID: Int64
    public var body: String
    public var state: CommentState
    public var at: Date

    public init(documentID: Int64, parentID: Int64?, authorID: Int64, body: String, state: CommentState, at: Date) {
        self.documentID = documentID
        self.parentID = parentID
        self.authorID = authorID
        self.body = body
        self.state = state
        self.at = at
    }
}

/// A comment as pages show it.
public struct Comment: Sendable, Hashable {
    public var id: Int64
    public var documentID: Int64
    public var parentID: Int64?
    /// Nil once the author's account is deleted.
    public var authorID: Int64?
    /// The author's display name now; empty once the account is deleted.
    public var authorName: String
    /// Empty once deleted.
    public var body: String
    public var state: CommentState
    public var created: Date
    /// When its author last changed it; nil if never.
    public var edited: Date?

    public init(
        id: Int64, documentID: Int64, parentID: Int64?, authorID: Int64?, authorName: String, body: String, state: CommentState,
        created: Date, edited: Date?
    ) {
        self.id = id
        self.documentID = documentID
        self.parentID = parentID
        self.authorID = authorID
        self.authorName = authorName
        self.body = body
        self.state = state
        self.created = created
        self.edited = edited
    }
}

/// A comment with the replies to it that its reader may see, oldest first.
public struct CommentThread: Sendable, Hashable {
    public var comment: Comment
    public var replies: [Comment]

    public init(comment: Comment, replies: [Comment]) {
        self.comment = comment
        self.replies = replies
    }
}

/// A page of a document's comments.
public struct CommentThreadList: Sendable {
    public var threads: [CommentThread]
    /// The comments (not replies) the reader may see, for paging.
    public var total: Int

    public init(threads: [CommentThread], total: Int) {
        self.threads = threads
        self.total = total
    }
}

/// A comment in the editors' list, with the title of its document.
public struct CommentRow: Sendable, Hashable {
    public var comment: Comment
    public var documentTitle: String

    public init(comment: Comment, documentTitle: String) {
        self.comment = comment
        self.documentTitle = documentTitle
    }
}

public struct CommentList: Sendable {
    public var rows: [CommentRow]
    /// Every comment in the states asked, for paging.
    public var total: Int

    public init(rows: [CommentRow], total: Int) {
        self.rows = rows
        self.total = total
    }
}
