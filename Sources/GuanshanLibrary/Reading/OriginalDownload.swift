public import Foundation
public import GuanshanModel

/// A document's original, ready to be sent: its first part already read, so that bytes missing from
/// the storage are found before any answer begins, and the rest read a part at a time as it is sent.
public struct OriginalDownload: Sendable {
    public let file: OriginalFile
    public let firstPart: Data
    let storage: any OriginalStorage

    /// Part `index` (from 1; `firstPart` is part 0).
    public func part(_ index: Int) async throws -> Data {
        guard let part = try await storage.part(index, of: file.hash, byteCount: file.byteCount) else {
            throw OriginalStorageError.damaged(hash: file.hash, place: storage.place)
        }
        return part
    }
}

extension ReadingService {
    /// The original of a published document, when `downloads` lets this reader have it: signed in
    /// (`signedIn`) for `readers`. `documentNotFound` for a document without one, or when the site
    /// offers none; `signInRequired` for a visitor where readers only may download.
    public func original(id: Int64, downloads: OriginalDownloads, signedIn: Bool) async throws -> OriginalDownload {
        guard downloads != .nobody, let originals, let file = try await store.publishedOriginal(documentID: id)
        else { throw LibraryError.documentNotFound }
        if downloads == .readers && !signedIn { throw LibraryError.signInRequired }
        guard let first = try await originals.partIfKept(0, of: file.hash, byteCount: file.byteCount) else { throw LibraryError.originalMissing }
        return OriginalDownload(file: file, firstPart: first, storage: originals)
    }
}
