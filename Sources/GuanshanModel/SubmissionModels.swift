import Foundation

/// Where a reader's upload is in its review.
public enum SubmissionState: String, Sendable, Codable, CaseIterable {
    /// 待审核
    case pending
    /// 已发布
    case published
    /// 已驳回
    case rejected
    /// 已下架
    case takenDown = "taken-down"
}

/// Why the checks held an upload for an editor (the editor sees them in the queue).
public enum HoldReason: Sendable, Hashable, Codable {
    /// Words of the hold list found (the words as listed).
    case words([String])
    /// Text close to this document.
    case nearDuplicate(of: Int64)
    /// The uploader's documents were reported.
    case reportedUploader
    /// The same text as one taken down, or close to it (the takedown's record).
    case takenDown(record: Int64)
}

/// A reader's upload (投稿) and its review.
public struct Submission: Sendable, Hashable {
    public var documentID: Int64
    public var uploaderID: Int64
    public var state: SubmissionState
    public var heldFor: [HoldReason]
    /// The editor's reason for a rejection or a takedown.
    public var reason: String?
    /// The bytes of the uploaded file, for the uploader's daily limit.
    public var byteCount: Int64
    public var submitted: Date
    public var decided: Date?
    public var deciderID: Int64?

    public init(
        documentID: Int64, uploaderID: Int64, state: SubmissionState, heldFor: [HoldReason] = [], reason: String? = nil,
        byteCount: Int64, submitted: Date, decided: Date? = nil, deciderID: Int64? = nil
    ) {
        self.documentID = documentID
        self.uploaderID = uploaderID
        self.state = state
        self.heldFor = heldFor
        self.reason = reason
        self.byteCount = byteCount
        self.submitted = submitted
        self.decided = decided
        self.deciderID = deciderID
    }
}

/// A submission with what lists show of its document.
public struct SubmissionRow: Sendable, Hashable {
    public var submission: Submission
    public var title: String
    /// The uploader's display name.
    public var uploaderName: String
    public var characterCount: Int

    public init(submission: Submission, title: String, uploaderName: String, characterCount: Int) {
        self.submission = submission
        self.title = title
        self.uploaderName = uploaderName
        self.characterCount = characterCount
    }
}

public struct SubmissionList: Sendable {
    public var rows: [SubmissionRow]
    /// Every submission the query matches, for paging.
    public var total: Int

    public init(rows: [SubmissionRow], total: Int) {
        self.rows = rows
        self.total = total
    }
}
