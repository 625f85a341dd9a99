import Foundation
public import GuanshanModel

/// The editors' side of comments: the list of comments in a state, and publishing, hiding or deleting
/// many at once.
extension CommentService {
    public static let queuePageSize = 50

    /// Comments in `state` on every document, newest first, as written (nothing masked).
    public func queue(_ state: CommentState, pageNumber: Int) async throws -> Paged<CommentRow> {
        let window = try PageWindow(pageNumber, size: Self.queuePageSize)
        let list = try await store.comments(states: [state], offset: window.offset, limit: window.limit)
        return try window.page(list.rows, total: list.total)
    }

    /// Publishes, hides or deletes the comments; returns how many changed. Publishing a reply tells the
    /// author of the comment it answers.
    @discardableResult
    public func moderate(_ ids: [Int64], to state: CommentState, by editor: Visitor) async throws -> Int {
        guard state != .pending else { return 0 }
        var changed: [Comment] = []
        for id in Set(ids).sorted() {
            guard let comment = try await store.comment(id: id), comment.state != state, comment.state != .deleted else { continue }
            changed.append(comment)
        }
        guard !changed.isEmpty else { return 0 }
        let count = try await changes.commit { try await store.setCommentState(ids: changed.map(\.id), to: state) }
        // A reply is told once, when it is first published; one hidden and shown again is not news.
        if state == .published {
            for comment in changed where comment.state == .pending { try await notifyReply(comment) }
        }
        await securityLog.record(
            .reviewed, by: editor, subject: changed.prefix(10).map { "comment #\($0.id)" }.joined(separator: ", ") + (changed.count > 10 ? " …" : ""),
            detail: state.rawValue)
        return count
    }

    /// Tells the author of the comment `reply` answers, when someone else wrote it: who, and the reply's
    /// opening as pages show it (the words of the mask and block lists in ＊).
    func notifyReply(_ reply: Comment) async throws {
        guard let parentID = reply.parentID, let parent = try await store.comment(id: parentID), let parentAuthor = parent.authorID,
              parentAuthor != reply.authorID, parent.state != .deleted
        else { return }
        let shown = Self.masked(reply, try await words?.current() ?? .empty)
        try await store.addNotification(NewNotification(
            accountID: parentAuthor, kind: .reply, documentID: reply.documentID, title: shown.authorName,
            detail: String(shown.body.prefix(100)), at: now()))
    }
}
