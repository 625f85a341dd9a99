import Foundation
internal import GuanshanFormats
public import GuanshanModel

/// Where an imported document came from: a file, and the line for JSONL.
public struct ImportSource: Hashable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int?

    public var description: String { line.map { "\(path):\($0)" } ?? path }
}

public enum ImportProblem: Error, Hashable, Sendable, Codable {
    case notFound
    case unsupportedFormat(String)
    case tooLarge(bytes: Int64, limit: Int64)
    case unreadable(String)
    case format(FormatError)
    /// A JSONL record asked for an id that another document has.
    case idTaken(Int64)
    case storeFailed(String)
    /// The disk is full: the batch was not saved.
    case outOfSpace
    /// Reading this kind of file needs `tool`, from the Debian package `package`, which is not installed.
    case converterMissing(tool: String, package: String)
    /// The converter ran past its time limit and was stopped.
    case converterTimedOut(tool: String, seconds: Int)
    /// The converter failed: it crashed, ran out of its memory limit, or refused the file; `reason` is its own word.
    case converterFailed(tool: String, reason: String)
    /// The file was read but could not be kept as its document's original (the storage refused it or is
    /// away), so the document was not saved either.
    case originalNotKept(String)
}

public struct ImportedDocument: Hashable, Sendable, Codable {
    public var id: Int64
    public var title: String
    public var source: ImportSource
}

public struct ImportSkip: Hashable, Sendable, Codable {
    public var source: ImportSource
    public var title: String
    /// The document that has the same content.
    public var duplicateOf: Int64
}

public struct ImportFailure: Hashable, Sendable, Codable {
    public var source: ImportSource
    public var problem: ImportProblem
}

public struct ImportReport: Sendable, Equatable, Codable {
    public var imported: [ImportedDocument] = []
    public var skipped: [ImportSkip] = []
    public var failed: [ImportFailure] = []
    /// Documents close to one already in the library, imported with a mark or skipped (`importedID` nil).
    public var nearDuplicates: [ImportNearDuplicate] = []
    /// Files in the given folders that are not of an importable type.
    public var ignoredFiles = 0
    /// Items of WordPress exports that are not posts or pages (attachments, menu items, revisions), in the trash, or empty.
    public var ignoredItems = 0
    /// The import was asked to stop before it read everything (`importFiles`' `stop`).
    public var stoppedEarly = false

    public init() {}

    /// Names every document's source by `rename` of its path (an upload's temporary file by its name).
    mutating func renameSources(_ rename: (String) -> String) {
        for index in imported.indices { imported[index].source.path = rename(imported[index].source.path) }
        for index in skipped.indices { skipped[index].source.path = rename(skipped[index].source.path) }
        for index in failed.indices { failed[index].source.path = rename(failed[index].source.path) }
        for index in nearDuplicates.indices { nearDuplicates[index].source.path = rename(nearDuplicates[index].source.path) }
    }
}

public enum ImportEvent: Sendable {
    case planned(files: Int, bytes: Int64)
    case progress(bytes: Int64, documents: Int, file: String)
}

extension ImportRunRecord.Failure {
    /// The problem is kept as JSON, so that each reader sees it in their own language.
    init(_ failure: ImportFailure) {
        let problem = (try? JSONEncoder().encode(failure.problem)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        self.init(source: failure.source.description, problem: problem)
    }

    /// The problem in words; a record this version cannot read shows as it is.
    public func message(english: Bool) -> String {
        (try? JSONDecoder().decode(ImportProblem.self, from: Data(problem.utf8)))?.message(english: english) ?? problem
    }
}
