/// The words of the page furniture: the admin's settings for footer links, record numbers, adverts and
/// analytics, and what readers see of them.
struct FurnitureStrings: Sendable {
    var footerSection: String
    var friendLinks: String
    var friendLinksHint: String
    var icpRecord: String
    var icpRecordHint: String
    var policeRecord: String
    var policeRecordHint: String
    var advertSection: String
    var advertHint: String
    var advertSlots: [String: String]
    var analyticsSection: String
    var analyticsServices: [String: String]
    var analyticsID: String
    var analyticsIDHint: String
    var analyticsHost: String
    var analyticsHostHint: String
    /// What readers see.
    var friendLinksLabel: String
    var advertLabel: String

    static let chinese = FurnitureStrings(
        footerSection: "页脚", friendLinks: "友情链接",
        friendLinksHint: "每行一个：名称、空格、网址（http 或 https），最多 30 个，显示在页脚。",
        icpRecord: "ICP 备案号", icpRecordHint: "如 京ICP备12345678号-1，显示在页脚并链接到工信部备案查询。",
        policeRecord: "公安备案号", policeRecordHint: "如 京公网安备11010502000001号（含 14 位编号），链接到公安备案查询。",
        advertSection: "广告位",
        advertHint: "填“图片地址 链接地址”（图片为以 / 开头的本站路径或 https 地址），或一段 HTML（只保留文字、强调和链接，不执行任何脚本）；留空则不显示。页面上标为“广告”。",
        advertSlots: ["top": "顶部横幅（每页）", "title": "标题下方（阅读页）", "body": "正文之后（阅读页）", "list": "列表旁（首页、分类、标签）"],
        analyticsSection: "访问统计",
        analyticsServices: ["none": "不使用", "baidu": "百度统计", "google": "Google Analytics", "umami": "Umami", "plausible": "Plausible"],
        analyticsID: "站点编号",
        analyticsIDHint: "百度统计：hm.js? 后的 32 位代码；Google：衡量 ID（G- 开头）；Umami：网站 ID；Plausible：站点域名。",
        analyticsHost: "自建服务地址",
        analyticsHostHint: "自建的 Umami 或 Plausible 的地址（https，只写域名），留空则用其官方云服务。只有所选服务的脚本会运行。",
        friendLinksLabel: "友情链接", advertLabel: "广告")

    static let english = FurnitureStrings(
        footerSection: "Footer", friendLinks: "Friend links",
        friendLinksHint: "One a line: a name, a space, an http or https address; at most 30, shown in the footer.",
        icpRecord: "ICP record number", icpRecordHint: "Such as 京ICP备12345678号-1; shown in the footer, linked to the MIIT's registry.",
        policeRecord: "Public security record number", policeRecordHint: "Such as 京公网安备11010502000001号 (with its 14-digit code), linked to the police registry.",
        advertSection: "Adverts",
        advertHint: "An image's address and a link, separated by a space (the image a path on this site starting with / or an https address), or HTML (kept as text with emphasis and links; no script runs); empty for none. Pages label it as an advert.",
        advertSlots: ["top": "Top banner (every page)", "title": "Under the title (reading page)", "body": "After the text (reading page)", "list": "Beside the lists (home, categories, tags)"],
        analyticsSection: "Analytics",
        analyticsServices: ["none": "None", "baidu": "Baidu Tongji", "google": "Google Analytics", "umami": "Umami", "plausible": "Plausible"],
        analyticsID: "Site ID",
        analyticsIDHint: "Baidu Tongji: the 32 characters after hm.js?; Google: the measurement ID (G-…); Umami: the website ID; Plausible: the site's domain.",
        analyticsHost: "Self-hosted address",
        analyticsHostHint: "Where your own Umami or Plausible runs (https, the host only); empty for the service's cloud. Only the chosen service's script runs.",
        friendLinksLabel: "Friend links", advertLabel: "Advert")
}
