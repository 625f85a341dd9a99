import GuanshanModel
import GuanshanLibrary

/// The words of the admin, read by templates as `{{layout.t.admin.name}}`.
struct AdminStrings: Sendable {
    var isEnglish: Bool
    var dashboard: String
    var documents: String
    var categories: String
    var tags: String
    var users: String
    var settings: String
    var newDocument: String
    var editDocument: String
    var allStates: String
    var stateNames: [String: String]
    var searchTitles: String
    var filter: String
    var title: String
    var body: String
    var bodyFormat: String
    var formatNames: [String: String]
    var category: String
    var tagsHint: String
    var status: String
    var preview: String
    var save: String
    var view: String
    var edit: String
    var trash: String
    var restore: String
    var deleteForever: String
    var updated: String
    var noDocuments: String
    var uploadTitle: String
    var uploadHint: String
    var upload: String
    var importResult: String
    var importedDocuments: String
    var skippedDocuments: String
    var nearDuplicates: String
    var nearDuplicate: String
    var closeTo: String
    var nearDuplicateMarked: String
    var nearDuplicateSkipped: String
    var skipNearDuplicates: String
    var nearDuplicateHint: String
    var originalDownloads: String
    var originalDownloadChoices: [String: String]
    var originalDownloadHint: String
    var previewPages: String
    var previewPagesHint: String
    var failedFiles: String
    var saved: String
    var trashed: String
    var restored: String
    var deleted: String
    var name: String
    var slug: String
    var slugHint: String
    var add: String
    var rename: String
    var delete: String
    var newName: String
    var documentCountHeader: String
    var role: String
    var disabled: String
    var disable: String
    var enable: String
    var you: String
    var change: String
    var siteName: String
    var slogan: String
    var tagline: String
    var publicURL: String
    var publicURLHint: String
    var pageBudget: String
    var pageBudgetHint: String
    var readingSpeed: String
    var readingSpeedHint: String
    var registration: String
    var registrationOpen: String
    var footer: String
    var promo: String
    var promoCaption: String
    var promoImage: String
    var promoImageHint: String
    var promoTarget: String
    var promoTargetHint: String
    var settingsSaved: String
    var totalDocuments: String
    var totalCharacters: String
    var totalViews: String
    var viewsPerDay: String
    var mostRead: String
    var recentImports: String
    var noImports: String
    var noViews: String
    var origins: [String: String]
    var emptyTitle: String
    var titleTooLong: String
    var emptyBody: String
    var bodyTooLarge: String
    var invalidCategory: String
    var categoryTaken: String
    var invalidTag: String
    var ownAccount: String
    var lastAdmin: String
    var userNotFound: String
    var invalidSetting: String
    var noFile: String
    var fileTooLarge: String

    var duplicate: @Sendable (Int64) -> String
    var previewStats: @Sendable (Int, Int, Int) -> String
    var importSummary: @Sendable (Int, Int, Int) -> String
    var layingOut: @Sendable (Int, Int, Int) -> String
    var layoutFailed: @Sendable (String) -> String
    var chartLabel: @Sendable (String, Int) -> String
    var count: @Sendable (Int) -> String
    var furniture: FurnitureStrings
    var words: WordListStrings

    static let chinese = AdminStrings(
        isEnglish: false, dashboard: "仪表盘", documents: "文档", categories: "分类", tags: "标签", users: "用户", settings: "设置",
        newDocument: "新建文档", editDocument: "编辑文档", allStates: "全部",
        stateNames: ["draft": "草稿", "published": "已发布", "trashed": "回收站"],
        searchTitles: "按标题查找", filter: "筛选", title: "标题", body: "正文", bodyFormat: "正文格式",
        formatNames: ["text": "纯文本（每行一段）", "markdown": "Markdown"], category: "分类",
        tagsHint: "多个标签用逗号或顿号分隔", status: "状态", preview: "预览", save: "保存", view: "查看", edit: "编辑",
        trash: "移到回收站", restore: "恢复", deleteForever: "永久删除", updated: "更新于", noDocuments: "没有符合条件的文档。",
        uploadTitle: "上传文件", uploadHint: "可上传 .txt、.md、.html、Word（.docx、.doc）、WPS、RTF、ODT、PDF（有文字层的）、电子书（.epub）、演示文稿（.pptx、.ppt、.odp）、电子表格（.xlsx、.xls、.ods）、.jsonl 或 WordPress 导出文件（.xml/.wxr），最大 20 MB；文本编码自动识别（UTF-8、UTF-16、GB18030）。",
        upload: "上传并导入", importResult: "导入结果", importedDocuments: "已导入", skippedDocuments: "已跳过（文库中已有相同文档）",
        nearDuplicates: "近似重复", nearDuplicate: "近似重复", closeTo: "与此近似：", nearDuplicateMarked: "已导入并标记", nearDuplicateSkipped: "已跳过",
        skipNearDuplicates: "导入时跳过近似重复的文档",
        nearDuplicateHint: "与文库中已有文档内容相近（如只改了少数字句）的文档，默认照常导入并标记为“近似重复”；勾选后不再导入。完全相同的文档总是跳过。",
        originalDownloads: "下载原文件", originalDownloadChoices: ["everyone": "所有访客", "readers": "仅登录读者", "nobody": "不提供"],
        originalDownloadHint: "导入的 PDF、Word、WPS、PPT、Excel、EPUB 等文件原样保存，阅读页可提供“下载原文件”。原文件多为他人作品，请按授权选择。",
        previewPages: "原版预览页数", previewPagesHint: "阅读页“原版预览”以图片显示原文件的前几页（PDF 及 Office 文件），填 0 不提供预览。",
        failedFiles: "未能导入", saved: "已保存。", trashed: "已移到回收站。", restored: "已恢复。", deleted: "已永久删除。",
        name: "名称", slug: "网址别名", slugHint: "出现在分类网址 /c/别名 中；留空则由名称生成。", add: "添加", rename: "改名",
        delete: "删除", newName: "新名称", documentCountHeader: "文档数", role: "角色", disabled: "已停用", disable: "停用",
        enable: "启用", you: "（您）", change: "修改",
        siteName: "站点名称", slogan: "标语", tagline: "副标语", publicURL: "站点网址",
        publicURLHint: "读者访问本站的地址，如 https://wenku.example.cn；用于分享链接、二维码和安全 Cookie。",
        pageBudget: "每页字数", pageBudgetHint: "长文按此字数分页（500～20000）；修改后所有文档重新分页。",
        readingSpeed: "阅读速度", readingSpeedHint: "每分钟阅读的字数（100～2000），用于估算阅读时长。",
        registration: "注册", registrationOpen: "允许访客注册读者账号", footer: "页脚文字", promo: "推广组件",
        promoCaption: "说明文字", promoImage: "图片地址", promoImageHint: "以 / 开头的本站路径或 https 地址；留空则显示二维码。",
        promoTarget: "二维码内容", promoTargetHint: "扫码后打开的网址或显示的文字。", settingsSaved: "设置已保存。",
        totalDocuments: "文档", totalCharacters: "总字数", totalViews: "总阅读", viewsPerDay: "最近 30 天每日阅读",
        mostRead: "最多阅读", recentImports: "最近导入", noImports: "还没有导入记录。", noViews: "还没有阅读记录。",
        origins: ["cli": "命令行", "admin": "后台上传"],
        emptyTitle: "请填写标题。", titleTooLong: "标题最多 200 个字符。", emptyBody: "正文不能为空。", bodyTooLarge: "正文太长（最多 8 MB）。",
        invalidCategory: "分类名称须为 1～40 个字符，别名不能含有 / ? # % \\ 或空格。", categoryTaken: "已有同名或同别名的分类。",
        invalidTag: "标签须为 1～40 个字符，不能含逗号、顿号或斜杠。", ownAccount: "不能修改自己的角色或停用自己。",
        lastAdmin: "本站至少需要一位启用的管理员。", userNotFound: "没有这个用户。", invalidSetting: "请检查标出的设置项。",
        noFile: "请选择要上传的文件。", fileTooLarge: "文件太大：最大 20 MB。",
        duplicate: { "文库中已有标题和正文都相同的文档（编号 \($0)）。" },
        previewStats: { "共计\($0)个字,预计阅读时长\($1)分钟 · 分为 \($2) 页" },
        importSummary: { "导入 \($0) 篇，跳过 \($1) 篇，失败 \($2) 个。" },
        layingOut: { "正在按每页 \($0) 字、每分钟 \($1) 字重新分页，已完成 \($2) 篇；完成前，部分文档仍按原设置分页。" },
        layoutFailed: { "上一批出错（稍后自动重试）：\($0)" },
        chartLabel: { "\($0)：\($1) 次阅读" },
        count: { "\($0)" }, furniture: .chinese, words: .chinese)

    static let english = AdminStrings(
        isEnglish: true, dashboard: "Dashboard", documents: "Documents", categories: "Categories", tags: "Tags", users: "Users", settings: "Settings",
        newDocument: "New document", editDocument: "Edit document", allStates: "All",
        stateNames: ["draft": "Draft", "published": "Published", "trashed": "Trash"],
        searchTitles: "Find by title", filter: "Filter", title: "Title", body: "Body", bodyFormat: "Body format",
        formatNames: ["text": "Plain text (a paragraph a line)", "markdown": "Markdown"], category: "Category",
        tagsHint: "Separate tags with commas", status: "Status", preview: "Preview", save: "Save", view: "View", edit: "Edit",
        trash: "Move to trash", restore: "Restore", deleteForever: "Delete for good", updated: "updated", noDocuments: "No documents match.",
        uploadTitle: "Upload a file", uploadHint: "A .txt, .md, .html, Word (.docx, .doc), WPS, RTF, ODT, PDF (with a text layer), EPUB, presentation (.pptx, .ppt, .odp), spreadsheet (.xlsx, .xls, .ods), .jsonl or WordPress export (.xml/.wxr) file up to 20 MB; the text encoding (UTF-8, UTF-16, GB18030) is detected.",
        upload: "Upload and import", importResult: "Import result", importedDocuments: "Imported",
        skippedDocuments: "Skipped (already in the library)",
        nearDuplicates: "Near-duplicates", nearDuplicate: "near-duplicate", closeTo: "close to ", nearDuplicateMarked: "imported with a mark",
        nearDuplicateSkipped: "skipped", skipNearDuplicates: "Skip near-duplicates when importing",
        nearDuplicateHint: "A document whose text is close to one in the library (a few sentences changed) is imported and marked as a near-duplicate unless this is ticked. Exact copies are always skipped.",
        originalDownloads: "Original files", originalDownloadChoices: ["everyone": "Everyone", "readers": "Signed-in readers", "nobody": "Nobody"],
        originalDownloadHint: "Imported PDF, Word, WPS, PowerPoint, Excel and EPUB files are kept as they came, and the reading page can offer them for download. Choose by what their authors allow.",
        previewPages: "Pages previewed", previewPagesHint: "The reading page's page preview shows this many of the original's first pages as images (PDF and office files); 0 for none.", failedFiles: "Not imported", saved: "Saved.", trashed: "Moved to the trash.",
        restored: "Restored.", deleted: "Deleted for good.", name: "Name", slug: "Slug",
        slugHint: "Part of the category's address /c/slug; made from the name when empty.", add: "Add", rename: "Rename",
        delete: "Delete", newName: "New name", documentCountHeader: "Documents", role: "Role", disabled: "disabled", disable: "Disable",
        enable: "Enable", you: " (you)", change: "Change",
        siteName: "Site name", slogan: "Slogan", tagline: "Tagline", publicURL: "Site address",
        publicURLHint: "The address readers use, such as https://wenku.example.cn; for share links, QR codes and secure cookies.",
        pageBudget: "Characters a page", pageBudgetHint: "Long documents are cut into pages of about this many characters (500 to 20,000); every document is paged again.",
        readingSpeed: "Reading speed", readingSpeedHint: "Characters read a minute (100 to 2,000), for reading times.",
        registration: "Registration", registrationOpen: "Visitors may create reader accounts", footer: "Footer text", promo: "Promo widget",
        promoCaption: "Caption", promoImage: "Image address", promoImageHint: "A path on this site starting with / or an https address; empty shows a QR code.",
        promoTarget: "QR code content", promoTargetHint: "The address or text the QR code holds.", settingsSaved: "Settings saved.",
        totalDocuments: "Documents", totalCharacters: "Characters", totalViews: "Views", viewsPerDay: "Views a day, last 30 days",
        mostRead: "Most read", recentImports: "Recent imports", noImports: "No imports yet.", noViews: "Nothing read yet.",
        origins: ["cli": "command line", "admin": "upload"],
        emptyTitle: "Please give a title.", titleTooLong: "A title has at most 200 characters.", emptyBody: "The body is empty.",
        bodyTooLarge: "The body is too long (at most 8 MB).",
        invalidCategory: "A category name has 1 to 40 characters; a slug has no / ? # % \\ or spaces.",
        categoryTaken: "A category with this name or slug exists.",
        invalidTag: "A tag has 1 to 40 characters and no commas or slashes.", ownAccount: "You cannot change your own role or disable yourself.",
        lastAdmin: "The site needs at least one active admin.", userNotFound: "No such user.", invalidSetting: "Please check the marked setting.",
        noFile: "Please choose a file to upload.", fileTooLarge: "The file is too large: at most 20 MB.",
        duplicate: { "A document with the same title and text exists (id \($0))." },
        previewStats: { "\($0) characters, about \($1) min to read · \($2) pages" },
        importSummary: { "Imported \($0), skipped \($1), failed \($2)." },
        layingOut: { "Paging every document again at \($0) characters a page and \($1) a minute: \($2) done; until it ends, some documents keep their old pages." },
        layoutFailed: { "The last batch failed (tried again shortly): \($0)" },
        chartLabel: { "\($0): \($1) views" },
        count: { "\($0)" }, furniture: .english, words: .english)
}

extension AdminStrings {
    func message(for error: EditorialError) -> String {
        switch error {
        case .emptyTitle: emptyTitle
        case .titleTooLong: titleTooLong
        case .emptyBody: emptyBody
        case .bodyTooLarge: bodyTooLarge
        case .format(let problem): problem.message(english: isEnglish)
        case .duplicate(let id): duplicate(id)
        case .invalidCategory: invalidCategory
        case .categoryTaken: categoryTaken
        case .invalidTag: invalidTag
        case .ownAccount: ownAccount
        case .lastAdmin: lastAdmin
        case .userNotFound: userNotFound
        case .invalidSetting: invalidSetting
        case .underReview:
            isEnglish ? "A reader shared this document: publish it or take it back on its review page (审核)." : "这是读者分享的文档，请在审核页面通过或下架，保存时请保持原来的状态。"
        }
    }
}
