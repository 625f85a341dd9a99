import Foundation
import GuanshanModel
import GuanshanLibrary

/// What the command line says, in Chinese unless the environment asks for English (`GUANSHAN_LANG=en`).
struct CLIMessages: Sendable {
    var english: Bool

    static var current: CLIMessages {
        let wanted = ProcessInfo.processInfo.environment["GUANSHAN_LANG"] ?? ""
        return CLIMessages(english: wanted.lowercased().hasPrefix("en"))
    }

    func serving(_ url: String) -> String {
        english ? "Guanshan is running at \(url) (Ctrl+C to stop)" : "观山文库已启动：\(url)（按 Ctrl+C 停止）"
    }

    func setupLink(_ url: String) -> String {
        english ? "No admin yet. Open this link within 24 hours to create one (it works once): \(url)"
            : "还没有管理员。请在 24 小时内打开以下链接创建管理员（只能使用一次）：\(url)"
    }

    func userAdded(_ name: String, _ role: String) -> String {
        english ? "Created the account \(name) (\(role))." : "已创建账号 \(name)（\(role)）。"
    }

    func newerSchema(_ error: NewerSchemaError, place: String) -> String {
        let steps = error.unknownSteps.joined(separator: ", ")
        return english
            ? "The library in \(place) was upgraded by a newer version of Guanshan (\(steps)); run that version or a later one. Nothing was changed."
            : "\(place) 中的文库已由更新版本的观山文库升级（\(steps)），请使用该版本或更新的版本；未做任何改动。"
    }

    func originalsProblem(_ error: OriginalsPlaceError) -> String {
        switch error {
        case .needsPostgres:
            english ? "--originals database keeps originals in PostgreSQL: give --database-url too, or use folder or s3."
                : "--originals database 把原文件存入 PostgreSQL，需要同时给出 --database-url；或改用 folder、s3。"
        case .s3NotConfigured(let names):
            english ? "--originals s3 needs these environment variables set: \(names.joined(separator: ", ")) (see docs/deploy.md)."
                : "--originals s3 需要设置这些环境变量：\(names.joined(separator: "、"))（见 docs/deploy.md）。"
        }
    }

    var passwordPrompt: String { english ? "Password: " : "密码：" }
    var passwordAgainPrompt: String { english ? "Password again: " : "再次输入密码：" }
    var passwordsDiffer: String { english ? "The two passwords differ." : "两次输入的密码不一致。" }

    func seeded(_ count: Int, _ place: String) -> String {
        english ? "Created the library in \(place) with \(count) demo documents."
            : "已在 \(place) 新建文库，并放入 \(count) 篇示例文档。"
    }

    func documentsRead(_ count: Int, perSecond: Int) -> String {
        english ? "\(count) docs, \(perSecond)/s" : "\(count) 篇，每秒 \(perSecond) 篇"
    }

    func progressLine(_ file: Int, _ files: Int, _ documents: Int, _ path: String) -> String {
        english ? "[\(file)/\(files)] \(documents) documents read: \(path)" : "[\(file)/\(files)] 已读 \(documents) 篇：\(path)"
    }

    func nearDuplicate(_ note: ImportNearDuplicate) -> String {
        if let id = note.importedID {
            return english
                ? "\(note.source): close to “\(note.similarTitle)” (#\(note.similarTo)); imported as #\(id) with a mark"
                : "\(note.source)：与《\(note.similarTitle)》(#\(note.similarTo)) 近似，已导入为 #\(id) 并标记"
        }
        return english
            ? "\(note.source): close to “\(note.similarTitle)” (#\(note.similarTo)); skipped"
            : "\(note.source)：与《\(note.similarTitle)》(#\(note.similarTo)) 近似，已跳过"
    }

    func rate(documents: Int, seconds: Double) -> String {
        let perSecond = seconds > 0 ? Int((Double(documents) / seconds).rounded()) : documents
        let time = String(format: "%.1f", seconds)
        return english ? "Read \(documents) documents in \(time) s (\(perSecond) a second)." : "用时 \(time) 秒，共读 \(documents) 篇，每秒 \(perSecond) 篇。"
    }

    func summary(_ report: ImportReport) -> String {
        var text = english
            ? "Imported \(report.imported.count), skipped \(report.skipped.count) already in the library, failed \(report.failed.count)."
            : "导入 \(report.imported.count) 篇，跳过 \(report.skipped.count) 篇（文库中已有），失败 \(report.failed.count) 个。"
        if report.ignoredFiles > 0 {
            text += english ? " Ignored \(report.ignoredFiles) files of other types." : "另有 \(report.ignoredFiles) 个其他类型的文件未导入。"
        }
        if report.ignoredItems > 0 {
            text += english ? " Left out \(report.ignoredItems) WordPress items that are not posts or pages, trashed, or empty."
                : "另有 \(report.ignoredItems) 项 WordPress 内容（附件、菜单、修订版本、回收站中或无正文的文章）未导入。"
        }
        return text
    }

    func noDocument(_ id: Int64) -> String {
        english ? "There is no document \(id) (or it is in the trash)." : "没有编号为 \(id) 的文档（或已在回收站中）。"
    }

    func exported(_ path: String, bytes: Int) -> String {
        english ? "Wrote \(path) (\(bytes) bytes)." : "已写入 \(path)（\(bytes) 字节）。"
    }

    var emptyQuery: String {
        english ? "Nothing to search for: type a word, for example 政协 or Linux." : "没有可搜索的字词：请输入要查找的字词，例如 政协、Linux。"
    }

    var queryTooLong: String {
        english ? "The search is too long: at most 2,000 characters and 32 words." : "搜索内容太长：最多 2000 个字符、32 个词。"
    }

    func resultCount(_ count: Int) -> String {
        english ? "\(count) documents found." : "找到 \(count) 篇相关文档。"
    }

    func result(_ rank: Int, _ item: SearchResultItem) -> String {
        let snippet = (item.snippet.cutBefore ? "…" : "") + item.snippet.fragments.map { $0.isMatch ? "【\($0.text)】" : $0.text }.joined()
            + (item.snippet.cutAfter ? "…" : "")
        let page = item.page > 1 ? (english ? " (page \(item.page))" : "（第\(item.page)页）") : ""
        return "\(rank). [\(item.document.id)] \(item.document.title)\(page)\n   \(snippet)"
    }

    func indexUnreadable(_ problem: String) -> String {
        english ? "The search index could not be read (\(problem)); it is being rebuilt."
            : "搜索索引无法读取（\(problem)），正在重建。"
    }

    func indexCaughtUp(_ documents: Int, _ duration: Duration) -> String {
        let seconds = String(format: "%.1f", duration.seconds)
        return english ? "Search index updated: \(documents) documents in \(seconds) s." : "搜索索引已更新：\(documents) 篇文档，用时 \(seconds) 秒。"
    }

    func workUnderWay(_ work: WorkUnderWay) -> String {
        guard !work.isEmpty else { return english ? "No work under way." : "没有进行中的任务。" }
        var lines: [String] = []
        if let layout = work.layout {
            lines.append(english
                ? "Paging every document again at \(layout.pageBudget) characters a page and \(layout.readingSpeed) a minute: \(layout.done) done."
                : "正在按每页 \(layout.pageBudget) 字、每分钟 \(layout.readingSpeed) 字重新分页：已完成 \(layout.done) 篇。")
            if let failure = layout.failure {
                lines.append(english ? "  The last batch failed (tried again): \(failure)" : "  上一批出错（会重试）：\(failure)")
            }
        }
        if work.searchBehind > 0 {
            lines.append(english
                ? "The search index of this node has \(work.searchBehind) changed documents to take in."
                : "本节点的搜索索引还有 \(work.searchBehind) 篇改动的文档待收录。")
        }
        for job in work.imports {
            lines.append(importJob(job))
        }
        return lines.joined(separator: "\n")
    }

    private func importJob(_ job: ImportJob) -> String {
        let files = job.fileNames.prefix(3).joined(separator: english ? ", " : "、") + (job.fileNames.count > 3 ? "…" : "")
        let head = english ? "Import #\(job.id) (\(files)): " : "导入任务 #\(job.id)（\(files)）："
        switch job.state {
        case .queued: return head + (english ? "queued." : "排队中。")
        case .running:
            let percent = job.bytesTotal > 0 ? Int(job.bytesDone * 100 / job.bytesTotal) : 0
            return head + (english ? "under way, \(percent)% read." : "进行中，已读 \(percent)%。")
        case .done: return head + (english ? "done." : "已完成。")
        case .failed:
            let reason: String = switch job.failure {
            case .abandoned: english ? "the nodes that took it kept stopping" : "接手的节点屡次中断"
            case .outOfSpace: english ? "the disk is full" : "磁盘已满"
            case .storeFailed(let cause): english ? "the database failed while saving: \(cause)" : "保存时数据库出错：\(cause)"
            case .other(let text): text
            case nil: ""
            }
            return head + (english ? "failed (\(reason)); queue it again with --retry \(job.id)." : "失败（\(reason)）；可用 --retry \(job.id) 重新排队。")
        }
    }

    func workDone(laidOut: Int, indexed: Int, imports: Int) -> String {
        english ? "Documents paged again: \(laidOut); indexed: \(indexed); imports ended: \(imports)."
            : "已重新分页 \(laidOut) 篇文档，已收录 \(indexed) 篇到搜索索引，已结束 \(imports) 个导入任务。"
    }

    func retried(_ id: Int64, _ queued: Bool) -> String {
        switch (queued, english) {
        case (true, true): "Import #\(id) is queued again."
        case (true, false): "导入任务 #\(id) 已重新排队。"
        case (false, true): "Import #\(id) has not failed: nothing to retry."
        case (false, false): "导入任务 #\(id) 并未失败，无需重试。"
        }
    }

    func reindexed(_ report: RebuildReport) -> String {
        let seconds = String(format: "%.1f", report.seconds)
        let megabytes = String(format: "%.1f", Double(report.bytes) / 1_048_576)
        return english ? "Indexed \(report.documents) documents in \(seconds) s; the index takes \(megabytes) MB."
            : "已重建搜索索引：\(report.documents) 篇文档，用时 \(seconds) 秒，索引占 \(megabytes) MB。"
    }

    func badLogLevel(_ value: String) -> String {
        english ? "LOG_LEVEL must be trace, debug, info, notice, warning, error or critical, not \(value)."
            : "LOG_LEVEL 应为 trace、debug、info、notice、warning、error 或 critical，而不是 \(value)。"
    }

    func badLogFormat(_ value: String) -> String {
        english ? "LOG_FORMAT must be text or json, not \(value)." : "LOG_FORMAT 应为 text 或 json，而不是 \(value)。"
    }

    func shortMetricsToken(_ shortest: Int) -> String {
        english ? "GUANSHAN_METRICS_TOKEN must be at least \(shortest) characters long: a short token can be guessed."
            : "GUANSHAN_METRICS_TOKEN 至少要 \(shortest) 个字符：太短的令牌可能被猜中。"
    }

    /// Why a command could not connect to PostgreSQL; the server's own message is given as it is.
    func cannotConnect(_ error: PostgresConnectError) -> String {
        if english { return "Cannot connect to PostgreSQL (\(error.address)): \(error.explanation)" }
        let why = switch error.reason {
        case .refused(let message, _): message
        case .unreachable(let detail): "没有服务器应答（\(detail)）"
        case .closed: "服务器未说明原因就关闭了连接"
        case .noTLS: "服务器不提供 TLS 加密，而 sslmode 要求加密"
        case .untrustedCertificate: "服务器的证书不是由本机信任的机构（sslrootcert 指定的或系统的）签发的"
        case .certificateForAnotherHost(let host): "服务器的证书不是为 \(host) 签发的"
        case .tls(let detail): "TLS 连接失败：\(detail)"
        case .unreadableRootCertificate(let path): "无法读取 sslrootcert 指定的证书 \(path)"
        case .passwordNeeded: "服务器要求密码，而地址中没有密码"
        case .other(let detail): detail
        }
        return "无法连接 PostgreSQL（\(error.address)）：\(why)"
    }

    func problem(_ problem: ImportProblem) -> String {
        problem.message(english: english)
    }
}
