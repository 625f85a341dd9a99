import Foundation
public import GuanshanModel
import GuanshanText

/// A submission in the editor's queue: the document as uploaded, and where the words of the lists are in
/// it, to be marked.
public struct ReviewItem: Sendable {
    public var row: SubmissionRow
    public var document: StoredDocument
    /// For each block (by index) that holds words of a list, where they are (scalar offsets of its plain text).
    public var findings: [Int: [WordLists.Finding]]
    /// The title's findings.
    public var titleFindings: [WordLists.Finding]
}

/// The review of readers' uploads (审核): what the checks hold, the editors' decisions, and the
/// uploader's notifications of them.
extension EditorialService {
    public static let reviewPageSize = 20
    /// The longest reason an editor gives.
    public static let longestReason = 200

    /// Makes each document of a reader's import a submission: refused when it holds a word of the block
    /// list, held with the reasons the checks found (words of the hold list, a near-duplicate), published
    /// at once after review (`Review.after`) when nothing held it, else waiting. Files that came to
    /// nothing (failed, or the same as a document in the library) are told to the reader. A run cut off
    /// and taken up again finds the documents it saved before as duplicates of the reader's own: they
    /// become submissions then.
    func receiveSubmissions(_ report: ImportReport, from uploader: User, files: [JobFile]) async throws {
        let settings = try await settings()
        let lists = try await words?.current() ?? .empty
        let sizes = Dictionary(files.map { ($0.name, Int64($0.bytes.count)) }, uniquingKeysWith: { first, _ in first })
        let nearDuplicates = Dictionary(
            report.nearDuplicates.compactMap { near in near.importedID.map { ($0, near.similarTo) } }, uniquingKeysWith: { first, _ in first })
        var received = report.imported.map { (id: $0.id, source: $0.source.path, title: $0.title) }
        let takedowns = try await store.allTakedowns()
        for skipped in report.skipped {
            let duplicate = try await store.editableDocument(id: skipped.duplicateOf)
            if duplicate?.ownerID == uploader.id, try await store.submission(documentID: skipped.duplicateOf) == nil {
                received.append((skipped.duplicateOf, skipped.source.path, skipped.title))
            } else {
                let takenDown = duplicate.flatMap { Self.takenDown($0.document.metrics, among: takedowns) } != nil
                try await notify(uploader.id, .refused, document: nil, title: skipped.title, detail: takenDown ? Self.takenDownText : "本站已有内容相同的文档")
            }
        }
        let reported = try await store.hasOpenReports(ownerID: uploader.id)
        var published = false
        for document in received {
            guard try await store.submission(documentID: document.id) == nil,
                  let editable = try await store.editableDocument(id: document.id)
            else { continue }
            let stored = editable.document
            // Each part on its own: a word does not run from the title into the text, or between paragraphs.
            let parts = [stored.summary.title] + stored.tags + stored.blocks.map(\.plainText)
            let findings = parts.flatMap(lists.findings)
            var held: [HoldReason] = []
            let holdWords = Self.distinct(findings.filter { $0.policy == .hold }.map(\.word))
            if !holdWords.isEmpty { held.append(.words(holdWords)) }
            if let near = nearDuplicates[document.id] { held.append(.nearDuplicate(of: near)) }
            if reported { held.append(.reportedUploader) }
            // The very text taken down is refused; one close to it (corrected, say) as the setting says.
            let takenDown = Self.takenDown(stored.metrics, among: takedowns)
            let refusedAsTakenDown = takenDown.map { $0.contentHash == stored.metrics.contentHash || settings.takedownReuploads == .refuse } ?? false
            if let takenDown, !refusedAsTakenDown { held.append(.takenDown(record: takenDown.id)) }
            try await store.addSubmission(Submission(
                documentID: document.id, uploaderID: uploader.id, state: .pending, heldFor: held,
                byteCount: sizes[document.source] ?? 0, submitted: now()))
            let refusal: String? =
                // The words are not named: a reader could otherwise read the block list out by trying words.
                if findings.contains(where: { $0.policy == .block }) { "含有本站不允许的词语" }
                else if refusedAsTakenDown { Self.takenDownText }
                else { nil }
            if let reason = refusal {
                _ = try await store.decideSubmission(documentID: document.id, from: .pending, to: .rejected, reason: reason, deciderID: nil, at: now())
                try await notify(uploader.id, .rejected, document: document.id, title: stored.summary.title, detail: reason)
            } else if settings.review == .after, held.isEmpty {
                _ = try await store.decideSubmission(documentID: document.id, from: .pending, to: .published, reason: nil, deciderID: nil, at: now())
                published = true
            } else if settings.review == .after {
                try await notify(uploader.id, .held, document: document.id, title: stored.summary.title, detail: nil)
            }
        }
        for near in report.nearDuplicates where near.importedID == nil {
            try await notify(uploader.id, .refused, document: nil, title: near.title, detail: "与本站已有的文档内容相近")
        }
        for failure in report.failed {
            try await notify(
                uploader.id, .refused, document: nil, title: URL(fileURLWithPath: failure.source.path).lastPathComponent,
                detail: failure.problem.message(english: false))
        }
        if published { try await changes.follow() }
    }

    /// What the uploader is told of a text taken down before; which takedown is not said.
    static let takenDownText = "与本站已下架的文档相同或相近"

    private static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    func notify(_ accountID: Int64, _ kind: NotificationKind, document: Int64?, title: String, detail: String?) async throws {
        try await store.addNotification(NewNotification(accountID: accountID, kind: kind, documentID: document, title: title, detail: detail, at: now()))
    }

    /// Submissions in `state` (waiting for an editor, by default), newest first.
    public func reviewQueue(_ state: SubmissionState = .pending, pageNumber: Int) async throws -> Paged<SubmissionRow> {
        let window = try PageWindow(pageNumber, size: Self.reviewPageSize)
        let list = try await store.submissions(uploaderID: nil, states: [state], offset: window.offset, limit: window.limit)
        return try window.page(list.rows, total: list.total)
    }

    /// One submission as the editor reviews it, with the words of every list marked.
    public func reviewItem(documentID: Int64) async throws -> ReviewItem {
        guard let submission = try await store.submission(documentID: documentID),
              let editable = try await store.editableDocument(id: documentID),
              let uploader = try await store.user(id: submission.uploaderID)
        else { throw LibraryError.documentNotFound }
        let document = editable.document
        let lists = try await words?.current() ?? .empty
        var findings: [Int: [WordLists.Finding]] = [:]
        for (index, block) in document.blocks.enumerated() {
            let found = lists.findings(in: block.plainText)
            if !found.isEmpty { findings[index] = found }
        }
        return ReviewItem(
            row: SubmissionRow(
                submission: submission, title: document.summary.title, uploaderName: uploader.displayName,
                characterCount: document.metrics.characterCount),
            document: document, findings: findings, titleFindings: lists.findings(in: document.summary.title))
    }

    /// Publishes the submissions; returns how many were waiting or refused and are now published.
    @discardableResult
    public func approve(_ documentIDs: [Int64], by editor: Visitor) async throws -> Int {
        try await decide(documentIDs, .published, reason: nil, by: editor)
    }

    /// Refuses the submissions with `reason`, told to their uploaders.
    @discardableResult
    public func reject(_ documentIDs: [Int64], reason: String, by editor: Visitor) async throws -> Int {
        try await decide(documentIDs, .rejected, reason: try Self.checkedReason(reason), by: editor)
    }

    /// Takes published submissions down (下架) with `reason`: drafts again, told to their uploaders.
    @discardableResult
    public func takeDown(_ documentIDs: [Int64], reason: String, by editor: Visitor) async throws -> Int {
        try await decide(documentIDs, .takenDown, reason: try Self.checkedReason(reason), by: editor)
    }

    /// A refusal's or a takedown's reason (`WrittenText`): 1 to `longestReason` characters.
    static func checkedReason(_ reason: String) throws(ReviewError) -> String {
        do {
            return try WrittenText.checked(reason, limit: longestReason)
        } catch {
            throw error == .empty ? .reasonRequired : .reasonTooLong
        }
    }

    private func decide(_ documentIDs: [Int64], _ state: SubmissionState, reason: String?, by editor: Visitor) async throws -> Int {
        var decided: [Int64] = []
        for id in Set(documentIDs).sorted() {
            // A document in the trash is decided on once it is back.
            guard let submission = try await store.submission(documentID: id), Self.mayMove(from: submission.state, to: state),
                  let editable = try await store.editableDocument(id: id), editable.state != .trashed
            else { continue }
            guard try await changes.commit({
                try await store.decideSubmission(
                    documentID: id, from: submission.state, to: state, reason: reason, deciderID: editor.user.id, at: now())
            }) else { continue }
            let kind: NotificationKind = switch state {
            case .published: .approved
            case .rejected: .rejected
            case .takenDown, .pending: .takenDown
            }
            try await notify(submission.uploaderID, kind, document: id, title: editable.document.summary.title, detail: reason)
            if state == .takenDown, let reason { try await recordTakedown(of: id, reason: reason, by: editor) }
            decided.append(id)
        }
        if state == .published { try await forgetTakedowns(of: decided) }
        if !decided.isEmpty {
            await securityLog.record(
                .reviewed, by: editor, subject: decided.prefix(10).map { "#\($0)" }.joined(separator: ", ") + (decided.count > 10 ? " …" : ""),
                detail: state.rawValue)
        }
        return decided.count
    }

    /// Waiting or refused may be published; waiting may be refused; published may be taken down, and
    /// taken down published again.
    public static func mayMove(from old: SubmissionState, to new: SubmissionState) -> Bool {
        switch (old, new) {
        case (.pending, .published), (.rejected, .published), (.takenDown, .published), (.pending, .rejected), (.published, .takenDown): true
        default: false
        }
    }
}

public enum ReviewError: Error, Equatable, Sendable {
    /// A refusal or a takedown says why.
    case reasonRequired
    case reasonTooLong
}
