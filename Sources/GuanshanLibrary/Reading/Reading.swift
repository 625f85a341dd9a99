public import GuanshanModel
import GuanshanText

/// One page of a document as a reader sees it; `pageNumber` is 1-based.
public struct ReadingPage: Sendable {
    public var document: StoredDocument
    public var pageNumber: Int
    public var pageCount: Int
    /// The blocks of this page, with the index in the whole body of each.
    public var blocks: [(index: Int, block: Block)]
    public var viewCount: Int
    /// What a signed-in reader has of this document; nil for a visitor who is not signed in.
    public var personal: PersonalState?
    /// Documents close to this one in content, on the page where the document ends.
    public var related: [RelatedDocument] = []

    /// The page (1-based) that holds the start of body block `index`.
    public func pageNumber(ofBlock index: Int) -> Int {
        (document.metrics.pages.lastIndex { $0.block <= index } ?? 0) + 1
    }
}

extension ReadingService {
    /// Page `pageNumber` of a published document, counting the view and, for a signed-in reader, the page
    /// reached (and `block`, the body block of a link they followed to it), unless `counting` is false
    /// (a HEAD request reads nothing).
    public func readPage(
        id: Int64, pageNumber: Int, block: Int? = nil, reader: Visitor? = nil, counting: Bool = true
    ) async throws -> ReadingPage {
        let document = try await publishedDocument(id: id)
        let pages = document.metrics.pages
        guard (1...max(pages.count, 1)).contains(pageNumber) else { throw LibraryError.pageNotFound }
        let first = pages.isEmpty ? 0 : pages[pageNumber - 1].block
        let blocks = Pagination.slice(document.blocks, pages: pages, page: pageNumber - 1)
        var page = reading(
            document, pageNumber: pageNumber, blocks: blocks.enumerated().map { (first + $0.offset, $0.element) }, counting: counting)
        if pageNumber == page.pageCount { page.related = try await relatedDocuments(to: document) }
        if let reader { page.personal = try await noteReading(reader, of: page, at: pageNumber, block: block, recording: counting) }
        return try await lists().masked(page)
    }

    /// The whole document on one page, counting the view unless `counting` is false; `block` as for `readPage`.
    public func readWholeDocument(id: Int64, block: Int? = nil, reader: Visitor? = nil, counting: Bool = true) async throws -> ReadingPage {
        let document = try await publishedDocument(id: id)
        var page = reading(
            document, pageNumber: 1, blocks: document.blocks.enumerated().map { ($0.offset, $0.element) }, counting: counting)
        page.related = try await relatedDocuments(to: document)
        if let reader { page.personal = try await noteReading(reader, of: page, at: nil, block: block, recording: counting) }
        return try await lists().masked(page)
    }

    /// What lists show of a published document (masked), without reading a page or counting a view.
    public func publishedSummary(id: Int64) async throws -> DocumentSummary {
        try await lists().masked(try await publishedDocument(id: id).summary)
    }

    /// How many pages a published document has, without counting a view: for its share code.
    public func pageCount(ofDocument id: Int64) async throws -> Int {
        max(try await publishedDocument(id: id).metrics.pages.count, 1)
    }

    private func publishedDocument(id: Int64) async throws -> StoredDocument {
        guard let document = try await store.document(id: id) else { throw LibraryError.documentNotFound }
        return document
    }

    private func reading(
        _ document: StoredDocument, pageNumber: Int, blocks: [(index: Int, block: Block)], counting: Bool
    ) -> ReadingPage {
        if counting { views.record(document.id) }
        let viewCount = document.summary.viewCount + views.pendingViews(of: document.id)
        return ReadingPage(
            document: document, pageNumber: pageNumber, pageCount: max(document.metrics.pages.count, 1),
            blocks: blocks, viewCount: viewCount)
    }
}
