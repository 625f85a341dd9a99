public import GuanshanModel

/// What a signed-in reader has of the document on a reading page.
public struct PersonalState: Sendable {
    public var isFavorite: Bool
    /// The later page the reader stopped at last time, offered as "继续阅读第N页" on page 1.
    public var continuePage: Int?
    /// The block on `continuePage` the reader last went to, if they followed a link to one.
    public var continueBlock: Int?
}

/// Favorites and reading history: each reader's own, reachable only through their own account.
extension ReadingService {
    public static let personalPageSize = 20

    /// Adds or removes a published document from the reader's favorites.
    public func setFavorite(_ reader: Visitor, documentID: Int64, _ on: Bool) async throws {
        guard try await store.document(id: documentID) != nil else { throw LibraryError.documentNotFound }
        try await store.setFavorite(userID: reader.user.id, documentID: documentID, on, at: now())
    }

    public func favorites(_ reader: Visitor, pageNumber: Int) async throws -> Paged<PersonalEntry> {
        let window = try PageWindow(pageNumber, size: Self.personalPageSize)
        try await readings.flush()
        let list = try await store.favorites(userID: reader.user.id, offset: window.offset, limit: window.limit)
        return try window.page(try await masked(list.entries), total: list.total)
    }

    public func history(_ reader: Visitor, pageNumber: Int) async throws -> Paged<PersonalEntry> {
        let window = try PageWindow(pageNumber, size: Self.personalPageSize)
        try await readings.flush()
        let list = try await store.history(userID: reader.user.id, offset: window.offset, limit: window.limit)
        return try window.page(try await masked(list.entries), total: list.total)
    }

    /// The documents the reader read last, newest first, as the store has them: without writing the
    /// readings still batched first, which a page every signed-in reader opens must not do each time.
    public func lastRead(_ reader: Visitor, limit: Int) async throws -> [PersonalEntry] {
        try await masked(try await store.history(userID: reader.user.id, offset: 0, limit: limit).entries)
    }

    private func masked(_ entries: [PersonalEntry]) async throws -> [PersonalEntry] {
        let lists = try await lists()
        return entries.map { entry in
            var entry = entry
            entry.document = lists.masked(entry.document)
            return entry
        }
    }

    /// Forgets one document's reading, or (with nil) the reader's whole history.
    public func clearHistory(_ reader: Visitor, documentID: Int64?) async throws {
        readings.forget(userID: reader.user.id, documentID: documentID)
        try await store.deleteHistory(userID: reader.user.id, documentID: documentID)
    }

    /// Notes that the reader opened `page` (nil: the whole document), following a link to body block
    /// `block` if given, and tells the page to offer. Page 1 and the whole document are where every
    /// link lands (a search hit in the opening, the 目录's first headings), so what they open keeps a
    /// later page.
    func noteReading(
        _ reader: Visitor, of page: ReadingPage, at number: Int?, block: Int?, recording: Bool
    ) async throws -> PersonalState {
        let id = page.document.id
        async let favorite = store.isFavorite(userID: reader.user.id, documentID: id)
        let previous = try await readings.mark(userID: reader.user.id, documentID: id)
        let earlier = previous.flatMap { $0.page >= 2 && $0.page <= page.pageCount ? $0 : nil }
        // A block from an old link that is not on this page any more is no place to come back to.
        let followed = block.flatMap { block in page.blocks.contains { $0.index == block } ? block : nil }
        let followedPage = followed.map { number ?? page.pageNumber(ofBlock: $0) } ?? 1
        let reached: (page: Int, block: Int?) =
            if let followed, followedPage > 1 { (followedPage, followed) }
            else if let number, number > 1 { (number, nil) }
            else if let earlier { (earlier.page, earlier.block) }
            else { (1, followed) }
        if recording {
            readings.record(ReadingMark(userID: reader.user.id, documentID: id, page: reached.page, block: reached.block, at: now()))
        }
        let offered = number == 1 ? earlier : nil
        return PersonalState(isFavorite: try await favorite, continuePage: offered?.page, continueBlock: offered?.block)
    }
}
