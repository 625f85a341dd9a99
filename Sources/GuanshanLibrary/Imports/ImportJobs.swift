import Foundation
internal import GuanshanFormats
internal import GuanshanStore
public import GuanshanModel
import ServiceLifecycle
import Synchronization

/// An import uploaded in the admin, as it stands: queued, under way on some node, done with its
/// report, or failed with why.
public struct ImportJob: Sendable, Equatable {
    public var id: Int64
    public var state: JobState
    public var fileNames: [String]
    public var created: Date
    public var updated: Date
    /// Bytes of the files read so far, of all of them (0 of 0 before the run has looked at them).
    public var bytesDone: Int64
    public var bytesTotal: Int64
    /// What came of it in short, once done.
    public var counts: ImportCounts?
    /// What came of it, once done: only from `importJob(id:)`, not in lists.
    public var report: ImportReport?
    public var failure: ImportJobFailure?
    /// The size of each file, in the order of `fileNames`; empty for an import that did not keep them.
    public var fileSizes: [Int64] = []

    public enum FileState: Sendable, Equatable {
        case read, reading, waiting
    }

    /// How far each file is, from the bytes read so far (files are read in order, and the count of bytes
    /// read goes up by each file's size as it is done); empty when the sizes are not known.
    public var fileStates: [(name: String, state: FileState)] {
        guard fileSizes.count == fileNames.count else { return [] }
        var before: Int64 = 0
        var reading = state == .running
        return zip(fileNames, fileSizes).map { name, size in
            before += size
            if state == .done || before <= bytesDone { return (name, .read) }
            guard reading else { return (name, .waiting) }
            reading = false
            return (name, .reading)
        }
    }
}

public struct ImportCounts: Sendable, Equatable, Codable {
    public var imported: Int
    public var skipped: Int
    public var failed: Int
}

public enum ImportJobFailure: Sendable, Equatable {
    /// The nodes that took it kept stopping before it was done (`ImportJobs.maximumAttempts` times).
    case abandoned
    /// The disk was full: documents could not be saved.
    case outOfSpace
    /// The database failed while documents were saved (`ImportProblem.storeFailed`).
    case storeFailed(String)
    case other(String)
}

/// How imports from the admin run: queued in the store with their files, and done by a node's job
/// service, a file at a time, with its place noted as it goes. A node that stops in the middle leaves
/// the job to another (or to itself after a restart) once its lease runs out; documents it saved are
/// then skipped as the duplicates they are. A job whose nodes keep stopping is given up after
/// `maximumAttempts`, and a failed job can be queued again from the admin.
enum ImportJobs {
    static let kind = "import"
    static let lease: TimeInterval = 60
    static let heartbeat = Duration.seconds(5)
    static let maximumAttempts = 3
    /// How long done and failed jobs are kept (a failed one with its files, for a retry).
    static let kept: TimeInterval = 30 * 24 * 3600
    /// The failures stored for a job given up, a full disk and a failing database, read back as
    /// `ImportJobFailure`.
    static let abandoned = "abandoned"
    static let outOfSpace = "out of space"
    static let storeFailedPrefix = "store failed: "

    /// What `ImportOptions` an upload is imported with, and the names of its files, kept with the job.
    struct Parameters: Codable {
        var format: DocumentFormat?
        var category: String?
        var author: String?
        var tags: [String]?
        var status: DocumentStatus
        /// A reader's upload for review (`ImportOptions.submission`); absent in jobs queued before sharing.
        var submission: Bool?
        var address: String?
        var fileNames: [String]
        /// The size of each file, for the progress of each; nil for files queued again (`retryFailedFiles`).
        var fileSizes: [Int64]?
    }

    /// How a run ended.
    enum Outcome {
        case done(ImportReport)
        /// The node is stopping, or another node holds the job now: left to the next claim.
        case stopped
        case failed(String)
    }
}

extension EditorialService {
    /// Queues the import of uploaded files, with `options` (the owner of which is who asked); returns
    /// the job's id. The job service of a node (`runJobs`) does it.
    public func queueImport(_ files: [(name: String, bytes: Data)], options: ImportOptions) async throws -> Int64 {
        let names = files.map { FileName.safe($0.name) }
        let parameters = ImportJobs.Parameters(
            format: options.format, category: options.category, author: options.author, tags: options.tags, status: options.status,
            submission: options.submission, address: options.address, fileNames: names, fileSizes: files.map { Int64($0.bytes.count) })
        return try await store.queueJob(
            kind: ImportJobs.kind, parameters: String(decoding: try JSONEncoder().encode(parameters), as: UTF8.self),
            accountID: options.owner?.id, files: zip(names, files).map { JobFile(name: $0, bytes: $1.bytes) }, at: now())
    }

    /// Does the jobs waiting in the store, one at a time, until none is left or the server is stopping;
    /// returns how many it ended.
    @discardableResult
    public func runJobs() async throws -> Int {
        try await jobGate.run { [self] in
            var ended = 0
            while !Task.isShuttingDownGracefully, let job = try await store.claimJob(
                at: now(), leaseUntil: now().addingTimeInterval(ImportJobs.lease), maximumAttempts: ImportJobs.maximumAttempts,
                abandoned: ImportJobs.abandoned) {
                if try await run(job) { ended += 1 }
            }
            return ended
        }
    }

    public func importJob(id: Int64) async throws -> ImportJob? {
        try await store.job(id: id).flatMap(ImportJob.init)
    }

    /// The newest imports first; only those not done when `unfinishedOnly`.
    public func importJobs(limit: Int = 50, unfinishedOnly: Bool = false) async throws -> [ImportJob] {
        try await store.jobs(limit: limit, unfinishedOnly: unfinishedOnly).compactMap(ImportJob.init)
    }

    /// Queues a failed import again; false when it did not fail.
    public func retryImport(id: Int64) async throws -> Bool {
        try await store.retryJob(id: id, at: now())
    }

    /// The files that failed for a reason a retry may mend: a converter missing, stopped or failing, an
    /// original not kept. A file too large, of no known format or damaged fails again.
    static func retryable(_ report: ImportReport) -> [String] {
        Set(report.failed.filter { failure in
            switch failure.problem {
            case .converterMissing, .converterTimedOut, .converterFailed, .originalNotKept: true
            default: false
            }
        }.map(\.source.path)).sorted()
    }

    /// Queues the files of a done import that failed (a converter that crashed, a package installed
    /// since) as a new import with the same options, asked for by `owner`; its id, or nil when the
    /// import kept none to retry (they were retried already, or the import is older than files are kept).
    public func retryFailedFiles(ofImport id: Int64, by owner: User?) async throws -> Int64? {
        guard let job = try await store.job(id: id), job.kind == ImportJobs.kind, job.state == .done,
              var parameters = try? JSONDecoder().decode(ImportJobs.Parameters.self, from: Data(job.parameters.utf8)),
              let report = ImportJob(job)?.report
        else { return nil }
        parameters.fileNames = Self.retryable(report)
        parameters.fileSizes = nil
        return try await store.requeueFiles(
            ofJob: id, kind: ImportJobs.kind, parameters: String(decoding: try JSONEncoder().encode(parameters), as: UTF8.self),
            accountID: owner?.id ?? job.accountID, at: now())
    }

    /// Runs a claimed job to its end, or gives it back; whether it ended.
    private func run(_ job: StoredJob) async throws -> Bool {
        let outcome: ImportJobs.Outcome
        do {
            outcome = try await importJob(job)
        } catch let error as StoreError where error == .unavailable {
            // The database went away: the lease runs out and the job is taken up again.
            throw error
        } catch let error where StoreError.isOutOfSpace(error) {
            outcome = .failed(ImportJobs.outOfSpace)
        } catch {
            outcome = .failed("\(error)")
        }
        switch outcome {
        case .stopped:
            _ = try await store.releaseJob(id: job.id, claim: job.claim, at: now())
            return false
        case .failed(let failure):
            return try await store.finishJob(id: job.id, claim: job.claim, result: nil, summary: nil, failure: failure, keeping: [], at: now())
        case .done(let report):
            let counts = ImportCounts(imported: report.imported.count, skipped: report.skipped.count, failed: report.failed.count)
            return try await store.finishJob(
                id: job.id, claim: job.claim, result: String(decoding: try JSONEncoder().encode(report), as: UTF8.self),
                summary: String(decoding: try JSONEncoder().encode(counts), as: UTF8.self), failure: nil,
                keeping: Self.retryable(report), at: now())
        }
    }

    private func importJob(_ job: StoredJob) async throws -> ImportJobs.Outcome {
        let parameters = try JSONDecoder().decode(ImportJobs.Parameters.self, from: Data(job.parameters.utf8))
        var options = ImportOptions(
            format: parameters.format, category: parameters.category, author: parameters.author, status: parameters.status,
            owner: try await job.accountID.asyncFlatMap { try await store.user(id: $0) })
        options.address = parameters.address
        options.tags = parameters.tags ?? []
        options.submission = parameters.submission ?? false
        let files = try await store.jobFiles(id: job.id)
        let progress = Mutex<(done: Int64, total: Int64)>((0, 0))
        // Set when a progress note finds the job in another node's hands (this one paused past its lease).
        let lost = Atomic<Bool>(false)
        let heartbeat = Task { [self] in
            while (try? await Task.sleep(for: ImportJobs.heartbeat)) != nil {
                let (done, total) = progress.withLock { $0 }
                let held = try? await store.noteJobProgress(
                    id: job.id, claim: job.claim, done: done, total: total, leaseUntil: now().addingTimeInterval(ImportJobs.lease), at: now())
                if held == false { lost.store(true, ordering: .relaxed) }
            }
        }
        defer { heartbeat.cancel() }
        let report = try await importUploaded(files, options: options, events: { event in
            switch event {
            case .planned(_, let bytes): progress.withLock { $0.total = bytes }
            case .progress(let bytes, _, _): progress.withLock { $0.done = bytes }
            }
        }, stop: { Task.isShuttingDownGracefully || lost.load(ordering: .relaxed) })
        // What was saved before a stop is a reader's submission now: taken up again, the run skips it.
        if options.submission, let uploader = options.owner {
            try await receiveSubmissions(report, from: uploader, files: files)
        }
        if report.stoppedEarly { return .stopped }
        // Documents the store could not save are not a report but a failure: the job keeps its files
        // for a retry, which skips what was saved.
        if report.failed.contains(where: { $0.problem == .outOfSpace }) { return .failed(ImportJobs.outOfSpace) }
        for failure in report.failed {
            if case .storeFailed(let cause) = failure.problem { return .failed(ImportJobs.storeFailedPrefix + cause) }
        }
        let total = progress.withLock { $0.total }
        _ = try? await store.noteJobProgress(
            id: job.id, claim: job.claim, done: total, total: total, leaseUntil: now().addingTimeInterval(ImportJobs.lease), at: now())
        return .done(report)
    }

    /// Imports an uploaded file (any format `guanshan import` reads; `.xml` as a WordPress export) as the
    /// editor's, within the request: the JSON API's import. Throws `StoreError.outOfSpace` when nothing
    /// could be saved for want of space: the site's disk-full answer, not a list of documents that failed.
    public func importUpload(_ data: Data, fileName: String, options: ImportOptions) async throws -> ImportReport {
        let report = try await importUploaded([JobFile(name: FileName.safe(fileName), bytes: data)], options: options)
        if report.imported.isEmpty, report.failed.contains(where: { $0.problem == .outOfSpace }) { throw StoreError.outOfSpace }
        return report
    }

    /// Imports uploaded files in a private folder removed afterwards, each in a folder of its own (two
    /// uploads of one name stay two files); the report names them as uploaded, not by that folder.
    func importUploaded(
        _ files: [JobFile], options: ImportOptions, events: @escaping @Sendable (ImportEvent) -> Void = { _ in },
        stop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> ImportReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        var names: [String: String] = [:]
        for (position, file) in files.enumerated() {
            let place = folder.appendingPathComponent("\(position)", isDirectory: true)
            try FileManager.default.createDirectory(at: place, withIntermediateDirectories: false)
            var url = place.appendingPathComponent(file.name)
            // An upload named .xml is a WordPress export: no other XML is importable.
            if url.pathExtension.lowercased() == "xml" { url = url.deletingPathExtension().appendingPathExtension("wxr") }
            try file.bytes.write(to: url)
            paths.append(url.path)
            names[url.path] = file.name
        }
        var report = try await importFiles(paths, options: options, events: events, stop: stop)
        report.renameSources { names[$0] ?? URL(fileURLWithPath: $0).lastPathComponent }
        return report
    }
}

extension ImportJob {
    /// Nil for a job that is not an import, or whose parameters this version cannot read.
    init?(_ job: StoredJob) {
        guard job.kind == ImportJobs.kind,
              let parameters = try? JSONDecoder().decode(ImportJobs.Parameters.self, from: Data(job.parameters.utf8))
        else { return nil }
        id = job.id
        state = job.state
        fileNames = parameters.fileNames
        fileSizes = parameters.fileSizes ?? []
        created = job.created
        updated = job.updated
        bytesDone = job.done
        bytesTotal = job.total
        report = job.result.flatMap { try? JSONDecoder().decode(ImportReport.self, from: Data($0.utf8)) }
        counts = job.summary.flatMap { try? JSONDecoder().decode(ImportCounts.self, from: Data($0.utf8)) }
        failure = job.failure.map { failure in
            switch failure {
            case ImportJobs.abandoned: .abandoned
            case ImportJobs.outOfSpace: .outOfSpace
            case _ where failure.hasPrefix(ImportJobs.storeFailedPrefix): .storeFailed(String(failure.dropFirst(ImportJobs.storeFailedPrefix.count)))
            default: .other(failure)
            }
        }
    }
}
