import Foundation
import GuanshanModel
import PostgresNIO

extension PostgresStore {
    public func addComment(_ comment: NewComment) async throws -> Int64 {
        var binds = PostgresBindings(capacity: 6)
        binds.append(comment.documentID)
        binds.append(comment.parentID)
        binds.append(comment.authorID)
        binds.append(comment.body)
        binds.append(comment.state.rawValue)
        binds.append(comment.at)
        return try await client.insertedID(CommentQueries.insert(Self.placeholder), binds)
    }

    public func comment(id: Int64) async throws -> Comment? {
        var binds = PostgresBindings(capacity: 1)
        binds.append(id)
        return try await client.row(PostgresQuery(unsafeSQL: CommentQueries.one(Self.placeholder), binds: binds)).flatMap(Self.comment)
    }

    public func comments(documentID: Int64, viewerID: Int64?, offset: Int, limit: Int) async throws -> CommentThreadList {
        var threads = PostgresBindings(capacity: 4)
        threads.append(documentID)
        threads.append(viewerID)
        let page = threads.paging(limit: limit, offset: offset)
        return try await snapshot { [threads] connection in
            let comments = try await connection.rows(PostgresQuery(unsafeSQL: CommentQueries.threads(Self.placeholder), binds: page))
                .compactMap(Self.comment)
            var replies: [Comment] = []
            if !comments.isEmpty {
                var binds = PostgresBindings(capacity: 2)
                binds.append(comments.map(\.id))
                binds.append(viewerID)
                let query = PostgresQuery(unsafeSQL: CommentQueries.replies(Self.placeholder) { "unnest(\($0)::bigint[]) AS p(value)" }, binds: binds)
                replies = try await connection.rows(query).compactMap(Self.comment)
            }
            let total = try await connection.value(PostgresQuery(unsafeSQL: CommentQueries.threadTotal(Self.placeholder), binds: threads), as: Int.self) ?? 0
            return CommentThreadList(threads: CommentQueries.threads(comments, replies: replies), total: total)
        }
    }

    public func replyCount(parentID: Int64) async throws -> Int {
        var binds = PostgresBindings(capacity: 1)
        binds.append(parentID)
        return try await client.value(PostgresQuery(unsafeSQL: CommentQueries.replyCount(Self.placeholder), binds: binds), as: Int.self) ?? 0
    }

    public func editComment(id: Int64, body: String, state: CommentState, at: Date) async throws -> Bool {
        var binds = PostgresBindings(capacity: 4)
        binds.append(body)
        binds.append(state.rawValue)
        binds.append(at)
        binds.append(id)
        return try await client.changesRow(CommentQueries.edit(Self.placeholder), binds)
    }

    public func setCommentState(ids: [Int64], to state: CommentState) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        var binds = PostgresBindings(capacity: 2)
        binds.append(state.rawValue)
        binds.append(ids)
        let update = CommentQueries.setState(Self.placeholder) { "= ANY(\($0)::bigint[])" }
        return try await client.value(
            PostgresQuery(unsafeSQL: "WITH changed AS (\(update) RETURNING 1) SELECT count(*) FROM changed", binds: binds), as: Int.self) ?? 0
    }

    public func comments(states: [CommentState], offset: Int, limit: Int) async throws -> CommentList {
        guard !states.isEmpty else { return CommentList(rows: [], total: 0) }
        var matching = PostgresBindings(capacity: 3)
        if states.count == 1 { matching.append(states[0].rawValue) } else { matching.append(states.map(\.rawValue)) }
        let state = CommentQueries.state(states.count) { "= ANY(\($0)::text[])" }
        let rowsQuery = PostgresQuery(unsafeSQL: CommentQueries.inStates(Self.placeholder, state), binds: matching.paging(limit: limit, offset: offset))
        let totalQuery = PostgresQuery(unsafeSQL: CommentQueries.inStatesTotal(Self.placeholder, state), binds: matching)
        return try await snapshot { connection in
            let rows = try await connection.rows(rowsQuery).compactMap { row in
                try Self.comment(row).map { CommentRow(comment: $0, documentTitle: try row.get("document_title")) }
            }
            return CommentList(rows: rows, total: try await connection.value(totalQuery, as: Int.self) ?? 0)
        }
    }

    public func commentCounts(documentIDs: [Int64]) async throws -> [Int64: Int] {
        guard !documentIDs.isEmpty else { return [:] }
        var binds = PostgresBindings(capacity: 1)
        binds.append(documentIDs)
        let query = PostgresQuery(unsafeSQL: CommentQueries.publishedCounts(Self.placeholder) { "= ANY(\($0)::bigint[])" }, binds: binds)
        let rows = try await client.rows(query)
        return Dictionary(uniqueKeysWithValues: try rows.map { row -> (Int64, Int) in (try row.get("document_id"), try row.get("published")) })
    }

    public func commentCount(authorID: Int64, since: Date) async throws -> Int {
        var binds = PostgresBindings(capacity: 2)
        binds.append(authorID)
        binds.append(since)
        return try await client.value(PostgresQuery(unsafeSQL: CommentQueries.authorCount(Self.placeholder), binds: binds), as: Int.self) ?? 0
    }

    /// A row of `CommentQueries.columns`; nil for a state this version does not know (written by a newer node).
    private static func comment(_ row: PostgresRandomAccessRow) throws -> Comment? {
        guard let state = CommentState(rawValue: try row.get("state")) else { return nil }
        return Comment(
            id: try row.get("id"), documentID: try row.get("document_id"), parentID: try row.get("parent_id"), authorID: try row.get("author_id"),
            authorName: try row.get("author_name"), body: try row.get("body"), state: state, created: try row.get("created_at"),
            edited: try row.get("edited_at"))
    }
}
