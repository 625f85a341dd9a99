import Foundation

/// A takedown's record (下架记录) to write: what a taken-down text was, kept after its document is gone,
/// so that the same text or a near-duplicate uploaded again is refused or held.
public struct NewTakedown: Sendable {
    /// The document taken down; the record outlives it.
    public var documentID: Int64?
    public var title: String
    public var contentHash: String
    public var fingerprint: UInt64
    public var reason: String
    /// The editor who took it down; nil when the site did (enough reports).
    public var deciderID: Int64?
    public var at: Date

    public init(documentID: Int64?, title: String, contentHash: String, fingerprint: UInt64, reason: String, deciderID: Int64?, at: Date) {
        self.documentID = documentID
        self.title = title
        self.contentHash = contentHash
        self.fingerprint = fingerprint
        self.reason = reason
        self.deciderID = deciderID
        self.at = at
    }
}

/// A takedown's record as the admin reads it.
public struct Takedown: Sendable, Hashable {
    public var id: Int64
    /// Nil once the document was deleted.
    public var documentID: Int64?
    public var title: String
    public var contentHash: String
    public var fingerprint: UInt64
    public var reason: String
    /// Nil when the site took it down, or once that account is deleted.
    public var deciderID: Int64?
    public var created: Date

    public init(
        id: Int64, documentID: Int64?, title: String, contentHash: String, fingerprint: UInt64, reason: String, deciderID: Int64?, created: Date
    ) {
        self.id = id
        self.documentID = documentID
        self.title = title
        self.contentHash = contentHash
        self.fingerprint = fingerprint
        self.reason = reason
        self.deciderID = deciderID
        self.created = created
    }
}

public struct TakedownList: Sendable {
    public var rows: [Takedown]
    /// Every record, for paging.
    public var total: Int

    public init(rows: [Takedown], total: Int) {
        self.rows = rows
        self.total = total
    }
}
