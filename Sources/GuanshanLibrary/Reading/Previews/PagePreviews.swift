public import Foundation
public import GuanshanModel

/// Images of the pages of documents' originals, made on first need in a converter sandbox of their own
/// (imports never wait behind them) and kept in this node's `PreviewCache`: a PDF's pages drawn by
/// poppler's `pdftoppm` as JPEG; an office file's after LibreOffice has made a PDF of it (kept too, so
/// that it is made once). Each image is made once however many ask for it at the same moment, and at
/// most `maximumMaking` are under way or waiting: past that, `LibraryError.busy` (a crawler asking
/// for every page of every document is slowed, not served by queueing work without end).
public actor PagePreviews {
    /// How wide a page is drawn: for reading, or as a thumbnail in lists.
    public enum Width: Int, Sendable {
        case page = 900
        case thumbnail = 240
    }

    let storage: any OriginalStorage
    let cache: PreviewCache
    let sandbox: ConverterSandbox
    private var making: [String: Task<Data, any Error>] = [:]
    nonisolated let maximumMaking: Int

    static let renderLimits = ConverterSandbox.Limits(seconds: 60, memoryBytes: 1 << 30, outputBytes: 32 << 20)
    static let infoLimits = ConverterSandbox.Limits(seconds: 20, memoryBytes: 1 << 30, outputBytes: 1 << 20)

    /// Previews of the originals in `storage`, kept in `directory` up to `limitBytes`.
    public init(storage: any OriginalStorage, directory: URL, limitBytes: Int) {
        self.storage = storage
        self.cache = PreviewCache(directory: directory, limitBytes: limitBytes)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        self.sandbox = ConverterSandbox(slots: ConverterSandbox.Slots(cores))
        self.maximumMaking = 4 * max(cores, 1)
    }

    /// Whether pages of an original of `format` can be shown: PDFs, and what LibreOffice makes a PDF of.
    public nonisolated static func canPreview(_ format: DocumentFormat) -> Bool {
        format == .pdf || format == .docx || OfficeConverter.target(of: format) != nil
    }

    /// Whether this node can show pages of `original`: the tools are installed, and the PDF its pages are
    /// drawn from fits in the cache (a larger one would be read whole again for every page).
    public nonisolated func canPreview(_ original: OriginalFile) -> Bool {
        guard Self.canPreview(original.format), Self.tools.pdftoppm, original.format == .pdf || Self.tools.soffice else { return false }
        return original.byteCount <= Int64(cache.largestKept)
    }

    private static let tools = (
        pdftoppm: ConverterSandbox.locate("pdftoppm") != nil && ConverterSandbox.locate("pdfinfo") != nil,
        soffice: ConverterSandbox.locate("soffice") != nil)

    /// How many pages the original has.
    public func pageCount(of original: OriginalFile) async throws -> Int {
        let data = try await once("\(original.hash).pages") {
            let info = try await self.withSource(of: original) { folder, source in
                try await folder.run("pdfinfo", package: "poppler-utils", [source], limits: Self.infoLimits)
            }
            return Data(String(try PDFConverter.pageCount(info)).utf8)
        }
        guard let pages = Int(String(decoding: data, as: UTF8.self)) else { throw FormatError.notPDF }
        return pages
    }

    /// Page `page` (from 1) of the original as a JPEG `width` pixels wide; `LibraryError.pageNotFound`
    /// past its last page.
    public func image(of original: OriginalFile, page: Int, width: Width) async throws -> Data {
        guard page >= 1, page <= (try await pageCount(of: original)) else { throw LibraryError.pageNotFound }
        return try await once("\(original.hash)-\(page)-\(width.rawValue).jpg") {
            try await self.withSource(of: original) { folder, source in
                _ = try await folder.run(
                    "pdftoppm", package: "poppler-utils",
                    ["-f", "\(page)", "-l", "\(page)", "-singlefile", "-jpeg", "-jpegopt", "quality=80", "-scale-to-x", "\(width.rawValue)",
                     "-scale-to-y", "-1", source, "page"],
                    limits: Self.renderLimits)
                return try folder.read("page.jpg", writtenBy: "pdftoppm", limit: Self.renderLimits.outputBytes)
            }
        }
    }

    /// Runs `work` in a sandbox folder with the path of the PDF the pages are drawn from: the original
    /// itself, or LibreOffice's PDF of it; from the cache, or written into the folder when too large to
    /// keep there.
    private func withSource<T: Sendable>(
        of original: OriginalFile, _ work: @escaping @Sendable (ConverterSandbox.Folder, String) async throws -> T
    ) async throws -> T {
        let name = "\(original.hash).pdf"
        let refused = "\(original.hash).refused"
        if await cache.contains(name) { return try await Self.run(work, in: sandbox, source: .kept(cache.url(name))) }
        if await cache.contains(refused) { throw LibraryError.pageNotFound }
        let data = try await once(name) {
            guard let bytes = try await self.storage.bytes(of: original) else { throw LibraryError.originalMissing }
            if original.format == .pdf { return bytes }
            guard Self.canPreview(original.format) else { throw LibraryError.pageNotFound }
            let pdf: Data
            do {
                pdf = try await self.sandbox.withFolder(holding: bytes, as: "input.\(original.format.rawValue)") { folder in
                    let pdf = try await OfficeConverter.convert("input.\(original.format.rawValue)", to: .pdf, in: folder)
                    return try folder.read(pdf, writtenBy: "soffice", limit: OfficeConverter.limits.outputBytes)
                }
            } catch let problem as ImportProblem {
                // A file LibreOffice crashes on or refuses is not tried again at every request; a time
                // limit reached under load, or LibreOffice not installed yet, is not the file's fault.
                if case .converterFailed = problem { await self.cache.keep(Data(problem.message(english: true).utf8), as: refused) }
                throw problem
            }
            guard pdf.count <= self.cache.largestKept else {
                await self.cache.keep(Data("LibreOffice's PDF is too large to keep".utf8), as: refused)
                throw LibraryError.pageNotFound
            }
            return pdf
        }
        let kept = await cache.contains(name)
        return try await Self.run(work, in: sandbox, source: kept ? .kept(cache.url(name)) : .bytes(data))
    }

    private enum Source: Sendable {
        case kept(URL)
        case bytes(Data)
    }

    private static func run<T: Sendable>(
        _ work: @escaping @Sendable (ConverterSandbox.Folder, String) async throws -> T, in sandbox: ConverterSandbox, source: Source
    ) async throws -> T {
        switch source {
        case .kept(let url): try await sandbox.withFolder { try await work($0, url.path) }
        case .bytes(let data): try await sandbox.withFolder(holding: data, as: "source.pdf") { try await work($0, "source.pdf") }
        }
    }

    /// The cached file `name`, made by `make` and kept when it is not there: one making at a time for
    /// each name, the others waiting for its result.
    private func once(_ name: String, _ make: @escaping @Sendable () async throws -> Data) async throws -> Data {
        if let kept = await cache.data(name) { return kept }
        if let underWay = making[name] { return try await underWay.value }
        guard making.count < maximumMaking else { throw LibraryError.busy }
        let task = Task { try await make() }
        making[name] = task
        defer { making[name] = nil }
        let data = try await task.value
        await cache.keep(data, as: name)
        return data
    }
}
