public import Foundation

/// Long work kept in the store: queued by one node, claimed by any for a lease it renews as it goes, so
/// that the work of a node that stops is taken up by another once the lease runs out. Each claim
/// raises the job's `claim`; writes name the claim they hold and do nothing for one that is not the
/// latest.
public protocol JobStore: Sendable {
    /// Queues a job with its files; returns its id.
    func queueJob(kind: String, parameters: String, accountID: Int64?, files: [JobFile], at time: Date) async throws -> Int64
    /// Takes the oldest job that is queued or whose lease ran out, for a lease until `leaseUntil`; nil
    /// when there is none. A job whose lease ran out after `maximumAttempts` claims fails instead, with
    /// `abandoned` as its failure.
    func claimJob(at time: Date, leaseUntil: Date, maximumAttempts: Int, abandoned: String) async throws -> StoredJob?
    func jobFiles(id: Int64) async throws -> [JobFile]
    /// Notes how far the job is and extends the lease; false when `claim` is no longer the job's.
    func noteJobProgress(id: Int64, claim: Int, done: Int64, total: Int64, leaseUntil: Date, at time: Date) async throws -> Bool
    /// Ends the job: done with `result` and its `summary` (its files dropped, but those named in
    /// `keeping`, which failed, for a retry of them alone), or failed with `failure` (its files kept for a
    /// retry). False when `claim` is no longer the job's.
    func finishJob(id: Int64, claim: Int, result: String?, summary: String?, failure: String?, keeping: [String], at time: Date) async throws -> Bool
    /// Queues a new job of `kind` with `parameters` holding the files job `id` kept, which leave it; nil
    /// when it kept none (never, or they were queued again already).
    func requeueFiles(ofJob id: Int64, kind: String, parameters: String, accountID: Int64?, at time: Date) async throws -> Int64?
    /// Gives the job back to the queue unfinished (its node is stopping), its claim not counted as an
    /// attempt. False when `claim` is no longer the job's.
    func releaseJob(id: Int64, claim: Int, at time: Date) async throws -> Bool
    func job(id: Int64) async throws -> StoredJob?
    /// The newest jobs first, without their `result`; only those not done when `unfinishedOnly`.
    func jobs(limit: Int, unfinishedOnly: Bool) async throws -> [StoredJob]
    /// The jobs `accountID` queued at or after `since`, in every state, oldest first (a reader's uploads of the day).
    func jobs(accountID: Int64, since: Date) async throws -> [StoredJob]
    /// Queues a failed job again, with its attempts counted anew; false for a job that did not fail.
    func retryJob(id: Int64, at time: Date) async throws -> Bool
    /// Deletes jobs done or failed before `time`, with their files.
    func pruneJobs(endedBefore time: Date) async throws
}
