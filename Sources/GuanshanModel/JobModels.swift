import Foundation

public enum JobState: String, Sendable, Codable, CaseIterable {
    /// Waiting for a node to take it.
    case queued
    /// A node works on it, holding its lease.
    case running
    case done
    /// The last attempt failed, or attempts ran out: an admin may queue it again.
    case failed
}

/// A piece of long work kept in the store (an import from the admin), so that any node may do it and
/// a node that stops in the middle leaves it to another.
public struct StoredJob: Sendable, Equatable {
    public var id: Int64
    /// What the work is: `import`.
    public var kind: String
    public var state: JobState
    /// The work's parameters, as JSON the library writes and reads.
    public var parameters: String
    /// The account that asked for it.
    public var accountID: Int64?
    public var created: Date
    public var updated: Date
    /// Raised by every claim: a node whose claim is not the job's latest may no longer write to it.
    public var claim: Int
    /// Claims since the job was queued (last) : a job whose node keeps dying is given up.
    public var attempts: Int
    public var done: Int64
    public var total: Int64
    /// What came of it, as JSON the library reads, once done: whole from `JobStore.job(id:)`, nil from
    /// `JobStore.jobs`, which lists jobs with their `summary` only.
    public var result: String?
    /// What came of it in short (counts), as JSON the library reads.
    public var summary: String?
    /// Why it failed.
    public var failure: String?

    public init(
        id: Int64, kind: String, state: JobState, parameters: String, accountID: Int64?, created: Date, updated: Date, claim: Int,
        attempts: Int, done: Int64, total: Int64, result: String?, summary: String?, failure: String?
    ) {
        self.id = id
        self.kind = kind
        self.state = state
        self.parameters = parameters
        self.accountID = accountID
        self.created = created
        self.updated = updated
        self.claim = claim
        self.attempts = attempts
        self.done = done
        self.total = total
        self.result = result
        self.summary = summary
        self.failure = failure
    }
}

/// A file a job works on, kept with it until it is done.
public struct JobFile: Sendable, Equatable {
    public var name: String
    public var bytes: Data

    public init(name: String, bytes: Data) {
        self.name = name
        self.bytes = bytes
    }
}
