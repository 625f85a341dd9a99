import GuanshanLibrary
import GuanshanModel

/// The words of readers' sharing and its review: `/me/uploads`, `/me/notifications`, `/admin/review`.
struct SharingStrings: Sendable {
    var isEnglish: Bool
    var myUploads: String
    var share: String
    var shareHint: String
    var files: String
    var category: String
    var noCategory: String
    var tags: String
    var tagsHint: String
    var upload: String
    var queued: String
    var noUploads: String
    var stateNames: [String: String]
    var reasonLabel: String
    var notAllowed: String
    var notifications: String
    var noNotifications: String
    var notificationTexts: [String: String]
    var review: String
    var noneWaiting: String
    var uploader: String
    var submitted: String
    var heldFor: String
    var heldWords: @Sendable (String) -> String
    var heldNearDuplicate: @Sendable (Int64) -> String
    var heldReported: String
    var heldTakenDown: @Sendable (Int64) -> String
    var approve: String
    var reject: String
    var takeDown: String
    var reason: String
    var reasonHint: String
    var bulkHint: String
    var edit: String
    var decided: @Sendable (Int) -> String
    var reasonRequired: String
    var reasonTooLong: String
    var contributor: String
    var makeContributor: String
    var unmakeContributor: String
    var sharingSection: String
    var sharingChoices: [String: String]
    var reviewChoices: [String: String]
    var dailyUploadFiles: String
    var dailyUploadMegabytes: String
    var unread: @Sendable (Int) -> String
    var count: @Sendable (Int) -> String
    var sharedBy: String
    var report: String
    var reportTitle: String
    var reportIntro: String
    var reportReasons: [String: String]
    var reportDetails: String
    var reportDetailsHint: String
    var reportSend: String
    var reportThanks: String
    var reportTooMany: String
    var reportDetailsTooLong: String
    var reports: String
    var noReports: String
    var reporters: @Sendable (Int, Int) -> String
    var latestReport: String
    var dismiss: String
    var reportsToHide: String
    var reportsToHideHint: String
    var ban: String
    var banScope: String
    var banLength: String
    var banReason: String
    var liftBan: String
    var banScopes: [String: String]
    var banLengths: [String: String]
    /// `禁止上传，至 2026-12-14 10:00：刷广告`.
    var bannedText: @Sendable (String, String?, String) -> String
    var publicPage: String

    static let chinese = SharingStrings(
        isEnglish: false, myUploads: "我的分享", share: "分享文档",
        shareHint: "可上传 Word、WPS、PDF、PPT、EPUB、TXT、Markdown、HTML 等文档，每次最多 20 个文件。文档经编辑审核后发布。",
        files: "文件", category: "分类", noCategory: "不选分类", tags: "标签", tagsHint: "多个标签用逗号或顿号分隔，最多 10 个",
        upload: "上传", queued: "文件已收到，正在处理，稍后刷新本页即可看到。", noUploads: "还没有分享过文档。",
        stateNames: ["pending": "待审核", "published": "已发布", "rejected": "已驳回", "taken-down": "已下架"],
        reasonLabel: "原因", notAllowed: "本站目前不接受你分享文档。",
        notifications: "通知", noNotifications: "没有通知。",
        notificationTexts: [
            "approved": "你分享的文档已通过审核并发布", "rejected": "你分享的文档未通过审核", "taken-down": "你分享的文档已下架",
            "held": "你分享的文档需要审核", "refused": "你上传的文件未能收录", "reply": "有人回复了你的评论",
        ],
        review: "审核", noneWaiting: "这里没有文档。", uploader: "分享者", submitted: "提交于", heldFor: "待审原因",
        heldWords: { "含有待审词语：\($0)" }, heldNearDuplicate: { "与文档 #\($0) 内容相近" }, heldReported: "分享者的文档曾被举报",
        heldTakenDown: { "与已下架的文档相近（下架记录 #\($0)）" },
        approve: "通过", reject: "驳回", takeDown: "下架", reason: "原因", reasonHint: "驳回或下架时必填，将告知分享者（最多 200 字）",
        bulkHint: "勾选上面的文档一起处理；驳回或下架的原因对每篇都适用。", edit: "编辑后再审", decided: { "已处理 \($0) 篇。" },
        reasonRequired: "驳回或下架时请填写原因。", reasonTooLong: "原因最多 200 字。",
        contributor: "投稿者", makeContributor: "设为投稿者", unmakeContributor: "取消投稿者",
        sharingSection: "读者分享",
        sharingChoices: ["nobody": "不开放", "readers": "所有登录读者", "contributors": "仅管理员指定的投稿者"],
        reviewChoices: ["before": "先审后发：审核通过后才公开", "after": "先发后审：未被拦下的文档立即公开，编辑事后检查"],
        dailyUploadFiles: "每位读者每天最多上传文件数", dailyUploadMegabytes: "每位读者每天最多上传（MB）",
        unread: { "通知(\($0))" }, count: { "共 \($0) 篇" }, sharedBy: "分享者",
        report: "举报", reportTitle: "举报文档", reportIntro: "请选择举报原因，编辑会尽快处理。权利人请使用“权利人投诉”表，写明权利人、作品和联系方式。",
        reportReasons: ["infringement": "侵权", "illegal": "违法违规", "advertising": "广告", "vulgar": "低俗", "error": "内容错误", "other": "其他"],
        reportDetails: "说明", reportDetailsHint: "可选，最多 1000 字", reportSend: "提交举报", reportThanks: "举报已收到，谢谢。编辑会尽快处理。",
        reportTooMany: "举报太频繁，请一小时后再试。", reportDetailsTooLong: "说明最多 1000 字。",
        reports: "举报", noReports: "没有待处理的举报。", reporters: { reports, people in "\(people) 人举报 \(reports) 次" }, latestReport: "最近举报",
        dismiss: "忽略举报", reportsToHide: "被几人举报后自动隐藏", reportsToHideHint: "0 为不自动隐藏；读者分享的文档改为已下架，其他文档移入回收站，等待编辑处理。",
        ban: "封禁", banScope: "禁止", banLength: "期限", banReason: "封禁原因（记入安全日志）", liftBan: "解除",
        banScopes: ["upload": "禁止分享文档", "comment": "禁止评论", "sign-in": "禁止登录"],
        banLengths: ["1": "1 天", "7": "7 天", "30": "30 天", "forever": "永久"],
        bannedText: { scope, until, reason in scope + (until.map { "，至 \($0)" } ?? "（永久）") + "：" + reason },
        publicPage: "我分享的文档对外的页面")

    static let english = SharingStrings(
        isEnglish: true, myUploads: "My shared documents", share: "Share documents",
        shareHint: "Upload Word, WPS, PDF, PowerPoint, EPUB, text, Markdown or HTML documents, up to 20 files at a time. Editors review them before they are published.",
        files: "Files", category: "Category", noCategory: "No category", tags: "Tags", tagsHint: "Separate tags with commas; at most 10",
        upload: "Upload", queued: "Your files are in and being read; reload this page in a moment to see them.", noUploads: "You have not shared any document yet.",
        stateNames: ["pending": "Waiting for review", "published": "Published", "rejected": "Refused", "taken-down": "Taken down"],
        reasonLabel: "Reason", notAllowed: "This site does not take documents from you at the moment.",
        notifications: "Notifications", noNotifications: "No notifications.",
        notificationTexts: [
            "approved": "Your document was approved and published", "rejected": "Your document was refused",
            "taken-down": "Your document was taken down", "held": "Your document waits for review", "refused": "A file you uploaded was not taken", "reply": "Someone replied to your comment",
        ],
        review: "Review", noneWaiting: "No documents here.", uploader: "Shared by", submitted: "Submitted", heldFor: "Held because",
        heldWords: { "holds words to review: \($0)" }, heldNearDuplicate: { "close to document #\($0)" }, heldReported: "the uploader's documents were reported",
        heldTakenDown: { "close to a document taken down (takedown record #\($0))" },
        approve: "Approve", reject: "Refuse", takeDown: "Take down", reason: "Reason",
        reasonHint: "Needed to refuse or take down; the uploader is told (at most 200 characters)",
        bulkHint: "Tick documents above to decide them together; one reason serves them all.", edit: "Edit, then approve", decided: { $0 == 1 ? "1 document done." : "\($0) documents done." },
        reasonRequired: "Say why when refusing or taking down.", reasonTooLong: "A reason has at most 200 characters.",
        contributor: "Contributor", makeContributor: "Make contributor", unmakeContributor: "Remove contributor",
        sharingSection: "Readers' sharing",
        sharingChoices: ["nobody": "Closed", "readers": "Every signed-in reader", "contributors": "Only contributors an admin chose"],
        reviewChoices: ["before": "Review first: public once approved", "after": "Publish first: what the checks do not hold is public at once"],
        dailyUploadFiles: "Files a reader may upload a day", dailyUploadMegabytes: "Megabytes a reader may upload a day",
        unread: { "Notifications (\($0))" }, count: { $0 == 1 ? "1 document" : "\($0) documents" }, sharedBy: "Shared by",
        report: "Report", reportTitle: "Report a document", reportIntro: "Choose why; editors deal with reports soon. A rights holder sends a copyright notice instead, naming the holder, the work and how to reach them.",
        reportReasons: ["infringement": "Infringes rights", "illegal": "Illegal", "advertising": "Advertising", "vulgar": "Vulgar", "error": "Wrong content", "other": "Other"],
        reportDetails: "Details", reportDetailsHint: "Optional, at most 1,000 characters", reportSend: "Send report",
        reportThanks: "Thank you: the report is in, and editors will deal with it soon.",
        reportTooMany: "Too many reports; try again in an hour.", reportDetailsTooLong: "Details have at most 1,000 characters.",
        reports: "Reports", noReports: "No reports to deal with.", reporters: { reports, people in "\(reports) reports by \(people) people" }, latestReport: "Latest",
        dismiss: "Dismiss", reportsToHide: "Hide a document reported by this many people",
        reportsToHideHint: "0 never; a reader's shared document is taken down, another goes to the trash, until an editor decides.",
        ban: "Ban", banScope: "Stop", banLength: "For", banReason: "Why (kept in the security log)", liftBan: "Lift",
        banScopes: ["upload": "Sharing documents", "comment": "Commenting", "sign-in": "Signing in"],
        banLengths: ["1": "1 day", "7": "7 days", "30": "30 days", "forever": "For good"],
        bannedText: { scope, until, reason in scope + (until.map { " until \($0)" } ?? " for good") + ": " + reason },
        publicPage: "The public page of what I shared")

    func banText(_ ban: AccountBan) -> String {
        bannedText(banScopes[ban.scope.rawValue] ?? ban.scope.rawValue, ban.until.map(AccountStrings.banEnd), ban.reason)
    }

    func message(for error: SharingError) -> String {
        switch error {
        case .notAllowed: notAllowed
        case .noFile: isEnglish ? "Choose at least one file (an empty file is not a document)." : "请选择至少一个文件（空文件不是文档）。"
        case .tooManyFiles(let limit): isEnglish ? "At most \(limit) files at a time." : "每次最多上传 \(limit) 个文件。"
        case .bulkFormat(let ext): isEnglish ? "A .\(ext) file holds many documents: ask an editor to import it." : ".\(ext) 文件包含多篇文档，请交给编辑导入。"
        case .unsupportedFormat(let ext):
            isEnglish ? "“.\(ext)” is not a document format this site reads (Word, WPS, PDF, PowerPoint, EPUB, text, Markdown, HTML)."
                : "不支持“.\(ext)”文件，可上传 Word、WPS、PDF、PPT、EPUB、TXT、Markdown、HTML 等文档。"
        case .unknownCategory: isEnglish ? "Choose one of the site's categories." : "请从本站已有的分类中选择。"
        case .invalidTags: isEnglish ? "At most 10 tags of at most 40 characters." : "最多 10 个标签，每个不超过 40 个字。"
        case .banned(let until):
            isEnglish ? "An admin stopped you from sharing documents" + (until.map { " until \(AccountStrings.banEnd($0))." } ?? ".")
                : "管理员已禁止你分享文档" + (until.map { "，至 \(AccountStrings.banEnd($0)) 解除。" } ?? "。")
        case .dailyFiles(let limit): isEnglish ? "You may upload \(limit) files a day; try again tomorrow." : "每天最多上传 \(limit) 个文件，请明天再试。"
        case .dailyMegabytes(let limit): isEnglish ? "You may upload \(limit) MB a day; try again tomorrow." : "每天最多上传 \(limit) MB，请明天再试。"
        }
    }

    func message(for error: ReportError) -> String {
        switch error {
        case .detailsTooLong: reportDetailsTooLong
        case .tooMany: reportTooMany
        }
    }

    func message(for error: ReviewError) -> String {
        switch error {
        case .reasonRequired: reasonRequired
        case .reasonTooLong: reasonTooLong
        }
    }
}
