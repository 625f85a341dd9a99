public import Foundation

/// Readers' uploads under review (投稿), each the record of one document.
public protocol SubmissionStore: Sendable {
    /// Records a submission; a document already submitted keeps its first record (no error).
    func addSubmission(_ submission: Submission) async throws
    func submission(documentID: Int64) async throws -> Submission?
    /// Newest first (submitted DESC, document_id DESC); `uploaderID` nil for everyone's, `states` nil for every state.
    func submissions(uploaderID: Int64?, states: [SubmissionState]?, offset: Int, limit: Int) async throws -> SubmissionList
    /// Sets the state, the reason, the decider and the time, and in the same transaction the document's status:
    /// `.published` publishes it (status 'published', published_at = `at` if it had none), any other state makes it a
    /// draft ('draft'). Returns false when there is no such submission (nothing changed). A document in the trash
    /// stays there, and comes back from it in the state decided.
    func decideSubmission(documentID: Int64, from old: SubmissionState, to state: SubmissionState, reason: String?, deciderID: Int64?, at: Date) async throws -> Bool
}
