import Foundation
internal import GuanshanFormats
public import GuanshanModel

/// Why a reader's upload was not taken.
public enum SharingError: Error, Equatable, Sendable {
    /// The site does not let this account share (`SiteSettings.sharing`).
    case notAllowed
    case noFile
    /// More files than one upload may hold.
    case tooManyFiles(limit: Int)
    /// A file of a format that holds many documents (JSONL, a WordPress export): an editor's import.
    case bulkFormat(String)
    /// A file whose name says no format the importer reads.
    case unsupportedFormat(String)
    /// The category is not one of the site's.
    case unknownCategory
    /// More than 10 tags, or a tag of more than 40 characters.
    case invalidTags
    /// An admin banned the account from uploading, until a time or (nil) for good.
    case banned(until: Date?)
    /// The day's files or megabytes would be exceeded (`SiteSettings.dailyUploadFiles`, `dailyUploadMegabytes`).
    case dailyFiles(limit: Int)
    case dailyMegabytes(limit: Int)
}

/// Readers' uploads (读者分享): who may share, the day's limits, and the import that makes each file a
/// submission for review (`Review.swift`).
extension EditorialService {
    /// The most files one upload may hold.
    public static let mostSharedFiles = 20

    /// Whether `user` may share documents under `settings`: editors and admins always, readers as the
    /// site's setting says.
    public static func mayShare(_ user: User, _ settings: SiteSettings) -> Bool {
        if user.role >= .editor { return true }
        switch settings.sharing {
        case .nobody: return false
        case .readers: return true
        case .contributors: return user.contributor
        }
    }

    /// Queues a reader's files for import as submissions of theirs, in `category` (one of the site's, or
    /// none) with `tags` (comma-separated); returns the import job's id.
    public func share(_ files: [(name: String, bytes: Data)], category: String, tags: String, by reader: Visitor) async throws -> Int64 {
        let settings = try await settings()
        guard Self.mayShare(reader.user, settings) else { throw SharingError.notAllowed }
        if let ban = try await store.bans(accountIDs: [reader.user.id], at: now()).first(where: { $0.scope == .upload }) {
            throw SharingError.banned(until: ban.until)
        }
        guard !files.isEmpty, files.allSatisfy({ !$0.bytes.isEmpty }) else { throw SharingError.noFile }
        guard files.count <= Self.mostSharedFiles else { throw SharingError.tooManyFiles(limit: Self.mostSharedFiles) }
        for file in files {
            // The name as the import will read it (`queueImport` keeps files by their safe names).
            let ext = (FileName.safe(file.name) as NSString).pathExtension.lowercased()
            let format = DocumentFormat(fileExtension: ext)
            if format == .jsonl || format == .wxr || ext == "xml" { throw SharingError.bulkFormat(ext) }
            guard format != nil else { throw SharingError.unsupportedFormat(ext) }
        }
        let categoryName = category.trimmingCharacters(in: .whitespacesAndNewlines)
        if !categoryName.isEmpty, !(try await store.allCategories()).contains(where: { $0.name == categoryName }) {
            throw SharingError.unknownCategory
        }
        let tagList = DocumentDraft(tags: tags).tagList
        guard tagList.count <= 10, tagList.allSatisfy({ $0.unicodeScalars.count <= 40 }) else { throw SharingError.invalidTags }
        var options = ImportOptions(category: categoryName.isEmpty ? nil : categoryName, status: .draft, owner: reader.user)
        options.tags = tagList
        options.submission = true
        options.address = reader.address
        // One check and queueing at a time on this node, so that two uploads sent at once count each other.
        return try await shareGate.run { [self, options] in
            try await checkDailyLimits(adding: files.map { Int64($0.bytes.count) }, by: reader.user, settings)
            return try await queueImport(files, options: options)
        }
    }

    /// Counts every file the reader uploaded to share since the start of the day in the site's zone,
    /// whatever became of it (read, refused, the same as a document the library has, still waiting).
    private func checkDailyLimits(adding sizes: [Int64], by user: User, _ settings: SiteSettings) async throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = settings.timeZone
        var files = sizes.count
        var bytes = sizes.reduce(0, +)
        for job in try await store.jobs(accountID: user.id, since: calendar.startOfDay(for: now())) {
            guard let parameters = try? JSONDecoder().decode(ImportJobs.Parameters.self, from: Data(job.parameters.utf8)),
                  parameters.submission == true
            else { continue }
            files += parameters.fileNames.count
            bytes += parameters.fileSizes?.reduce(0, +) ?? 0
        }
        guard files <= settings.dailyUploadFiles else { throw SharingError.dailyFiles(limit: settings.dailyUploadFiles) }
        guard bytes <= Int64(settings.dailyUploadMegabytes) << 20 else { throw SharingError.dailyMegabytes(limit: settings.dailyUploadMegabytes) }
    }
}
