import Foundation
public import GuanshanModel

/// Why a comment was not taken.
public enum CommentError: Error, Equatable, Sendable {
    /// The site takes no comments (`SiteSettings.comments`).
    case closed
    /// An admin banned the account from commenting, until a time or (nil) for good.
    case banned(until: Date?)
    case empty
    /// Longer than `CommentService.longestComment` characters, or holding control characters.
    case tooLong
    /// It holds a word of the block list (not named).
    case blocked
    /// More than the author's rate (`perMinute`, `perHour`).
    case tooMany
    /// No such comment, or not one its reader may see.
    case notFound
    /// A comment of someone else, which only editors may delete.
    case notYours
    /// Its author may change it only in the first `editMinutes` minutes.
    case tooLate
    /// The comment replied to already has `mostReplies` replies.
    case tooManyReplies
}

/// Readers' comments (评论) on published documents: one level of replies, changed by their author in the
/// first ten minutes, deleted by their author or an editor, reviewed before or after they show as the
/// site's setting says, with the sensitive-word lists applied (block refuses, hold waits, mask and block
/// show as ＊) and a rate for each author.
public struct CommentService: Sendable {
    typealias Store = CommentStore & DocumentStore & SettingsStore & BanStore & NotificationStore

    let store: any Store
    let changes: ChangeFollower
    let words: SensitiveWords?
    let securityLog: SecurityLog
    let now: @Sendable () -> Date
    /// Changes and refused comments, which the author's rate in the store does not count.
    let attempts = AttemptLimiter(most: 20, window: 3_600)

    public static let pageSize = 20
    public static let longestComment = 1_000
    public static let editMinutes = 10
    public static let perMinute = 3
    public static let perHour = 30
    /// Changes and refused comments an author may make an hour.
    public static let attemptsPerHour = 20
    public static let mostReplies = 100

    /// A page of a document's comments as `viewer` sees them, the words pages do not show in ＊.
    public func threads(documentID: Int64, viewer: Visitor?, pageNumber: Int) async throws -> Paged<CommentThread> {
        let window = try PageWindow(pageNumber, size: Self.pageSize)
        let list = try await store.comments(documentID: documentID, viewerID: viewer?.user.id, offset: window.offset, limit: window.limit)
        let lists = try await words?.current() ?? .empty
        let threads = list.threads.map { thread in
            CommentThread(comment: Self.masked(thread.comment, lists), replies: thread.replies.map { Self.masked($0, lists) })
        }
        return try window.page(threads, total: list.total)
    }

    /// What a document's page of comments shows `viewer`: the page, and how many comments and replies are
    /// published, for its heading.
    public func section(documentID: Int64, viewer: Visitor?, pageNumber: Int) async throws -> (page: Paged<CommentThread>, published: Int) {
        let page = try await threads(documentID: documentID, viewer: viewer, pageNumber: pageNumber)
        return (page, try await counts(documentIDs: [documentID])[documentID] ?? 0)
    }

    static func masked(_ comment: Comment, _ lists: WordLists) -> Comment {
        var comment = comment
        comment.body = lists.masked(comment.body)
        comment.authorName = lists.masked(comment.authorName)
        return comment
    }

    /// Adds `author`'s comment on a published document, or a reply to one of its comments; returns its id
    /// and its state: published, or pending for an editor.
    @discardableResult
    public func post(documentID: Int64, replyingTo parentID: Int64?, body: String, by author: Visitor) async throws -> (id: Int64, state: CommentState) {
        let settings = try await SiteSettings.read(from: store)
        guard settings.comments != .off else { throw CommentError.closed }
        try await checkBan(author)
        guard try await store.document(id: documentID) != nil else { throw LibraryError.documentNotFound }
        if let parentID {
            guard let parent = try await store.comment(id: parentID), parent.documentID == documentID, parent.parentID == nil,
                  parent.state == .published || parent.authorID == author.user.id && parent.state != .deleted
            else { throw CommentError.notFound }
            guard try await store.replyCount(parentID: parentID) < Self.mostReplies else { throw CommentError.tooManyReplies }
        }
        let body = try Self.checked(body)
        let at = now()
        let state = try await state(of: body, by: author, settings: settings)
        guard try await store.commentCount(authorID: author.user.id, since: at.addingTimeInterval(-60)) < Self.perMinute,
              try await store.commentCount(authorID: author.user.id, since: at.addingTimeInterval(-3_600)) < Self.perHour
        else { throw CommentError.tooMany }
        let id = try await changes.commit {
            try await store.addComment(NewComment(documentID: documentID, parentID: parentID, authorID: author.user.id, body: body, state: state, at: at))
        }
        if state == .published, parentID != nil, let comment = try await store.comment(id: id) { try await notifyReply(comment) }
        return (id, state)
    }

    /// Changes `author`'s own comment in its first ten minutes; returns its state, which the lists may
    /// make pending again.
    @discardableResult
    public func edit(id: Int64, body: String, by author: Visitor) async throws -> CommentState {
        let settings = try await SiteSettings.read(from: store)
        guard settings.comments != .off else { throw CommentError.closed }
        try await checkBan(author)
        let comment = try await visibleComment(id, to: author)
        guard comment.authorID == author.user.id else { throw CommentError.notYours }
        guard now().timeIntervalSince(comment.created) <= TimeInterval(Self.editMinutes * 60) else { throw CommentError.tooLate }
        guard attempts.allow(author.user.id, at: now()) else { throw CommentError.tooMany }
        let body = try Self.checked(body)
        var state = try await state(of: body, by: author, settings: settings)
        // An editor's hiding stays; a published comment changed is read again when the setting wants it.
        if comment.state == .hidden { state = .hidden }
        _ = try await changes.commit { try await store.editComment(id: id, body: body, state: state, at: now()) }
        return state
    }

    /// Deletes a comment: its author's own, or any as an editor.
    public func delete(id: Int64, by visitor: Visitor) async throws {
        let comment = try await visibleComment(id, to: visitor)
        guard comment.authorID == visitor.user.id || visitor.user.role >= .editor else { throw CommentError.notYours }
        _ = try await changes.commit { try await store.setCommentState(ids: [id], to: .deleted) }
        if comment.authorID != visitor.user.id {
            await securityLog.record(.reviewed, by: visitor, subject: "comment #\(id)", detail: CommentState.deleted.rawValue)
        }
    }

    /// A comment not deleted that `visitor` may see: published, their own, or any for an editor. Another's
    /// comment waiting or hidden is not found, so that nobody learns it is there.
    private func visibleComment(_ id: Int64, to visitor: Visitor) async throws -> Comment {
        guard let comment = try await store.comment(id: id), comment.state != .deleted,
              comment.state == .published || comment.authorID == visitor.user.id || visitor.user.role >= .editor
        else { throw CommentError.notFound }
        return comment
    }

    /// The state a new or changed text starts in: pending when the setting reviews first (but for editors'
    /// own) or a word of the hold list is in it; refused with a word of the block list, which counts among
    /// the author's attempts.
    private func state(of body: String, by author: Visitor, settings: SiteSettings) async throws -> CommentState {
        let findings = try await words?.current().findings(in: body) ?? []
        if findings.contains(where: { $0.policy == .block }) {
            throw attempts.allow(author.user.id, at: now()) ? CommentError.blocked : CommentError.tooMany
        }
        let reviewed = settings.comments == .before && author.user.role < .editor
        return reviewed || findings.contains(where: { $0.policy == .hold }) ? .pending : .published
    }

    private func checkBan(_ author: Visitor) async throws {
        if let ban = try await store.bans(accountIDs: [author.user.id], at: now()).first(where: { $0.scope == .comment }) {
            throw CommentError.banned(until: ban.until)
        }
    }

    static func checked(_ body: String) throws(CommentError) -> String {
        do {
            return try WrittenText.checked(body, limit: longestComment)
        } catch {
            throw error == .empty ? .empty : .tooLong
        }
    }

    /// The document a comment is on, whatever its state; nil when there is no such comment.
    public func documentID(ofComment id: Int64) async throws -> Int64? {
        try await store.comment(id: id)?.documentID
    }

    /// The published comments and replies of each of these documents that has any.
    public func counts(documentIDs: [Int64]) async throws -> [Int64: Int] {
        documentIDs.isEmpty ? [:] : try await store.commentCounts(documentIDs: documentIDs)
    }
}
