import GuanshanLibrary
import GuanshanModel
import Testing

extension Library {
    /// Imports the file at `path` as `guanshan import` does, expecting it to come in whole, and gives back
    /// the document it became.
    func importOne(
        _ path: String, options: ImportOptions = ImportOptions(), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> StoredDocument {
        let report = try await editorial.importFiles([path], options: options)
        #expect(report.failed.isEmpty, "\(path): \(report.failed)", sourceLocation: sourceLocation)
        let id = try #require(report.imported.first?.id, "\(path)", sourceLocation: sourceLocation)
        return try await reading.readWholeDocument(id: id, counting: false).document
    }
}
