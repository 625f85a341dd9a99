import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanStore
import GuanshanTestSupport
import Synchronization
import Testing

/// Imports queued in the store (issue 17, item 3): taken up after a node stops, done once however many
/// nodes run them, failed and retried.
@Suite struct ImportJobTests {
    static func file(_ title: String, _ body: String) -> (name: String, bytes: Data) {
        ("\(title).md", Data("# \(title)\n\n\(body)".utf8))
    }

    static let first = file("甲号通知", "第一份通知的正文，讲开放时间。")
    static let second = file("乙号通知", "第二份通知的正文，讲借阅规则。")

    /// A node claimed the job, saved the first file's document and stopped; once its lease runs out the
    /// next run takes the job up, and the saved document is skipped, not saved twice.
    @Test func anImportLeftByAStoppedNodeIsTakenUpAndSavesNothingTwice() async throws {
        let store = try await TestStore.make()
        let library = Library(store: store, passwordCost: .testing)
        let id = try await library.editorial.queueImport([Self.first, Self.second], options: ImportOptions())
        let stopped = try #require(try await store.claimJob(
            at: Date(), leaseUntil: Date(timeIntervalSinceNow: -1), maximumAttempts: 3, abandoned: "abandoned"))
        #expect(stopped.id == id)
        let folder = try TemporaryFolder()
        #expect(try await library.editorial.importFiles([try folder.write(Self.first.name, Self.first.bytes)]).imported.count == 1)

        #expect(try await library.editorial.runJobs() == 1)
        let job = try #require(try await library.editorial.importJob(id: id))
        #expect(job.state == .done)
        #expect(job.report?.imported.map(\.title) == ["乙号通知"])
        #expect(job.report?.skipped.map(\.title) == ["甲号通知"])
        #expect(job.report?.skipped.map(\.source.path) == ["甲号通知.md"])
        #expect(try await store.documentCount() == 2)
        #expect(try await library.operations.workUnderWay().imports.isEmpty)
    }

    /// The job page follows each file: read, being read, waiting, from the bytes the run has read.
    @Test func eachFileOfAnImportShowsHowFarItIs() async throws {
        let store = try await TestStore.make()
        let library = Library(store: store, passwordCost: .testing)
        let id = try await library.editorial.queueImport([Self.first, Self.second], options: ImportOptions())
        func states() async throws -> [ImportJob.FileState] { try #require(try await library.editorial.importJob(id: id)).fileStates.map(\.state) }
        #expect(try await states() == [.waiting, .waiting])
        let claimed = try #require(try await store.claimJob(
            at: Date(), leaseUntil: Date(timeIntervalSinceNow: 60), maximumAttempts: 3, abandoned: "abandoned"))
        #expect(try await states() == [.reading, .waiting])
        let total = Int64(Self.first.bytes.count + Self.second.bytes.count)
        _ = try await store.noteJobProgress(
            id: id, claim: claimed.claim, done: Int64(Self.first.bytes.count), total: total, leaseUntil: Date(timeIntervalSinceNow: 60), at: Date())
        #expect(try await states() == [.read, .reading])
        _ = try await store.releaseJob(id: id, claim: claimed.claim, at: Date())
        #expect(try await library.editorial.runJobs() == 1)
        #expect(try await states() == [.read, .read])
    }

    /// Two nodes running the queue at once each take their own jobs: every job is done once.
    @Test func twoNodesRunningTheQueueDoEachJobOnce() async throws {
        let store = try await TestStore.make()
        let nodes = [Library(store: store, passwordCost: .testing), Library(store: store, passwordCost: .testing)]
        var ids: [Int64] = []
        for n in 1...6 {
            ids.append(try await nodes[0].editorial.queueImport([Self.file("第\(n)号文件", "正文之\(n)，各不相同。")], options: ImportOptions()))
        }
        let ended = try await withThrowingTaskGroup(of: Int.self) { group in
            for node in nodes { group.addTask { try await node.editorial.runJobs() } }
            return try await group.reduce(0, +)
        }
        #expect(ended == 6)
        for id in ids {
            let job = try #require(try await nodes[1].editorial.importJob(id: id))
            #expect(job.state == .done && job.report?.imported.count == 1, "job \(id)")
        }
        #expect(try await store.documentCount() == 6)
    }

    @Test func jobsShowInTheWorkUnderWayUntilDone() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        let id = try await library.editorial.queueImport([Self.first], options: ImportOptions(category: "通知", status: .draft))
        let waiting = try await library.operations.workUnderWay().imports
        #expect(waiting.map(\.id) == [id] && waiting.first?.state == .queued && waiting.first?.fileNames == ["甲号通知.md"])
        let done = try await library.operations.finishWork()
        #expect(done.imports == 1)
        #expect(try await library.operations.workUnderWay().imports.isEmpty)
        #expect(try await library.editorial.retryImport(id: id) == false, "only a failed import is queued again")
        let document = try #require(try await library.editorial.importJob(id: id)?.report?.imported.first)
        let editable = try await library.editorial.editableDocument(id: document.id)
        #expect(editable.state == .draft, "the options travel with the job")
    }

    /// An import asked to stop (its node is shutting down, or lost the job) saves what it read and says
    /// so; the job is then given back to the queue, not ended.
    @Test func anImportAskedToStopEndsEarlyAndSaysSo() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing)
        let folder = try TemporaryFolder()
        let lines = (1...5).map { n in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["title": "第\(n)号", "text": "正文第\(n)号，各不相同。"]), as: UTF8.self)
        }
        let path = try folder.write("五篇.jsonl", lines.joined(separator: "\n"))
        let asked = Mutex(0)
        let report = try await library.editorial.importFiles([path], stop: { asked.withLock { $0 += 1; return $0 > 2 } })
        #expect(report.stoppedEarly)
        #expect(report.imported.map(\.title) == ["第1号"], "read before the stop: saved; after it: left for the next run")
        let whole = try await library.editorial.importFiles([path])
        #expect(!whole.stoppedEarly && whole.imported.count == 4 && whole.skipped.count == 1)
    }
}
