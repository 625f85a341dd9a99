/// The words of the admin's import pages, read by templates as `{{words.name}}`.
struct ImportJobStrings: Sendable {
    var title: String
    var all: String
    var none: String
    var files: String
    var state: String
    var when: String
    var uploadMore: String
    var queued: String
    var running: @Sendable (Int) -> String
    var done: @Sendable (Int, Int, Int) -> String
    var failed: @Sendable (String) -> String
    var abandoned: String
    var outOfSpace: String
    var storeFailed: @Sendable (String) -> String
    var tooManyFiles: @Sendable (Int) -> String
    var refreshHint: String
    var retry: String
    var notFailed: String
    var retryFailedFiles: String
    var noFilesToRetry: String
    var fileRead: String
    var fileReading: String
    var fileWaiting: String

    static func of(_ english: Bool) -> ImportJobStrings { english ? .english : .chinese }

    static let chinese = ImportJobStrings(
        title: "导入任务", all: "全部导入任务", none: "还没有导入任务。", files: "文件", state: "状态", when: "提交时间",
        uploadMore: "上传文件", queued: "排队中，马上开始。", running: { "正在导入：已读 \($0)%。" },
        done: { "已完成：导入 \($0) 篇，跳过 \($1) 篇，失败 \($2) 个。" }, failed: { "导入失败：\($0)" },
        abandoned: "接手的节点屡次中断，已停止重试", outOfSpace: "磁盘已满，腾出空间后可重新导入",
        storeFailed: { "保存时数据库出错（\($0)），可重新导入，已保存的文档不会重复" }, tooManyFiles: { "一次最多上传 \($0) 个文件。" },
        refreshHint: "本页每 2 秒自动刷新；离开本页不影响导入。", retry: "重新导入", notFailed: "该任务并未失败，无需重新导入。",
        retryFailedFiles: "重试失败的文件", noFilesToRetry: "没有可重试的文件：已经重试过，或文件已过保留期（30 天）。",
        fileRead: "已读完", fileReading: "正在读取", fileWaiting: "等待")

    static let english = ImportJobStrings(
        title: "Imports", all: "All imports", none: "No imports yet.", files: "Files", state: "State", when: "Queued",
        uploadMore: "Upload files", queued: "Queued; it starts in a moment.", running: { "Importing: \($0)% read." },
        done: { "Done: imported \($0), skipped \($1), failed \($2)." }, failed: { "Failed: \($0)" },
        abandoned: "the nodes that took it kept stopping, so it is no longer tried", outOfSpace: "the disk is full; free some space and import again",
        storeFailed: { "the database failed while saving (\($0)); import again: what was saved is not saved twice" },
        tooManyFiles: { "At most \($0) files an upload." },
        refreshHint: "This page refreshes itself every 2 seconds; leaving it does not stop the import.", retry: "Import again",
        notFailed: "This import has not failed: there is nothing to import again.", retryFailedFiles: "Retry the files that failed",
        noFilesToRetry: "No files to retry: they were retried already, or are past the 30 days they are kept.", fileRead: "read",
        fileReading: "reading", fileWaiting: "waiting")
}
