import Foundation
import GuanshanModel
import GuanshanStore
import GuanshanTestSupport
import Testing

/// The same checks of the job queue on each store: claims, leases, fencing, giving up and retrying.
@Suite struct JobStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + seconds) }
    static let files = [JobFile(name: "通知.md", bytes: Data("# 通知\n\n正文".utf8)), JobFile(name: "空.bin", bytes: Data([0, 255, 1]))]

    func claim(_ store: any Store, at seconds: TimeInterval, lease: TimeInterval = 60) async throws -> StoredJob? {
        try await store.claimJob(at: Self.time(seconds), leaseUntil: Self.time(seconds + lease), maximumAttempts: 3, abandoned: "gave up")
    }

    /// A reader's uploads of the day, whatever became of them: what the day's limits count.
    @Test(arguments: StoreKind.allCases) func anAccountsJobsSinceATimeAreListed(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let reader = try await store.createUser(NewUser(name: "读者", nameKey: "读者", passwordHash: "x", role: .reader, created: Self.time(0)))
        let other = try await store.createUser(NewUser(name: "别人", nameKey: "别人", passwordHash: "x", role: .reader, created: Self.time(0)))
        _ = try await store.queueJob(kind: "import", parameters: "{\"old\":1}", accountID: reader.id, files: [], at: Self.time(10))
        let today = try await store.queueJob(kind: "import", parameters: "{\"n\":1}", accountID: reader.id, files: Self.files, at: Self.time(100))
        _ = try await store.queueJob(kind: "import", parameters: "{}", accountID: other.id, files: [], at: Self.time(110))
        let later = try await store.queueJob(kind: "import", parameters: "{\"n\":2}", accountID: reader.id, files: [], at: Self.time(120))
        let claimed = try #require(try await claim(store, at: 130))
        _ = try await store.finishJob(id: claimed.id, claim: claimed.claim, result: nil, summary: nil, failure: "failed", keeping: [], at: Self.time(131))
        #expect(try await store.jobs(accountID: reader.id, since: Self.time(100)).map(\.id) == [today, later], "every state, oldest first")
        #expect(try await store.jobs(accountID: reader.id, since: Self.time(100)).first?.parameters == "{\"n\":1}")
        #expect(try await store.jobs(accountID: other.id, since: Self.time(200)).isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func aJobIsClaimedOnceWorkedOnAndDone(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.queueJob(kind: "import", parameters: "{\"a\":1}", accountID: nil, files: Self.files, at: Self.time(0))
        let second = try await store.queueJob(kind: "import", parameters: "{}", accountID: nil, files: [], at: Self.time(1))
        #expect(second > first)
        #expect(try await store.jobFiles(id: first) == Self.files, "bytes come back as they went in")

        let claimed = try #require(try await claim(store, at: 2))
        #expect(claimed.id == first && claimed.state == .running && claimed.claim == 1 && claimed.attempts == 1)
        #expect(claimed.parameters == "{\"a\":1}" && claimed.created == Self.time(0))
        let next = try #require(try await claim(store, at: 3), "a running job is not claimed twice: the next one is")
        #expect(next.id == second)
        #expect(try await claim(store, at: 4) == nil)

        #expect(try await store.noteJobProgress(id: first, claim: 1, done: 5, total: 10, leaseUntil: Self.time(100), at: Self.time(5)))
        #expect(try await store.job(id: first)?.done == 5)
        #expect(try await store.job(id: first)?.total == 10)
        #expect(try await store.finishJob(id: first, claim: 1, result: "{\"report\":1}", summary: "{\"imported\":2}", failure: nil, keeping: [], at: Self.time(6)))
        let done = try #require(try await store.job(id: first))
        #expect(done.state == .done && done.result == "{\"report\":1}" && done.summary == "{\"imported\":2}" && done.failure == nil)
        #expect(done.updated == Self.time(6))
        #expect(try await store.jobFiles(id: first).isEmpty, "a finished job's files are dropped")
        #expect(try await store.finishJob(id: first, claim: 1, result: nil, summary: nil, failure: "again", keeping: [], at: Self.time(7)) == false)
        let listed = try await store.jobs(limit: 10, unfinishedOnly: false)
        #expect(listed.map(\.id) == [second, first])
        #expect(listed.last?.result == nil && listed.last?.summary == "{\"imported\":2}", "lists leave the whole result out")
        #expect(try await store.jobs(limit: 1, unfinishedOnly: false).map(\.id) == [second])
        #expect(try await store.jobs(limit: 10, unfinishedOnly: true).map(\.id) == [second])

        try await store.pruneJobs(endedBefore: Self.time(6))
        #expect(try await store.job(id: first) != nil, "ended at 6, not before")
        try await store.pruneJobs(endedBefore: Self.time(7))
        #expect(try await store.job(id: first) == nil)
        #expect(try await store.job(id: second) != nil, "a running job is never pruned")
    }

    /// A job done with files that failed keeps those, and only those, until they are queued again as a
    /// job of their own, once.
    @Test(arguments: StoreKind.allCases) func theFilesThatFailedAreKeptAndQueuedAgainOnce(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.queueJob(kind: "import", parameters: "{}", accountID: nil, files: Self.files, at: Self.time(0))
        let claimed = try #require(try await claim(store, at: 1))
        #expect(try await store.finishJob(id: id, claim: claimed.claim, result: "{}", summary: nil, failure: nil, keeping: ["空.bin", "其他"], at: Self.time(2)))
        #expect(try await store.jobFiles(id: id) == [Self.files[1]])
        let again = try #require(try await store.requeueFiles(ofJob: id, kind: "import", parameters: "{\"b\":2}", accountID: nil, at: Self.time(3)))
        let queued = try #require(try await store.job(id: again))
        #expect(again != id && queued.state == .queued && queued.parameters == "{\"b\":2}")
        #expect(try await store.jobFiles(id: again) == [Self.files[1]])
        #expect(try await store.jobFiles(id: id).isEmpty)
        #expect(try await store.requeueFiles(ofJob: id, kind: "import", parameters: "{}", accountID: nil, at: Self.time(4)) == nil, "once")
    }

    @Test(arguments: StoreKind.allCases) func aJobWhoseLeaseRanOutIsTakenOverAndTheOldClaimIsFencedOff(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.queueJob(kind: "import", parameters: "{}", accountID: nil, files: Self.files, at: Self.time(0))
        _ = try #require(try await claim(store, at: 1, lease: 60))
        #expect(try await claim(store, at: 30) == nil, "the lease still holds")
        let taken = try #require(try await claim(store, at: 62), "the first node stopped: its lease ran out")
        #expect(taken.id == id && taken.claim == 2 && taken.attempts == 2)
        #expect(try await store.noteJobProgress(id: id, claim: 1, done: 1, total: 2, leaseUntil: Self.time(200), at: Self.time(63)) == false)
        #expect(try await store.finishJob(id: id, claim: 1, result: "{}", summary: nil, failure: nil, keeping: [], at: Self.time(64)) == false)
        #expect(try await store.releaseJob(id: id, claim: 1, at: Self.time(64)) == false)
        #expect(try await store.job(id: id)?.state == .running)
        #expect(try await store.jobFiles(id: id) == Self.files)
        #expect(try await store.finishJob(id: id, claim: 2, result: nil, summary: nil, failure: "unreadable", keeping: [], at: Self.time(65)))
        let failed = try #require(try await store.job(id: id))
        #expect(failed.state == .failed && failed.failure == "unreadable")
        #expect(try await store.jobFiles(id: id) == Self.files, "a failed job keeps its files for a retry")
        #expect(try await claim(store, at: 300) == nil, "a failed job waits for an admin")
    }

    @Test(arguments: StoreKind.allCases) func aJobThatKeepsDyingIsGivenUpAndCanBeRetried(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.queueJob(kind: "import", parameters: "{}", accountID: nil, files: [], at: Self.time(0))
        for attempt in 1...3 {
            let claimed = try #require(try await claim(store, at: Double(attempt) * 100, lease: 10))
            #expect(claimed.attempts == attempt)
        }
        #expect(try await claim(store, at: 400) == nil)
        let given = try #require(try await store.job(id: id))
        #expect(given.state == .failed && given.failure == "gave up")
        #expect(try await store.retryJob(id: id, at: Self.time(500)))
        #expect(try await store.retryJob(id: id, at: Self.time(501)) == false, "only a failed job is retried")
        let again = try #require(try await claim(store, at: 502))
        #expect(again.attempts == 1 && again.claim == 4 && again.failure == nil)
    }

    /// A node that stops gives its job back: queued at once, its claim not counted as an attempt.
    @Test(arguments: StoreKind.allCases) func aJobGivenBackIsQueuedWithoutUsingAnAttempt(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let id = try await store.queueJob(kind: "import", parameters: "{}", accountID: nil, files: Self.files, at: Self.time(0))
        let first = try #require(try await claim(store, at: 1))
        #expect(try await store.releaseJob(id: id, claim: first.claim, at: Self.time(2)))
        let queued = try #require(try await store.job(id: id))
        #expect(queued.state == .queued && queued.attempts == 0)
        let again = try #require(try await claim(store, at: 3), "taken again before any lease would have run out")
        #expect(again.claim == 2 && again.attempts == 1)
        #expect(try await store.releaseJob(id: id, claim: first.claim, at: Self.time(4)) == false, "the old claim gives nothing back")
    }
}
