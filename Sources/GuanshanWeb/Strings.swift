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
}

/// Every word of the interface, one table per language; templates read them as `{{t.name}}`.
struct Strings: Sendable {
    var htmlLang: String
    var home: String
    var categories: String
    var newest: String
    var mostRead: String
    var shared: String
    var time: String
    var addFavorite: String
    var favoriteHint: String
    var previousPage: String
    var nextPage: String
    var wholeDocument: String
    var pagedReading: String
    var contents: String
    var views: String
    var tags: String
    var emptyLibrary: String
    var notFoundTitle: String
    var notFoundText: String
    var errorTitle: String
    var errorText: String
    var backHome: String
    var documentsInCategory: String
    var documentsTagged: String
    var pagesLabel: String
    var switchLanguage: String
    var switchLanguageCode: String
    var footer: String

    /// `共计{count}个字,预计阅读时长{minutes}分钟`, the line the reference page shows.
    var countLine: @Sendable (Int, Int) -> String
    /// The page marker after a title: `(第2/4页)`.
    var pageMarker: @Sendable (Int, Int) -> String
    var pageLabel: @Sendable (Int) -> String
    var documentCount: @Sendable (Int) -> String
    var viewCount: @Sendable (Int) -> String
    var listMeta: @Sendable (Int, Int) -> String
    /// A day as the language writes it, in the site's time zone.
    var date: @Sendable (DateParts) -> String
    var dateTime: @Sendable (DateParts) -> String

    static let chinese = Strings(
        htmlLang: "zh-CN", home: "首页", categories: "分类", newest: "最新文档", mostRead: "最多阅读",
        shared: "分享", time: "时间:", addFavorite: "加入收藏",
        favoriteHint: "按 Ctrl+D(Mac 上按 ⌘+D)即可把本页加入浏览器收藏夹。",
        previousPage: "上一页", nextPage: "下一页", wholeDocument: "全文阅读", pagedReading: "分页阅读",
        contents: "目录", views: "阅读", tags: "标签", emptyLibrary: "文库里还没有文档。",
        notFoundTitle: "页面不存在", notFoundText: "您要找的文档或页面不存在,可能已被删除或地址有误。",
        errorTitle: "出错了", errorText: "服务器暂时无法完成这个请求,请稍后再试。", backHome: "返回首页",
        documentsInCategory: "分类", documentsTagged: "标签", pagesLabel: "分页",
        switchLanguage: "English", switchLanguageCode: "en", footer: "观山文库 · 长文阅读",
        countLine: { "共计\($0)个字,预计阅读时长\($1)分钟" },
        pageMarker: { "(第\($0)/\($1)页)" },
        pageLabel: { "第\($0)页" },
        documentCount: { "共\($0)篇" },
        viewCount: { "\($0)次阅读" },
        listMeta: { "\($0)字 · 约\($1)分钟" },
        date: { "\($0.year)-\($0.twoDigits(\.month))-\($0.twoDigits(\.day))" },
        dateTime: { "\($0.year)-\($0.twoDigits(\.month))-\($0.twoDigits(\.day)) \($0.twoDigits(\.hour)):\($0.twoDigits(\.minute))" })

    static let english = Strings(
        htmlLang: "en", home: "Home", categories: "Categories", newest: "Newest", mostRead: "Most read",
        shared: "shared", time: "Time:", addFavorite: "Add to favorites",
        favoriteHint: "Press Ctrl+D (⌘+D on a Mac) to bookmark this page in your browser.",
        previousPage: "Previous", nextPage: "Next", wholeDocument: "Whole document", pagedReading: "Read by page",
        contents: "Contents", views: "Views", tags: "Tags", emptyLibrary: "The library has no documents yet.",
        notFoundTitle: "Page not found", notFoundText: "The document or page you are looking for does not exist.",
        errorTitle: "Something went wrong", errorText: "The server could not complete this request. Please try again later.",
        backHome: "Back to the home page", documentsInCategory: "Category", documentsTagged: "Tag", pagesLabel: "Pages",
        switchLanguage: "中文", switchLanguageCode: "zh-CN", footer: "Guanshan · a library for long documents",
        countLine: { "\($0) characters, about \($1) min to read" },
        pageMarker: { " (page \($0) of \($1))" },
        pageLabel: { "Page \($0)" },
        documentCount: { "\($0) documents" },
        viewCount: { "\($0) views" },
        listMeta: { "\($0) characters · \($1) min" },
        date: { "\(DateParts.englishMonths[$0.month - 1]) \($0.day), \($0.year)" },
        dateTime: { "\(DateParts.englishMonths[$0.month - 1]) \($0.day), \($0.year) \($0.twoDigits(\.hour)):\($0.twoDigits(\.minute))" })
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
