import Foundation

/// A copyright notice (权利人投诉) to record: who claims which work, and which documents of the site
/// they say infringe it.
public struct NewCopyrightNotice: Sendable {
    /// The rights holder (权利人), a person or an organization.
    public var claimant: String
    /// How to reach them: an e-mail address or a telephone number.
    public var contact: String
    /// Whether the one sending is the rights holder's agent (代理人).
    public var byAgent: Bool
    /// The work and the rights claimed in it.
    public var work: String
    /// The documents of the site the notice names, as their ids.
    public var documentIDs: [Int64]
    public var details: String
    /// The account sending; nil for a visitor.
    public var submitterID: Int64?
    /// Who sent, for the rate: an account or an address hash, as the caller writes it.
    public var submitterKey: String
    public var at: Date

    public init(
        claimant: String, contact: String, byAgent: Bool, work: String, documentIDs: [Int64], details: String, submitterID: Int64?,
        submitterKey: String, at: Date
    ) {
        self.claimant = claimant
        self.contact = contact
        self.byAgent = byAgent
        self.work = work
        self.documentIDs = documentIDs
        self.details = details
        self.submitterID = submitterID
        self.submitterKey = submitterKey
        self.at = at
    }
}

/// A copyright notice as the admin reads it.
public struct CopyrightNotice: Sendable, Hashable {
    public var id: Int64
    public var claimant: String
    public var contact: String
    public var byAgent: Bool
    public var work: String
    public var documentIDs: [Int64]
    public var details: String
    public var submitterID: Int64?
    public var created: Date
    /// When an editor marked it dealt with, and who; nil while open.
    public var handled: Date?
    public var handlerID: Int64?

    public init(
        id: Int64, claimant: String, contact: String, byAgent: Bool, work: String, documentIDs: [Int64], details: String,
        submitterID: Int64?, created: Date, handled: Date?, handlerID: Int64?
    ) {
        self.id = id
        self.claimant = claimant
        self.contact = contact
        self.byAgent = byAgent
        self.work = work
        self.documentIDs = documentIDs
        self.details = details
        self.submitterID = submitterID
        self.created = created
        self.handled = handled
        self.handlerID = handlerID
    }
}

public struct CopyrightNoticeList: Sendable {
    public var rows: [CopyrightNotice]
    /// Every notice, for paging.
    public var total: Int
    /// The notices not yet dealt with.
    public var open: Int

    public init(rows: [CopyrightNotice], total: Int, open: Int) {
        self.rows = rows
        self.total = total
        self.open = open
    }
}
