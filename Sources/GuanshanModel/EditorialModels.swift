import Foundation
import GuanshanText

/// Where a document stands for the admin: a draft, published, or in the trash (with the state it had).
public enum EditorialState: String, Sendable, CaseIterable {
    case draft, published, trashed
}

public struct AdminDocumentQuery: Sendable {
    public var state: EditorialState?
    public var categoryID: Int64?
    /// Part of the title, compared without case.
    public var title: String?
    public var offset: Int
    public var limit: Int

    public init(state: EditorialState? = nil, categoryID: Int64? = nil, title: String? = nil, offset: Int = 0, limit: Int = 30) {
        self.state = state
        self.categoryID = categoryID
        self.title = title
        self.offset = offset
        self.limit = limit
    }
}

/// A row of the admin's document list.
public struct AdminDocumentRow: Sendable {
    public var summary: DocumentSummary
    public var state: EditorialState
    public var updated: Date
    /// The document this one was imported as a near-duplicate of, while that one exists.
    public var nearDuplicateOf: Int64?

    public init(summary: DocumentSummary, state: EditorialState, updated: Date, nearDuplicateOf: Int64?) {
        self.summary = summary
        self.state = state
        self.updated = updated
        self.nearDuplicateOf = nearDuplicateOf
    }
}

/// What near-duplicate detection compares: every document that is not in the trash.
public struct StoredFingerprint: Sendable {
    public var id: Int64
    public var title: String
    public var fingerprint: UInt64
    public var contentHash: String

    public init(id: Int64, title: String, fingerprint: UInt64, contentHash: String) {
        self.id = id
        self.title = title
        self.fingerprint = fingerprint
        self.contentHash = contentHash
    }
}

public struct AdminDocumentList: Sendable {
    public var rows: [AdminDocumentRow]
    public var total: Int
    /// Documents in each state, for the filter's counts.
    public var counts: [EditorialState: Int]

    public init(rows: [AdminDocumentRow], total: Int, counts: [EditorialState: Int]) {
        self.rows = rows
        self.total = total
        self.counts = counts
    }
}

/// A document as the editor opens it, in any state.
public struct EditableDocument: Sendable {
    public var document: StoredDocument
    public var state: EditorialState
    public var ownerID: Int64?

    public init(document: StoredDocument, state: EditorialState, ownerID: Int64?) {
        self.document = document
        self.state = state
        self.ownerID = ownerID
    }
}

/// What an edit replaces. The metrics come from the text rules, computed by the caller.
public struct DocumentUpdate: Sendable {
    public var title: String
    public var category: CategoryName?
    public var tags: [String]
    public var status: DocumentStatus
    public var blocks: [Block]
    public var metrics: DocumentMetrics
    public var at: Date

    public init(title: String, category: CategoryName?, tags: [String], status: DocumentStatus, blocks: [Block], metrics: DocumentMetrics, at: Date) {
        self.title = title
        self.category = category
        self.tags = tags
        self.status = status
        self.blocks = blocks
        self.metrics = metrics
        self.at = at
    }
}

public enum UpdateOutcome: Hashable, Sendable {
    case updated
    case notFound
    /// Another document has the same content hash.
    case duplicate(of: Int64)
}

public struct TagRow: Hashable, Sendable {
    public var name: String
    public var documentCount: Int

    public init(name: String, documentCount: Int) {
        self.name = name
        self.documentCount = documentCount
    }
}

/// The page starts and reading time of a document, recomputed when the page budget or the reading speed changes.
public struct DocumentLayout: Sendable {
    public var id: Int64
    public var pages: [PageStart]
    public var readingMinutes: Int

    public init(id: Int64, pages: [PageStart], readingMinutes: Int) {
        self.id = id
        self.pages = pages
        self.readingMinutes = readingMinutes
    }
}

/// One import, from the command line or the admin, for the dashboard.
public struct ImportRunRecord: Sendable {
    public struct Failure: Codable, Hashable, Sendable {
        public var source: String
        public var problem: String

        public init(source: String, problem: String) {
            self.source = source
            self.problem = problem
        }
    }

    public var started: Date
    public var finished: Date
    /// "cli" or "admin".
    public var origin: String
    public var userID: Int64?
    public var imported: Int
    public var skipped: Int
    public var failures: [Failure]

    public init(started: Date, finished: Date, origin: String, userID: Int64?, imported: Int, skipped: Int, failures: [Failure]) {
        self.started = started
        self.finished = finished
        self.origin = origin
        self.userID = userID
        self.imported = imported
        self.skipped = skipped
        self.failures = failures
    }
}

/// What the dashboard shows.
public struct DashboardFigures: Sendable {
    public var counts: [EditorialState: Int]
    /// Characters of the published documents.
    public var characters: Int
    public var views: Int
    /// Views on each of the days asked for, in their order (0 for a day without views).
    public var dailyViews: [Int]
    public var mostRead: [DocumentSummary]
    public var recentImports: [ImportRunRecord]

    public init(counts: [EditorialState: Int], characters: Int, views: Int, dailyViews: [Int], mostRead: [DocumentSummary], recentImports: [ImportRunRecord]) {
        self.counts = counts
        self.characters = characters
        self.views = views
        self.dailyViews = dailyViews
        self.mostRead = mostRead
        self.recentImports = recentImports
    }
}
