import GuanshanLibrary
import GuanshanModel

/// The words of comments (评论), copyright notices (权利人投诉) and takedown records (下架记录).
struct CommunityStrings: Sendable {
    var isEnglish: Bool
    var comments: String
    /// `评论（12）`.
    var commentsCount: @Sendable (Int) -> String
    var noComments: String
    var commentLabel: String
    var commentHint: String
    var post: String
    var reply: String
    var edit: String
    var save: String
    var delete: String
    var hide: String
    var publish: String
    var signInToComment: String
    var reviewedFirst: String
    var pendingNote: String
    var hiddenNote: String
    var deletedComment: String
    var edited: String
    var posted: String
    var postedPending: String
    var commentStates: [String: String]
    var commentsAdmin: String
    var commenter: String
    /// Who wrote a comment whose account is gone.
    var formerAccount: String
    var noCommentsHere: String
    var onDocument: String
    var commentSettings: String
    var commentChoices: [String: String]
    var takedownReuploads: String
    var takedownChoices: [String: String]
    /// `12 条评论` on a list.
    var commentCount: @Sendable (Int) -> String

    var copyright: String
    var copyrightIntro: String
    var claimant: String
    var byAgent: String
    var agentChoices: [String: String]
    var contact: String
    var contactHint: String
    var work: String
    var workHint: String
    var documents: String
    var documentsHint: String
    var details: String
    var declaration: String
    var send: String
    var thanks: String
    var notices: String
    var openOnly: String
    var allNotices: String
    var noNotices: String
    var handled: String
    var markHandled: String
    var openNote: String
    var takedowns: String
    var takedownsIntro: String
    var noTakedowns: String
    var takedownBy: String
    var bySite: String
    var deleteRecord: String
    var documentGone: String
    var fieldNames: [String: String]

    static let chinese = CommunityStrings(
        isEnglish: false, comments: "评论", commentsCount: { "评论（\($0)）" }, noComments: "还没有评论。",
        commentLabel: "发表评论", commentHint: "最多 1000 字；发表后 10 分钟内可以修改。", post: "发表", reply: "回复", edit: "修改", save: "保存",
        delete: "删除", hide: "隐藏", publish: "通过", signInToComment: "登录后发表评论", reviewedFirst: "评论经编辑审核后显示。",
        pendingNote: "待审核，仅你自己看得到", hiddenNote: "已被编辑隐藏，仅你自己看得到", deletedComment: "该评论已删除", edited: "已修改",
        posted: "评论已发表。", postedPending: "评论已提交，审核通过后显示。",
        commentStates: ["pending": "待审核", "published": "已发表", "hidden": "已隐藏", "deleted": "已删除"],
        commentsAdmin: "评论", commenter: "评论者", formerAccount: "已注销用户", noCommentsHere: "这里没有评论。", onDocument: "所评文档",
        commentSettings: "读者评论",
        commentChoices: ["off": "关闭评论", "before": "先审后发：编辑通过后才显示", "after": "先发后审：未被拦下的评论立即显示，编辑事后检查"],
        takedownReuploads: "与已下架文档相近的上传（完全相同的一律拒绝）",
        takedownChoices: ["refuse": "直接拒绝", "hold": "转入人工审核"],
        commentCount: { "\($0) 条评论" },
        copyright: "权利人投诉",
        copyrightIntro: "如果本站文档侵犯了你的著作权等权利，请填写本表。投诉记录会保存，编辑核实后将下架侵权文档。请如实填写：不实投诉须承担相应责任。",
        claimant: "权利人（个人姓名或单位名称）", byAgent: "投诉人身份", agentChoices: ["holder": "权利人本人", "agent": "权利人的代理人"],
        contact: "联系方式", contactHint: "电子邮箱或电话，编辑核实时联系你", work: "作品及权利",
        workHint: "作品名称、权利类型（如著作权）和权属证明的说明，最多 1000 字", documents: "涉嫌侵权的文档",
        documentsHint: "每行一个本站文档的网址（如 https://…/d/12）或编号，最多 50 个", details: "补充说明", declaration: "我保证以上内容真实，并承担不实投诉引起的法律责任",
        send: "提交投诉", thanks: "投诉已收到，编辑核实后会处理。谢谢。", notices: "权利人投诉", openOnly: "未处理", allNotices: "全部",
        noNotices: "没有投诉。", handled: "已处理", markHandled: "标记为已处理", openNote: "未处理",
        takedowns: "下架记录",
        takedownsIntro: "每次下架都记下文本的指纹。读者再次上传完全相同的文本时一律拒绝，上传相近的文本（如修改后重传）时按“读者分享”设置拒绝或转入人工审核。删除记录后，该文本可以再次分享。",
        noTakedowns: "没有下架记录。", takedownBy: "处理人", bySite: "系统（多人举报）", deleteRecord: "删除记录", documentGone: "文档已删除",
        fieldNames: ["claimant": "权利人", "contact": "联系方式", "work": "作品及权利", "documents": "涉嫌侵权的文档", "details": "补充说明", "body": "评论"])

    static let english = CommunityStrings(
        isEnglish: true, comments: "Comments", commentsCount: { "Comments (\($0))" }, noComments: "No comments yet.",
        commentLabel: "Add a comment", commentHint: "At most 1,000 characters; you may change it for 10 minutes.", post: "Post", reply: "Reply",
        edit: "Edit", save: "Save", delete: "Delete", hide: "Hide", publish: "Publish", signInToComment: "Sign in to comment",
        reviewedFirst: "Comments show once an editor has approved them.", pendingNote: "Waiting for review; only you see it",
        hiddenNote: "Hidden by an editor; only you see it", deletedComment: "This comment was deleted", edited: "edited",
        posted: "Your comment is posted.", postedPending: "Your comment is in; it shows once approved.",
        commentStates: ["pending": "Waiting", "published": "Published", "hidden": "Hidden", "deleted": "Deleted"],
        commentsAdmin: "Comments", commenter: "By", formerAccount: "Former account", noCommentsHere: "No comments here.", onDocument: "On",
        commentSettings: "Readers' comments",
        commentChoices: [
            "off": "No comments", "before": "Review first: comments show once approved",
            "after": "Review after: comments nothing held show at once, editors check them later",
        ],
        takedownReuploads: "An upload close to a document taken down (the very same text is always refused)",
        takedownChoices: ["refuse": "Refuse it", "hold": "Hold it for an editor"],
        commentCount: { $0 == 1 ? "1 comment" : "\($0) comments" },
        copyright: "Copyright notice",
        copyrightIntro: "If a document of this site infringes your copyright or other rights, fill in this form. Notices are kept; editors take infringing documents down once they have checked. A false notice is your responsibility.",
        claimant: "Rights holder (a person's or an organization's name)", byAgent: "You are", agentChoices: ["holder": "The rights holder", "agent": "The rights holder's agent"],
        contact: "Contact", contactHint: "An e-mail address or a telephone number, for the editors to reach you", work: "The work and your rights",
        workHint: "The work's title, the rights (copyright, …) and how you hold them; at most 1,000 characters", documents: "The documents that infringe",
        documentsHint: "One address of a document of this site (https://…/d/12) or its number a line; at most 50", details: "More details",
        declaration: "I declare this notice true and answer for a false one", send: "Send the notice",
        thanks: "Your notice is in; editors will deal with it once they have checked. Thank you.", notices: "Copyright notices",
        openOnly: "Open", allNotices: "All", noNotices: "No notices.", handled: "Dealt with", markHandled: "Mark dealt with", openNote: "Open",
        takedowns: "Takedown records",
        takedownsIntro: "Every takedown keeps the text's fingerprint. A reader's upload of the very same text is refused; one close to it (corrected, say) is refused or held, as the sharing settings say. Delete a record to let its text be shared again.",
        noTakedowns: "No takedown records.", takedownBy: "By", bySite: "The site (many reports)", deleteRecord: "Delete record", documentGone: "document deleted",
        fieldNames: ["claimant": "Rights holder", "contact": "Contact", "work": "The work", "documents": "Documents", "details": "Details", "body": "Comment"])

    /// The name a comment is shown under.
    func author(_ comment: Comment) -> String {
        comment.authorID == nil ? formerAccount : comment.authorName
    }

    func message(for error: CommentError) -> String {
        switch error {
        case .closed: isEnglish ? "This site takes no comments." : "本站已关闭评论。"
        case .banned(let until):
            isEnglish ? "An admin stopped you from commenting" + (until.map { " until \(AccountStrings.banEnd($0))." } ?? ".")
                : "管理员已禁止你发表评论" + (until.map { "，至 \(AccountStrings.banEnd($0)) 解除。" } ?? "。")
        case .empty: isEnglish ? "Write something first." : "请先填写评论内容。"
        case .tooLong: isEnglish ? "A comment is at most 1,000 characters." : "评论最多 1000 字。"
        case .blocked: isEnglish ? "The comment holds words this site does not allow." : "评论含有本站不允许的词语。"
        case .tooMany: isEnglish ? "You are commenting too often; wait a little." : "评论太频繁，请稍后再试。"
        case .notFound: isEnglish ? "There is no such comment." : "没有这条评论。"
        case .notYours: isEnglish ? "That is someone else's comment." : "这是别人的评论。"
        case .tooLate: isEnglish ? "A comment may be changed for 10 minutes only." : "评论发表 10 分钟后不能再修改。"
        case .tooManyReplies: isEnglish ? "This comment has as many replies as it may." : "这条评论的回复已满。"
        }
    }

    func message(for error: CopyrightNoticeError) -> String {
        switch error {
        case .required(let field): (isEnglish ? "Fill in: " : "请填写：") + (fieldNames[field] ?? field)
        case .tooLong(let field):
            isEnglish ? "\(fieldNames[field] ?? field) is too long." : "\(fieldNames[field] ?? field)太长了。"
        case .unknownDocument(let line):
            isEnglish ? "Line \(line) of the documents names no document of this site." : "“涉嫌侵权的文档”第 \(line) 行不是本站文档的网址或编号。"
        case .tooManyDocuments(let limit): isEnglish ? "At most \(limit) documents a notice." : "每次投诉最多 \(limit) 个文档。"
        case .notDeclared: isEnglish ? "Tick the declaration to send the notice." : "请勾选声明后再提交。"
        case .tooMany: isEnglish ? "Too many notices; try again in an hour." : "投诉太频繁，请一小时后再试。"
        }
    }
}
