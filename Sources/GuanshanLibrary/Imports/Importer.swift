import Foundation
internal import GuanshanFormats
internal import GuanshanStore
public import GuanshanModel
import GuanshanText

public struct ImportOptions: Sendable {
    /// The format of every file; nil picks it from each file's extension.
    public var format: DocumentFormat?
    /// Puts every document in this category, over any category a file names.
    public var category: String?
    /// Names this sharer on every document, over any author a file names.
    public var author: String?
    /// Puts these tags on every document, over any a file names; none keeps the file's.
    public var tags: [String] = []
    public var status: DocumentStatus
    /// Whether the files are a reader's, shared for review (`Sharing.swift`): each document becomes a
    /// submission of `owner`'s, and stays a draft until it is approved.
    public var submission = false
    /// The account importing, through the admin; nil on the command line.
    public var owner: User?
    /// Where the account imports from, for the security log.
    public var address: String?

    public init(format: DocumentFormat? = nil, category: String? = nil, author: String? = nil, status: DocumentStatus = .published, owner: User? = nil) {
        self.format = format
        self.category = category
        self.author = author
        self.status = status
        self.owner = owner
    }
}

extension EditorialService {
    /// Imports files and folders. A file that fails never stops the others; documents already in the
    /// library (same content hash) are skipped. Documents are saved in batches, each one transaction.
    /// `stop` is asked before each file and document: once it says yes, the import saves what it has
    /// read and ends with `stoppedEarly`.
    public func importFiles(
        _ paths: [String], options: ImportOptions = ImportOptions(),
        events: @escaping @Sendable (ImportEvent) -> Void = { _ in }, stop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> ImportReport {
        let started = now()
        let files = ImportFiles(paths: paths, format: options.format)
        let report = try await runImport(options, events: events, stop: stop) { run in
            run.report.ignoredFiles = files.ignored
            for path in files.missing {
                run.report.failed.append(ImportFailure(source: ImportSource(path: path), problem: .notFound))
            }
            events(.planned(files: files.files.count, bytes: files.files.reduce(0) { $0 + $1.size }))
            for file in files.files {
                await run.read(file)
            }
        }
        // Only the dashboard's record of the run; its failing (a full disk) must not turn an import whose
        // documents are saved into an error.
        try? await store.recordImportRun(ImportRunRecord(
            started: started, finished: now(), origin: options.owner == nil ? "cli" : "admin", userID: options.owner?.id,
            imported: report.imported.count, skipped: report.skipped.count,
            failures: report.failed.prefix(Self.recordedFailures).map { failure in
                // An upload's folder is temporary: its file's name is what the editor knows.
                var failure = failure
                if options.owner != nil { failure.source.path = URL(fileURLWithPath: failure.source.path).lastPathComponent }
                return ImportRunRecord.Failure(failure)
            }))
        let names = paths.prefix(3).map { URL(fileURLWithPath: $0).lastPathComponent } + (paths.count > 3 ? ["…"] : [])
        await securityLog.record(
            .imported, by: options.owner, address: options.address, subject: names.joined(separator: ", "),
            detail: "imported \(report.imported.count), skipped \(report.skipped.count), failed \(report.failed.count)")
        return report
    }

    /// Saves the documents `feed` hands the run, in batches, and follows the change log once they are in:
    /// the one way documents enter the library in bulk (files, uploads, the demo documents).
    func runImport(
        _ options: ImportOptions, events: @escaping @Sendable (ImportEvent) -> Void, stop: @escaping @Sendable () -> Bool = { false },
        feed: (inout ImportRun) async -> Void
    ) async throws -> ImportReport {
        let settings = try await settings()
        var run = ImportRun(
            editorial: self,
            preparation: DocumentPreparation(
                pageBudget: settings.pageBudget, readingSpeed: settings.readingSpeed, sharer: options.author ?? options.owner?.displayName,
                category: options.category, tags: options.tags, ignoresFileLabels: options.submission, status: options.status,
                ownerID: options.owner?.id),
            nearDuplicates: NearDuplicateFinder(try await store.fingerprints()), skipNearDuplicates: settings.skipNearDuplicates,
            events: events, stop: stop)
        await feed(&run)
        await run.saveBatch()
        if !run.report.imported.isEmpty {
            try await changes.follow()
            // The documents are saved: an index that cannot be saved now (a full disk) is saved later by a
            // running server, or caught up from the change log at the next start.
            try? await changes.search.save()
        }
        return run.report
    }

    /// The failures of one import kept for the dashboard; the rest are only counted.
    static let recordedFailures = 100
}

struct ImportRun {
    static let batchSize = 200

    let editorial: EditorialService
    let preparation: DocumentPreparation
    var nearDuplicates: NearDuplicateFinder
    let skipNearDuplicates: Bool
    let events: (ImportEvent) -> Void
    let stop: () -> Bool
    var report = ImportReport()
    var batch: [(source: ImportSource, parsed: ParsedDocument, original: OriginalFile?)] = []
    var bytesDone: Int64 = 0
    var documentsRead = 0

    mutating func read(_ file: ImportFiles.File) async {
        if report.stoppedEarly || stop() {
            report.stoppedEarly = true
            return
        }
        let path = file.url.path
        do {
            guard let format = file.format else { throw ImportProblem.unsupportedFormat(file.url.pathExtension) }
            if let limit = Self.byteLimit(of: format).map(Int64.init), file.size > limit {
                throw ImportProblem.tooLarge(bytes: file.size, limit: limit)
            }
            let name = file.url.deletingPathExtension().lastPathComponent
            let source = ImportSource(path: path)
            switch format {
            case .doc, .wps, .rtf, .odt, .ppt, .pptx, .odp, .dps, .xls, .xlsx, .ods, .et:
                let parsed = try await OfficeConverter.parse(file.url, format: format, fileName: name)
                await add(parsed, from: source, original: try await keepOriginal(of: file, format: format, byOCR: parsed.byOCR))
            case .jsonl:
                try await readLines(of: file)
            case .wxr:
                try await readWordPress(file)
            case .docx, .epub:
                let data = try Self.contents(of: file.url, mapped: false)
                let parsed = format == .docx ? try DocxFormat.parse(data, fileName: name) : try EPUBFormat.parse(data, fileName: name)
                await add(parsed, from: source, original: try await keepOriginal(data, of: file, format: format))
            case .pdf:
                let parsed = try await PDFConverter.parse(file.url, fileName: name)
                await add(parsed, from: source, original: try await keepOriginal(of: file, format: format, byOCR: parsed.byOCR))
            case .txt, .md, .html:
                let data = try Self.contents(of: file.url, mapped: false)
                let text = try format == .html ? HTMLFormat.decode(data) : TextDecoding.decode(data)
                let parsed = switch format {
                case .md: try MarkdownFormat.parse(text, fileName: name)
                case .html: try HTMLFormat.parse(text, fileName: name)
                default: try PlainTextFormat.parse(text, fileName: name)
                }
                await add(parsed, from: source)
            }
        } catch {
            report.failed.append(ImportFailure(source: ImportSource(path: path), problem: Self.problem(error)))
        }
        bytesDone += file.size
        events(.progress(bytes: bytesDone, documents: documentsRead, file: path))
    }

    /// The largest file of `format` read, read whole; nil for JSONL and WordPress exports, which are
    /// read as they stream and limited a record at a time.
    private static func byteLimit(of format: DocumentFormat) -> Int? {
        switch format {
        case .jsonl, .wxr: nil
        case .txt, .md, .html: DocumentFormat.defaultByteLimit
        case .docx: DocxFormat.maxBytes
        case .epub: EPUBFormat.maxBytes
        case .pdf: PDFConverter.maximumBytes
        case .doc, .wps, .rtf, .odt, .ppt, .pptx, .odp, .dps, .xls, .xlsx, .ods, .et: OfficeConverter.maximumBytes
        }
    }

    private mutating func readLines(of file: ImportFiles.File) async throws {
        let data = try Self.contents(of: file.url, mapped: true)
        let start = bytesDone
        var offset: Int64 = 0
        for line in JSONLFormat.lines(in: data) {
            let source = ImportSource(path: file.url.path, line: line.number)
            do {
                await add(try JSONLFormat.parse(line), from: source)
            } catch {
                report.failed.append(ImportFailure(source: source, problem: Self.problem(error)))
            }
            offset += Int64(line.bytes.count + 1)
            if line.number % 500 == 0 {
                events(.progress(bytes: start + min(offset, file.size), documents: documentsRead, file: file.url.path))
            }
        }
    }

    private mutating func readWordPress(_ file: ImportFiles.File) async throws {
        let export = try WXRFormat.parse(try Self.contents(of: file.url, mapped: true), html: HTMLFormat.blocks)
        report.ignoredItems += export.skippedCount
        for item in export.items {
            await add(item.document, from: ImportSource(path: file.url.path, line: item.line))
        }
    }

    mutating func add(_ parsed: ParsedDocument, from source: ImportSource, original: OriginalFile? = nil) async {
        if report.stoppedEarly || stop() {
            report.stoppedEarly = true
            return
        }
        documentsRead += 1
        batch.append((source, parsed, original))
        if batch.count >= Self.batchSize {
            await saveBatch()
        }
    }

    /// Saves the batch in one transaction, checking each document against the library and against the
    /// documents before it. A document near one of the same batch learns that one's id once both are saved.
    mutating func saveBatch() async {
        guard !batch.isEmpty else { return }
        let entries = batch
        batch = []
        let documents = await Self.prepare(entries.map(\.parsed), with: preparation)
        var waiting: [(source: ImportSource, document: NewDocument)] = []
        /// Each near-duplicate with the document it resembles (still waiting, for one of this batch), and
        /// its place in `waiting` unless it is skipped.
        var near: [(place: Int?, source: ImportSource, title: String, similar: StoredFingerprint)] = []
        for (entry, document) in zip(entries, documents) {
            var document = document
            document.original = entry.original
            if let pages = entry.parsed.sourcePages, pages.count == document.blocks.count {
                document.original?.sourcePages = SourcePage.starts(pages)
                document.original?.sourcePagesOf = document.metrics.contentHash
            }
            if let similar = nearDuplicates.nearest(to: document) {
                near.append((skipNearDuplicates ? nil : waiting.count, entry.source, document.title, similar))
                if skipNearDuplicates { continue }
                if similar.id != NearDuplicateFinder.waiting { document.nearDuplicateOf = similar.id }
            }
            waiting.append((entry.source, document))
            nearDuplicates.addWaiting(document)
        }
        let ids = await save(waiting)
        var links: [(id: Int64, of: Int64)] = []
        for note in near {
            let wasWaiting = note.similar.id == NearDuplicateFinder.waiting
            guard let similar = wasWaiting ? nearDuplicates.saved(contentHash: note.similar.contentHash) : note.similar else { continue }
            let id = note.place.flatMap { ids[$0] }
            if note.place != nil && id == nil { continue }
            if let id, wasWaiting { links.append((id, similar.id)) }
            report.nearDuplicates.append(ImportNearDuplicate(
                source: note.source, title: note.title, importedID: id, similarTo: similar.id, similarTitle: similar.title))
        }
        do {
            try await editorial.store.setNearDuplicates(links)
        } catch {
            // The documents are saved; only their marks are lost, and the summary still lists them.
        }
    }

    /// Saves documents in one transaction; the id of each one inserted.
    private mutating func save(_ waiting: [(source: ImportSource, document: NewDocument)]) async -> [Int64?] {
        guard !waiting.isEmpty else { return [] }
        do {
            let outcomes = try await editorial.store.saveNewDocuments(waiting.map(\.document))
            return zip(waiting, outcomes).map { entry, outcome in
                let (source, document) = entry
                switch outcome {
                case .inserted(let id):
                    report.imported.append(ImportedDocument(id: id, title: document.title, source: source))
                    nearDuplicates.saved(contentHash: document.metrics.contentHash, id: id)
                    return id
                case .duplicate(let existing):
                    report.skipped.append(ImportSkip(source: source, title: document.title, duplicateOf: existing))
                    nearDuplicates.saved(contentHash: document.metrics.contentHash, id: existing)
                    return nil
                case .idTaken(let id):
                    report.failed.append(ImportFailure(source: source, problem: .idTaken(id)))
                    nearDuplicates.saved(contentHash: document.metrics.contentHash, id: nil)
                    return nil
                }
            }
        } catch {
            let problem = StoreError.isOutOfSpace(error) ? ImportProblem.outOfSpace : .storeFailed(String(describing: error))
            report.failed += waiting.map { ImportFailure(source: $0.source, problem: problem) }
            for (_, document) in waiting { nearDuplicates.saved(contentHash: document.metrics.contentHash, id: nil) }
            return waiting.map { _ in nil }
        }
    }

    /// Counts, paginates and fingerprints a batch on every core, keeping its order.
    private static func prepare(_ parsed: [ParsedDocument], with preparation: DocumentPreparation) async -> [NewDocument] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let share = (parsed.count + cores - 1) / max(cores, 1)
        return await withTaskGroup(of: (Int, [NewDocument]).self) { group in
            for start in stride(from: 0, to: parsed.count, by: max(share, 1)) {
                let slice = parsed[start..<min(start + share, parsed.count)]
                group.addTask { (start, slice.map { preparation.prepare($0) }) }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// Keeps the file read as its document's original: noted in the store, then its bytes kept, so that
    /// bytes no document comes to hold (a duplicate, a failed save) are found and removed by pruning.
    private func keepOriginal(
        _ read: Data? = nil, of file: ImportFiles.File, format: DocumentFormat, byOCR: Bool = false
    ) async throws -> OriginalFile {
        let data = try read ?? Self.contents(of: file.url, mapped: true)
        let original = OriginalFile(
            hash: sha256Hex(data), byteCount: Int64(data.count), fileName: file.url.lastPathComponent, format: format, textByOCR: byOCR)
        do {
            try await editorial.store.noteOriginal(hash: original.hash, byteCount: original.byteCount, at: editorial.now())
            try await editorial.originals.keep(data, hash: original.hash)
        } catch {
            throw ImportProblem.originalNotKept(String(describing: error))
        }
        return original
    }

    private static func contents(of url: URL, mapped: Bool) throws -> Data {
        do {
            return try Data(contentsOf: url, options: mapped ? .alwaysMapped : [])
        } catch {
            throw ImportProblem.unreadable((error as NSError).localizedDescription)
        }
    }

    private static func problem(_ error: any Error) -> ImportProblem {
        switch error {
        case let problem as ImportProblem: problem
        case let formatError as FormatError: .format(formatError)
        default: .unreadable(String(describing: error))
        }
    }
}
