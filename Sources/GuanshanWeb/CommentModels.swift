import Foundation
import GuanshanLibrary
import GuanshanModel

/// The comments under a document (on its last page, on `/all` and on `/d/{id}/comments`): the page of
/// comments with their replies, and the forms a reader may use, without JavaScript (a reply or a change
/// opens in `<details>`).
struct CommentsModel {
    /// A comment or a reply. No field is optional: the templates look a missing value up in the
    /// enclosing sections, which would lend a reply the forms of the comment it answers.
    struct Item {
        var id: Int64
        var anchor: String
        var author: String
        var when: String
        var whenISO: String
        var body: String
        var edited: Bool
        var hasNote: Bool
        var note: String
        var deleted: Bool
        var mayReply: Bool
        var mayEdit: Bool
        var mayDelete: Bool
        /// An editor's hiding of a published comment.
        var mayHide: Bool
        var replies: [Item]
    }

    var heading: String
    var items: [Item]
    var postAction: String?
    var loginHref: String?
    var reviewNote: String?
    /// Named apart from the reading page's own pager, which a nil one would otherwise find.
    var commentPager: PagerModel?
    var notice: String?
    var error: String?
    /// What the reader wrote when it was refused, and the comment it answered.
    var body: String
    var parent: Int64?
    /// The page the forms come back to (ReadingModel has no such field, so the name cannot be borrowed).
    var returnTo: String

    init(
        documentID: Int64, section: (page: Paged<CommentThread>, published: Int), context: PageContext, returnTo: String,
        notice: String? = nil, error: String? = nil, body: String = "", parent: Int64? = nil
    ) {
        let t = context.strings.community
        let settings = context.settings
        let visitor = context.visitor
        let page = section.page
        heading = t.commentsCount(section.published)
        let open = settings.comments != .off
        let now = Date()
        func item(_ comment: Comment, isReply: Bool) -> Item {
            let mine = visitor.map { $0.user.id == comment.authorID } ?? false
            let editor = (visitor?.user.role ?? .reader) >= .editor
            let note = switch comment.state {
            case .pending: t.pendingNote
            case .hidden: t.hiddenNote
            default: ""
            }
            let deleted = comment.state == .deleted
            return Item(
                id: comment.id, anchor: "c\(comment.id)", author: deleted ? "" : t.author(comment), when: context.dateTime(comment.created),
                whenISO: FeedClock(timeZone: settings.timeZone).rfc3339(comment.created), body: deleted ? t.deletedComment : comment.body,
                edited: comment.edited != nil && !deleted, hasNote: !note.isEmpty, note: note, deleted: deleted,
                mayReply: !isReply && open && visitor != nil && !deleted,
                mayEdit: open && mine && !deleted && now.timeIntervalSince(comment.created) <= TimeInterval(CommentService.editMinutes * 60),
                mayDelete: !deleted && (mine || editor), mayHide: editor && comment.state == .published, replies: [])
        }
        items = page.items.map { thread in
            var top = item(thread.comment, isReply: false)
            top.replies = thread.replies.map { item($0, isReply: true) }
            return top
        }
        postAction = open && visitor != nil ? SitePath.comments(documentID).path : nil
        loginHref = open && visitor == nil ? SitePath.login(next: SitePath.comments(documentID).path).path : nil
        reviewNote = settings.comments == .before ? t.reviewedFirst : nil
        commentPager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) {
            SitePath.comments(documentID, page: $0).path + "#comments"
        }
        self.notice = notice
        self.error = error
        self.body = body
        self.parent = parent
        self.returnTo = returnTo
    }
}

/// `/d/{id}/comments`: a document's comments alone, a page at a time.
struct CommentsPageModel {
    var layout: LayoutModel
    var title: String
    var documentHref: String
    var comments: CommentsModel

    init(title: String, documentID: Int64, comments: CommentsModel, context: PageContext) {
        let t = context.strings.community
        layout = LayoutModel(context: context, title: t.comments + " · " + title)
        self.title = title
        documentHref = SitePath.document(documentID).path
        self.comments = comments
    }
}

/// `/admin/comments`: comments in one state on every document, to publish, hide or delete many at once.
struct CommentQueueModel {
    struct Row { var id: Int64; var author: String; var body: String; var when: String; var title: String; var href: String }
    struct Tab { var label: String; var href: String; var current: Bool }
    struct Decision { var value: String; var label: String }

    var layout: LayoutModel
    var nav: AdminNav
    var tabs: [Tab]
    var rows: [Row]
    var pager: PagerModel?
    var notice: String?
    var state: String
    var decisions: [Decision]

    init(_ page: Paged<CommentRow>, state: CommentState, notice: String? = nil, context: PageContext) {
        let t = context.strings.community
        layout = LayoutModel(context: context, title: t.commentsAdmin)
        nav = AdminNav(.comments, context: context)
        tabs = [CommentState.pending, .published, .hidden].map { choice in
            Tab(label: t.commentStates[choice.rawValue] ?? choice.rawValue, href: "/admin/comments?state=\(choice.rawValue)", current: choice == state)
        }
        rows = page.items.map { row in
            Row(
                id: row.comment.id, author: t.author(row.comment), body: row.comment.body, when: context.dateTime(row.comment.created),
                title: row.documentTitle, href: SitePath.comments(row.comment.documentID).path + "#c\(row.comment.id)")
        }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { "/admin/comments?state=\(state.rawValue)&page=\($0)" }
        self.notice = notice
        self.state = state.rawValue
        // The decisions other than the state listed: a published list is hidden or deleted, a hidden one published or deleted.
        decisions = [("publish", t.publish, CommentState.published), ("hide", t.hide, .hidden), ("delete", t.delete, .deleted)]
            .filter { $0.2 != state }
            .map { Decision(value: $0.0, label: $0.1) }
    }
}
