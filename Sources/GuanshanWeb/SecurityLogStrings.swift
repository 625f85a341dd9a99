import GuanshanModel

/// The words of the security log's page, read by templates as `{{layout.t.security.name}}`.
struct SecurityLogStrings: Sendable {
    var title: String
    var allKinds: String
    var kindNames: [String: String]
    var who: String
    var whoHint: String
    var from: String
    var to: String
    var filter: String
    var time: String
    var kind: String
    var actor: String
    var address: String
    var subject: String
    var detail: String
    var commandLine: String
    var empty: String
    var kept: String

    func name(of kind: SecurityEventKind) -> String { kindNames[kind.rawValue] ?? kind.rawValue }

    static let chinese = SecurityLogStrings(
        title: "安全日志", allKinds: "全部事件",
        kindNames: [
            "sign-in": "登录成功", "sign-in-failed": "登录失败", "throttled": "尝试过多，已减速", "registered": "注册账号",
            "admin-created": "创建首位管理员", "password-changed": "修改密码", "confirmation-failed": "确认密码错误",
            "account-deleted": "注销账号", "role-changed": "更改角色", "account-disabled": "停用账号", "account-enabled": "启用账号",
            "token-created": "创建 API 令牌", "token-revoked": "撤销 API 令牌", "settings-changed": "修改设置", "imported": "导入文件",
            "document-trashed": "文档移入回收站", "document-deleted": "永久删除文档", "category-deleted": "删除分类", "tag-deleted": "删除标签", "reviewed": "审核读者分享", "banned": "封禁账号", "unbanned": "解除封禁",
        ],
        who: "账号或地址", whoHint: "账号名或 IP 地址的一部分", from: "起始日期", to: "截止日期", filter: "筛选",
        time: "时间", kind: "事件", actor: "账号", address: "地址", subject: "对象", detail: "详情",
        commandLine: "命令行", empty: "没有符合条件的事件。", kept: "日志保留一年；不记录任何密码、令牌或会话密钥。")

    static let english = SecurityLogStrings(
        title: "Security log", allKinds: "All events",
        kindNames: [
            "sign-in": "Signed in", "sign-in-failed": "Sign-in failed", "throttled": "Slowed down after failures", "registered": "Account created",
            "admin-created": "First admin created", "password-changed": "Password changed", "confirmation-failed": "Wrong current password",
            "account-deleted": "Account deleted", "role-changed": "Role changed", "account-disabled": "Account disabled",
            "account-enabled": "Account enabled", "token-created": "API token created", "token-revoked": "API token revoked",
            "settings-changed": "Settings changed", "imported": "Files imported", "document-trashed": "Document moved to the trash",
            "document-deleted": "Document deleted", "category-deleted": "Category deleted", "tag-deleted": "Tag deleted", "reviewed": "Shared documents reviewed", "banned": "Account banned", "unbanned": "Ban lifted",
        ],
        who: "Account or address", whoHint: "Part of an account name or an IP address", from: "From", to: "To", filter: "Filter",
        time: "Time", kind: "Event", actor: "Account", address: "Address", subject: "Subject", detail: "Detail",
        commandLine: "command line", empty: "No events match.", kept: "Events are kept for a year; no password, token or session secret is ever logged.")
}
