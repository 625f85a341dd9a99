/// The words of the reading style form (`ReadingStyle`), and of the link that skips to a page's text.
struct ReadingStyleStrings: Sendable {
    var skipToContent: String
    var title: String
    var size: String
    var spacing: String
    var theme: String
    var print: String
    var apply: String
    /// Each choice's label, by its value.
    var labels: [String: String]

    static let chinese = ReadingStyleStrings(
        skipToContent: "跳到正文", title: "阅读设置", size: "字号", spacing: "行距", theme: "配色", print: "打印", apply: "应用",
        labels: [
            "small": "小", "medium": "中", "large": "大", "tight": "紧凑", "normal": "适中", "loose": "宽松",
            "auto": "跟随系统", "light": "浅色", "dark": "深色", "sepia": "护眼", "plain": "普通", "gongwen": "公文格式（A4、仿宋、页码）",
        ])

    static let english = ReadingStyleStrings(
        skipToContent: "Skip to the content", title: "Reading settings", size: "Text size", spacing: "Line spacing", theme: "Colours", print: "Printing", apply: "Apply",
        labels: [
            "small": "Small", "medium": "Medium", "large": "Large", "tight": "Tight", "normal": "Normal", "loose": "Loose",
            "auto": "As the system", "light": "Light", "dark": "Dark", "sepia": "Sepia", "plain": "Plain",
            "gongwen": "Official document (A4, FangSong, page numbers)",
        ])
}
