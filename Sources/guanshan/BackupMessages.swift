import Foundation
import GuanshanModel

/// What the backup, restore and migrate commands say.
extension CLIMessages {
    func backedUp(_ path: String, bytes: Int, _ counts: BackupCounts) -> String {
        let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
        return english ? "Backed up to \(path) (\(megabytes) MB): \(summary(counts))."
            : "已备份到 \(path)（\(megabytes) MB）：\(summary(counts))。"
    }

    func restored(_ path: String, into place: String, _ counts: BackupCounts) -> String {
        english ? "Restored \(path) into \(place): \(summary(counts)). The search index of this node is rebuilt."
            : "已将 \(path) 恢复到 \(place)：\(summary(counts))。本节点的搜索索引已重建。"
    }

    func moved(_ counts: BackupCounts) -> String {
        english ? "Moved the library to PostgreSQL: \(summary(counts)). Start every node with --database-url now; the SQLite file is left as it was."
            : "文库已迁移到 PostgreSQL：\(summary(counts))。现在请用 --database-url 启动各节点；原 SQLite 文件保持不变。"
    }

    func backupProblem(_ problem: BackupError) -> String {
        switch problem {
        case .fileExists(let path):
            english ? "\(path) exists already; a backup never replaces a file: give a new name." : "\(path) 已存在；备份不会覆盖已有文件，请换一个文件名。"
        case .fileNotFound(let path):
            english ? "\(path) does not exist." : "找不到 \(path)。"
        case .notABackup(let path):
            english ? "\(path) is not a backup of Guanshan." : "\(path) 不是观山文库的备份文件。"
        case .newerVersion(let path):
            english ? "\(path) was made by a newer version of Guanshan; restore it with that version or a later one."
                : "\(path) 由更新版本的观山文库生成，请用该版本或更新的版本恢复。"
        case .damaged(let path):
            english ? "\(path) is damaged (SQLite's integrity check fails, or rows point at rows it lacks); nothing was restored."
                : "\(path) 已损坏（未通过 SQLite 完整性检查，或有数据指向不存在的记录）；未恢复任何内容。"
        case .storeNotEmpty(let tables):
            english ? "The library is not empty (\(tableNames(tables)) hold rows): restore into a new data folder or an empty database."
                : "目标文库不是空的（\(tableNames(tables)) 中已有数据）：请恢复到新的数据目录或空的数据库。"
        }
    }

    /// The rows of each kind, skipping the kinds with none and the parts of documents.
    private func summary(_ counts: BackupCounts) -> String {
        let parts = Self.kinds.filter { counts[$0.table] > 0 && !$0.table.hasPrefix("document_") }.map { kind in
            english ? "\(kind.english): \(counts[kind.table])" : "\(kind.chinese) \(counts[kind.table]) \(kind.measure)"
        }
        if parts.isEmpty { return english ? "an empty library" : "空文库" }
        return parts.joined(separator: english ? ", " : "，")
    }

    private func tableNames(_ tables: [String]) -> String {
        tables.map { table in Self.kinds.first { $0.table == table }.map { english ? $0.english : $0.chinese } ?? table }
            .joined(separator: english ? ", " : "、")
    }

    private static let kinds: [(table: String, chinese: String, measure: String, english: String)] = [
        ("document", "文档", "篇", "documents"), ("document_text", "文档正文", "篇", "document texts"),
        ("document_tag", "文档标签", "条", "document tags"), ("category", "分类", "个", "categories"), ("tag", "标签", "个", "tags"),
        ("account", "账号", "个", "accounts"), ("account_ban", "封禁", "项", "bans"),
        ("account_session", "登录会话", "个", "sessions"), ("api_token", "API 令牌", "个", "API tokens"),
        ("favorite", "收藏", "条", "favorites"), ("reading_history", "阅读记录", "条", "history entries"), ("setting", "设置", "项", "settings"),
        ("sensitive_word", "敏感词", "个", "sensitive words"), ("submission", "投稿", "篇", "submissions"),
        ("notification", "通知", "条", "notifications"), ("report", "举报", "条", "reports"),
        ("takedown", "下架记录", "条", "takedown records"), ("copyright_notice", "权利人投诉", "件", "copyright notices"),
        ("comment", "评论", "条", "comments"),
        ("daily_views", "浏览量", "天", "days of views"), ("import_run", "导入记录", "次", "import runs"),
        ("original_file", "原文件", "个", "original files"),
        (BackupCounts.originalsMissing, "缺失（未能备份）的原文件", "个", "original files missing (not backed up)"),
    ]
}
