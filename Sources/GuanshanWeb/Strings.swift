import Foundation

/// The interface languages: Simplified Chinese by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case zhHans = "zh-CN"
    case en

    var strings: Strings {
        switch self {
        case .zhHans: .chinese
        case .en: .english
        }
    }

    /// The same words as templates read them.
    var table: StringTable {
        switch self {
        case .zhHans: Self.chineseTable
        case .en: Self.englishTable
        }
    }

    private static let chineseTable = StringTable(Strings.chinese)
    private static let englishTable = StringTable(Strings.english)
}

/// Every word of the interface, one table per language; templates read them as `{{t.name}}`.
/// A class, so that reading one word of it (`context.strings.listMeta(…)`) copies a reference and not
/// each of its words: a struct of this size was copied whole, a retain and a release of every field,
/// at each word a page read.
final class Strings: Sendable {
    let htmlLang: String
    let home: String
    let categories: String
    let newest: String
    let mostRead: String
    let shared: String
    let time: String
    let addFavorite: String
    let previousPage: String
    let nextPage: String
    let wholeDocument: String
    let pagedReading: String
    let contents: String
    let views: String
    let tags: String
    let download: String
    let downloadLabels: [String: String]
    let emptyLibrary: String
    let notFoundTitle: String
    let notFoundText: String
    let errorTitle: String
    let errorText: String
    let badRequestTitle: String
    let badRequestText: String
    let unavailableTitle: String
    let unavailableText: String
    /// A write refused because the disk is full.
    let diskFullText: String
    let backHome: String
    let documentsInCategory: String
    let documentsTagged: String
    let pagesLabel: String
    let switchLanguage: String
    let switchLanguageCode: String
    let footer: String
    let search: String
    let searchPlaceholder: String
    let allCategories: String
    let searchEmptyHint: String
    let searchTips: String
    let searchTooLong: String
    let account: AccountStrings
    let admin: AdminStrings
    let security: SecurityLogStrings
    let sharing: SharingStrings
    let community: CommunityStrings
    let style: ReadingStyleStrings
    let searching: SearchStrings
    /// Under the QR code of the page's address (the reference's `微信扫码分享`).
    let shareCaption: String
    let shareImageAlt: String
    /// The promo widget's heading (the reference's `领取福利`).
    let promoTitle: String
    /// What an admin sees where the share code goes while the site address is not set.
    let shareHint: String
    let shareHintLink: String
    /// The heading of the documents close in content, at the end of a document.
    let related: String

    /// `共计{count}个字,预计阅读时长{minutes}分钟`, the line the reference page shows.
    let countLine: @Sendable (Int, Int) -> String
    /// The link to a document's original: its format and size (`PDF`, `1.2 MB`).
    let originalFile: @Sendable (String, String) -> String
    let recognizedByOCR: String
    let preview: String
    let previewPageAlt: @Sendable (Int) -> String
    let previewMore: @Sendable (Int, Int) -> String
    let previewBack: String
    let sourcePage: @Sendable (Int) -> String
    /// The page marker after a title: `(第2/4页)`.
    let pageMarker: @Sendable (Int, Int) -> String
    let pageLabel: @Sendable (Int) -> String
    let documentCount: @Sendable (Int) -> String
    let viewCount: @Sendable (Int) -> String
    let listMeta: @Sendable (Int, Int) -> String
    /// A day as the language writes it, in the site's time zone.
    let date: @Sendable (DateParts) -> String
    let dateTime: @Sendable (DateParts) -> String
    let searchTitle: @Sendable (String) -> String
    let searchCount: @Sendable (Int) -> String
    let searchNoResults: @Sendable (String) -> String
    let matchOnPage: @Sendable (Int) -> String

    init(
        htmlLang: String,
        home: String,
        categories: String,
        newest: String,
        mostRead: String,
        shared: String,
        time: String,
        addFavorite: String,
        previousPage: String,
        nextPage: String,
        wholeDocument: String,
        pagedReading: String,
        contents: String,
        views: String,
        tags: String,
        download: String,
        downloadLabels: [String: String],
        emptyLibrary: String,
        notFoundTitle: String,
        notFoundText: String,
        errorTitle: String,
        errorText: String,
        badRequestTitle: String,
        badRequestText: String,
        unavailableTitle: String,
        unavailableText: String,
        diskFullText: String,
        backHome: String,
        documentsInCategory: String,
        documentsTagged: String,
        pagesLabel: String,
        switchLanguage: String,
        switchLanguageCode: String,
        footer: String,
        search: String,
        searchPlaceholder: String,
        allCategories: String,
        searchEmptyHint: String,
        searchTips: String,
        searchTooLong: String,
        account: AccountStrings,
        admin: AdminStrings,
        security: SecurityLogStrings,
        sharing: SharingStrings,
        community: CommunityStrings,
        style: ReadingStyleStrings,
        searching: SearchStrings,
        shareCaption: String,
        shareImageAlt: String,
        promoTitle: String,
        shareHint: String,
        shareHintLink: String,
        related: String,
        countLine: @escaping @Sendable (Int, Int) -> String,
        originalFile: @escaping @Sendable (String, String) -> String,
        recognizedByOCR: String,
        preview: String,
        previewPageAlt: @escaping @Sendable (Int) -> String,
        previewMore: @escaping @Sendable (Int, Int) -> String,
        previewBack: String,
        sourcePage: @escaping @Sendable (Int) -> String,
        pageMarker: @escaping @Sendable (Int, Int) -> String,
        pageLabel: @escaping @Sendable (Int) -> String,
        documentCount: @escaping @Sendable (Int) -> String,
        viewCount: @escaping @Sendable (Int) -> String,
        listMeta: @escaping @Sendable (Int, Int) -> String,
        date: @escaping @Sendable (DateParts) -> String,
        dateTime: @escaping @Sendable (DateParts) -> String,
        searchTitle: @escaping @Sendable (String) -> String,
        searchCount: @escaping @Sendable (Int) -> String,
        searchNoResults: @escaping @Sendable (String) -> String,
        matchOnPage: @escaping @Sendable (Int) -> String
    ) {
        self.htmlLang = htmlLang
        self.home = home
        self.categories = categories
        self.newest = newest
        self.mostRead = mostRead
        self.shared = shared
        self.time = time
        self.addFavorite = addFavorite
        self.previousPage = previousPage
        self.nextPage = nextPage
        self.wholeDocument = wholeDocument
        self.pagedReading = pagedReading
        self.contents = contents
        self.views = views
        self.tags = tags
        self.download = download
        self.downloadLabels = downloadLabels
        self.emptyLibrary = emptyLibrary
        self.notFoundTitle = notFoundTitle
        self.notFoundText = notFoundText
        self.errorTitle = errorTitle
        self.errorText = errorText
        self.badRequestTitle = badRequestTitle
        self.badRequestText = badRequestText
        self.unavailableTitle = unavailableTitle
        self.unavailableText = unavailableText
        self.diskFullText = diskFullText
        self.backHome = backHome
        self.documentsInCategory = documentsInCategory
        self.documentsTagged = documentsTagged
        self.pagesLabel = pagesLabel
        self.switchLanguage = switchLanguage
        self.switchLanguageCode = switchLanguageCode
        self.footer = footer
        self.search = search
        self.searchPlaceholder = searchPlaceholder
        self.allCategories = allCategories
        self.searchEmptyHint = searchEmptyHint
        self.searchTips = searchTips
        self.searchTooLong = searchTooLong
        self.account = account
        self.admin = admin
        self.security = security
        self.sharing = sharing
        self.community = community
        self.style = style
        self.searching = searching
        self.shareCaption = shareCaption
        self.shareImageAlt = shareImageAlt
        self.promoTitle = promoTitle
        self.shareHint = shareHint
        self.shareHintLink = shareHintLink
        self.related = related
        self.countLine = countLine
        self.originalFile = originalFile
        self.recognizedByOCR = recognizedByOCR
        self.preview = preview
        self.previewPageAlt = previewPageAlt
        self.previewMore = previewMore
        self.previewBack = previewBack
        self.sourcePage = sourcePage
        self.pageMarker = pageMarker
        self.pageLabel = pageLabel
        self.documentCount = documentCount
        self.viewCount = viewCount
        self.listMeta = listMeta
        self.date = date
        self.dateTime = dateTime
        self.searchTitle = searchTitle
        self.searchCount = searchCount
        self.searchNoResults = searchNoResults
        self.matchOnPage = matchOnPage
    }

    static let chinese = Strings(
        htmlLang: "zh-CN", home: "首页", categories: "分类", newest: "最新文档", mostRead: "最多阅读",
        shared: "分享", time: "时间:", addFavorite: "加入收藏",
        previousPage: "上一页", nextPage: "下一页", wholeDocument: "全文阅读", pagedReading: "分页阅读",
        contents: "目录", views: "阅读", tags: "标签",
        download: "下载", downloadLabels: ["docx": "Word 文档", "epub": "EPUB 电子书", "txt": "纯文本", "md": "Markdown"], emptyLibrary: "文库里还没有文档。",
        notFoundTitle: "页面不存在", notFoundText: "您要找的文档或页面不存在，可能已被删除或地址有误。",
        errorTitle: "出错了", errorText: "服务器暂时无法完成这个请求，请稍后再试。",
        badRequestTitle: "地址有误", badRequestText: "地址中的参数不正确（例如页码应为从 1 开始的整数），请检查后重试。",
        unavailableTitle: "暂时无法访问", unavailableText: "数据库暂时连接不上，网站会自动重连，请几秒钟后刷新本页。已经保存的内容不会丢失。",
        diskFullText: "服务器磁盘空间已满，这次的修改没有保存；之前保存的内容不受影响。请管理员释放磁盘空间后再试。", backHome: "返回首页",
        documentsInCategory: "分类", documentsTagged: "标签", pagesLabel: "分页",
        switchLanguage: "English", switchLanguageCode: "en", footer: "观山文库 · 长文阅读",
        search: "搜索", searchPlaceholder: "搜索文档中的字词", allCategories: "全部分类",
        searchEmptyHint: "请输入要查找的字词，例如：政协、环境变量、Linux 内核。",
        searchTips: "搜索技巧：多个词用空格隔开，结果须包含每一个词；用英文引号把短语括起来（如 \"open source\"）按整句查找；在词前加减号（如 -草稿）排除含该词的文档；一个汉字也可以搜索。",
        searchTooLong: "搜索内容太长了：最多 2000 个字符、32 个词，请缩短后再试。",
        account: .chinese, admin: .chinese, security: .chinese, sharing: .chinese, community: .chinese, style: .chinese, searching: .chinese,
        shareCaption: "微信扫码分享", shareImageAlt: "本页网址的二维码", promoTitle: "领取福利",
        shareHint: "填写站点网址后，这里会显示本页的分享二维码（只有管理员看得到这条提示）。", shareHintLink: "去设置站点网址", related: "相关文档",
        countLine: { "共计\($0)个字,预计阅读时长\($1)分钟" },
        originalFile: { "下载原文件（\($0)，\($1)）" },
        recognizedByOCR: "本文文字由 OCR 从扫描件识别，可能有个别错字，请以原文件为准。",
        preview: "原版预览", previewPageAlt: { "原文件第\($0)页" }, previewMore: { "仅预览前\($0)页，原文件共\($1)页。" },
        previewBack: "返回文字版", sourcePage: { "原版第\($0)页" },
        pageMarker: { "(第\($0)/\($1)页)" },
        pageLabel: { "第\($0)页" },
        documentCount: { "共\($0)篇" },
        viewCount: { "\($0)次阅读" },
        listMeta: { "\($0)字 · 约\($1)分钟" },
        date: { "\($0.year)-\($0.twoDigits(\.month))-\($0.twoDigits(\.day))" },
        dateTime: { "\($0.year)-\($0.twoDigits(\.month))-\($0.twoDigits(\.day)) \($0.twoDigits(\.hour)):\($0.twoDigits(\.minute))" },
        searchTitle: { "“\($0)”的搜索结果" },
        searchCount: { "找到 \($0) 篇相关文档" },
        searchNoResults: { "没有找到与“\($0)”相关的文档。可以检查错别字，换一个更短或更常用的词，减少词语的数量，或去掉引号和减号再试。" },
        matchOnPage: { "匹配位于第\($0)页" })

    static let english = Strings(
        htmlLang: "en", home: "Home", categories: "Categories", newest: "Newest", mostRead: "Most read",
        shared: "shared", time: "Time:", addFavorite: "Add to favorites",
        previousPage: "Previous", nextPage: "Next", wholeDocument: "Whole document", pagedReading: "Read by page",
        contents: "Contents", views: "Views", tags: "Tags",
        download: "Download", downloadLabels: ["docx": "Word", "epub": "EPUB", "txt": "Plain text", "md": "Markdown"], emptyLibrary: "The library has no documents yet.",
        notFoundTitle: "Page not found", notFoundText: "The document or page you are looking for does not exist.",
        errorTitle: "Something went wrong", errorText: "The server could not complete this request. Please try again later.",
        badRequestTitle: "Bad address", badRequestText: "A value in the address is not valid (a page number is a whole number from 1). Please check it and try again.",
        unavailableTitle: "Temporarily unavailable", unavailableText: "The database cannot be reached for now and the site is reconnecting by itself. Please reload this page in a few seconds; nothing already saved is lost.",
        diskFullText: "Insufficient storage: the server's disk is full, so this change was not saved; nothing saved before is affected. Try again once the administrator has freed some disk space.",
        backHome: "Back to the home page", documentsInCategory: "Category", documentsTagged: "Tag", pagesLabel: "Pages",
        switchLanguage: "中文", switchLanguageCode: "zh-CN", footer: "Guanshan · a library for long documents",
        search: "Search", searchPlaceholder: "Search the documents", allCategories: "All categories",
        searchEmptyHint: "Type the words to look for, for example 政协, 环境变量 or Linux.",
        searchTips: "Tips: separate words with spaces to find documents holding all of them; put a phrase in quotes (\"open source\") to find it as written; put a minus before a word (-draft) to leave out documents that hold it; a single Chinese character is a valid search.",
        searchTooLong: "The search is too long: at most 2,000 characters and 32 words. Please shorten it.",
        account: .english, admin: .english, security: .english, sharing: .english, community: .english, style: .english, searching: .english,
        shareCaption: "Scan to share", shareImageAlt: "QR code of this page's address", promoTitle: "Offer",
        shareHint: "Once the site address is set, the QR code of this page's address appears here (only admins see this note).",
        shareHintLink: "Set the site address", related: "Related documents",
        countLine: { "\($0) characters, about \($1) min to read" },
        originalFile: { "Original file (\($0), \($1))" },
        recognizedByOCR: "This text was recognized by OCR from a scan and may hold misread characters; the original file is authoritative.",
        preview: "Page preview", previewPageAlt: { "Page \($0) of the original" }, previewMore: { "The first \($0) of \($1) pages are shown." },
        previewBack: "Back to the text", sourcePage: { "Original page \($0)" },
        pageMarker: { " (page \($0) of \($1))" },
        pageLabel: { "Page \($0)" },
        documentCount: { "\($0) documents" },
        viewCount: { "\($0) views" },
        listMeta: { "\($0) characters · \($1) min" },
        date: { "\(DateParts.englishMonths[$0.month - 1]) \($0.day), \($0.year)" },
        dateTime: { "\(DateParts.englishMonths[$0.month - 1]) \($0.day), \($0.year) \($0.twoDigits(\.hour)):\($0.twoDigits(\.minute))" },
        searchTitle: { "Results for “\($0)”" },
        searchCount: { $0 == 1 ? "1 document found" : "\($0) documents found" },
        searchNoResults: { "No document matches “\($0)”. Check the spelling, try a shorter or more common word, use fewer words, or drop quotes and minus signs." },
        matchOnPage: { "match on page \($0)" })
}

/// The calendar fields of a moment in the site's time zone.
struct DateParts: Sendable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int

    init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        year = c.year ?? 1970
        month = c.month ?? 1
        day = c.day ?? 1
        hour = c.hour ?? 0
        minute = c.minute ?? 0
    }

    func twoDigits(_ field: KeyPath<DateParts, Int>) -> String {
        let value = self[keyPath: field]
        return value < 10 ? "0\(value)" : "\(value)"
    }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
