public import Foundation
public import GuanshanModel

/// The pages of a document's original that `原版预览` shows: at most as many as the site's setting says.
public struct PreviewedPages: Sendable {
    public var document: StoredDocument
    /// How many of the original's first pages are shown (at least 1).
    public var count: Int
    /// How many pages the original has.
    public var total: Int
}

extension ReadingService {
    /// Whether pages of `original` can be shown when the setting allows `limit` of them.
    public func canPreview(_ original: OriginalFile?, limit: Int) -> Bool {
        guard let original, let previews, limit > 0 else { return false }
        return previews.canPreview(original)
    }

    /// The pages of a published document's original that may be shown, `limit` at most; `documentNotFound`
    /// when it has none to show.
    public func previewedPages(id: Int64, limit: Int) async throws -> PreviewedPages {
        guard let document = try await store.document(id: id), let original = document.original, canPreview(original, limit: limit),
              let previews
        else { throw LibraryError.documentNotFound }
        let total = try await Self.previewing { try await previews.pageCount(of: original) }
        guard total > 0 else { throw LibraryError.documentNotFound }
        return PreviewedPages(document: try await lists().masked(document, blocks: false), count: min(total, limit), total: total)
    }

    /// Whether a published document has an original.
    public func hasOriginal(id: Int64) async throws -> Bool {
        try await store.publishedOriginal(documentID: id) != nil
    }

    /// Page `page` of a published document's original as a JPEG, when it is among the first `limit`.
    public func previewImage(id: Int64, page: Int, width: PagePreviews.Width, limit: Int) async throws -> Data {
        guard page <= limit, let original = try await store.publishedOriginal(documentID: id), canPreview(original, limit: limit),
              let previews
        else { throw LibraryError.pageNotFound }
        return try await Self.previewing { try await previews.image(of: original, page: page, width: width) }
    }

    /// A page a converter could not draw is a page there is no preview of; a converter that is not
    /// installed is the operator's to know, and stays an error.
    private static func previewing<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let problem as ImportProblem {
            if case .converterMissing = problem { throw problem }
            throw LibraryError.pageNotFound
        } catch is FormatError {
            throw LibraryError.pageNotFound
        } catch is ConverterFailure {
            throw LibraryError.pageNotFound
        }
    }
}
