import GuanshanLibrary
import GuanshanModel

extension ImportJob {
    /// Where the import stands, in the reader's words.
    func status(_ words: ImportJobStrings) -> String {
        switch state {
        case .queued: words.queued
        case .running: words.running(percentRead)
        case .done: words.done(counts?.imported ?? 0, counts?.skipped ?? 0, counts?.failed ?? 0)
        case .failed: words.failed(reason(words))
        }
    }

    private func reason(_ words: ImportJobStrings) -> String {
        switch failure {
        case .abandoned: words.abandoned
        case .outOfSpace: words.outOfSpace
        case .storeFailed(let cause): words.storeFailed(cause)
        case .other(let text): text
        case nil: ""
        }
    }

    var percentRead: Int {
        bytesTotal > 0 ? Int(min(bytesDone, bytesTotal) * 100 / bytesTotal) : 0
    }

    var filesShown: String { fileNames.joined(separator: "、") }
}

/// `/admin/imports/{id}` while the import is queued, under way or failed (a done one shows its report).
struct ImportJobModel {
    var layout: LayoutModel
    var nav: AdminNav
    var words: ImportJobStrings
    var id: Int64
    var files: String
    /// Each file with how far it is, while the import is queued or under way.
    var progress: [FileProgress]
    struct FileProgress { var name: String; var state: String; var reading: Bool }
    var status: String
    var running: Bool
    var percent: Int
    var refreshes: Bool
    var failed: Bool

    init(_ job: ImportJob, context: PageContext) {
        words = .of(context.strings.admin.isEnglish)
        layout = LayoutModel(context: context, title: "\(words.title) #\(job.id)")
        nav = AdminNav(.documents, context: context)
        id = job.id
        files = job.filesShown
        let words = words
        progress = job.state == .failed ? [] : job.fileStates.map { name, state in
            let label = switch state {
            case .read: words.fileRead
            case .reading: words.fileReading
            case .waiting: words.fileWaiting
            }
            return FileProgress(name: name, state: label, reading: state == .reading)
        }
        status = job.status(words)
        running = job.state == .running
        percent = job.percentRead
        refreshes = job.state == .queued || job.state == .running
        failed = job.state == .failed
    }
}

/// `/admin/imports`: the recent imports, newest first.
struct ImportJobsModel {
    struct Row { var id: Int64; var href: String; var files: String; var status: String; var when: String }

    var layout: LayoutModel
    var nav: AdminNav
    var words: ImportJobStrings
    var rows: [Row]

    init(_ jobs: [ImportJob], context: PageContext) {
        words = .of(context.strings.admin.isEnglish)
        layout = LayoutModel(context: context, title: words.title)
        nav = AdminNav(.documents, context: context)
        rows = jobs.map { [words] job in
            Row(id: job.id, href: "/admin/imports/\(job.id)", files: job.filesShown, status: job.status(words), when: context.dateTime(job.created))
        }
    }
}
