public import Foundation

/// The records of takedowns (下架记录) and the copyright notices (权利人投诉) received, kept for the
/// operator and read when readers upload.
public protocol TakedownStore: Sendable {
    /// Records a takedown; returns its id. The same text taken down twice has two records.
    func addTakedown(_ takedown: NewTakedown) async throws -> Int64
    /// Every record, newest first (created DESC, id DESC), paged.
    func takedowns(offset: Int, limit: Int) async throws -> TakedownList
    /// Every record, for matching an upload against (any order).
    func allTakedowns() async throws -> [Takedown]
    /// Deletes a record (taken down by mistake); false when there is none.
    func deleteTakedown(id: Int64) async throws -> Bool
    /// Deletes the records of a document (published again); returns how many.
    func deleteTakedowns(documentID: Int64) async throws -> Int

    /// Records a notice; returns its id.
    func addCopyrightNotice(_ notice: NewCopyrightNotice) async throws -> Int64
    /// Notices newest first (created DESC, id DESC), paged; `open` true for those not yet dealt with only.
    func copyrightNotices(openOnly: Bool, offset: Int, limit: Int) async throws -> CopyrightNoticeList
    func copyrightNotice(id: Int64) async throws -> CopyrightNotice?
    /// Marks a notice dealt with by `handlerID` at `at`; false when there is none or it was already.
    func handleCopyrightNotice(id: Int64, by handlerID: Int64, at: Date) async throws -> Bool
    /// Notices sent with `submitterKey` at or after `since` (a sender's rate).
    func copyrightNoticeCount(submitterKey: String, since: Date) async throws -> Int
}
