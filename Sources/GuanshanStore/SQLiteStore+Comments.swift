import Foundation
import GuanshanModel
import GRDB

extension SQLiteStore {
    public func addComment(_ comment: NewComment) async throws -> Int64 {
        try await writer.write { db in
            try db.execute(sql: CommentQueries.insert(Self.placeholder), arguments: [
                comment.documentID, comment.parentID, comment.authorID, comment.body, comment.state.rawValue, comment.at,
            ])
            return db.lastInsertedRowID
        }
    }

    public func comment(id: Int64) async throws -> Comment? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: CommentQueries.one(Self.placeholder), arguments: [id]).flatMap(Self.comment)
        }
    }

    public func comments(documentID: Int64, viewerID: Int64?, offset: Int, limit: Int) async throws -> CommentThreadList {
        try await writer.read { db in
            let comments = try Row.fetchAll(
                db.cachedStatement(sql: CommentQueries.threads(Self.placeholder)), arguments: [documentID, viewerID, limit, offset]
            ).compactMap(Self.comment)
            let replies = comments.isEmpty ? [] : try Row.fetchAll(
                db.cachedStatement(sql: CommentQueries.replies(Self.placeholder) { "json_each(\($0)) p" }),
                arguments: [try StoredJSON.encode(comments.map(\.id)), viewerID]
            ).compactMap(Self.comment)
            let total = try Int.fetchOne(
                db.cachedStatement(sql: CommentQueries.threadTotal(Self.placeholder)), arguments: [documentID, viewerID]) ?? 0
            return CommentThreadList(threads: CommentQueries.threads(comments, replies: replies), total: total)
        }
    }

    public func replyCount(parentID: Int64) async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: CommentQueries.replyCount(Self.placeholder), arguments: [parentID]) ?? 0 }
    }

    public func editComment(id: Int64, body: String, state: CommentState, at: Date) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: CommentQueries.edit(Self.placeholder), arguments: [body, state.rawValue, at, id])
            return db.changesCount > 0
        }
    }

    public func setCommentState(ids: [Int64], to state: CommentState) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let list = try StoredJSON.encode(ids)
        return try await writer.write { db in
            try db.execute(sql: CommentQueries.setState(Self.placeholder, in: Self.jsonList), arguments: [state.rawValue, list])
            return db.changesCount
        }
    }

    public func comments(states: [CommentState], offset: Int, limit: Int) async throws -> CommentList {
        guard !states.isEmpty else { return CommentList(rows: [], total: 0) }
        let matching = states.count == 1 ? states[0].rawValue : try StoredJSON.encode(states.map(\.rawValue))
        let state = CommentQueries.state(states.count, list: Self.jsonList)
        let (rowsSQL, totalSQL) = (CommentQueries.inStates(Self.placeholder, state), CommentQueries.inStatesTotal(Self.placeholder, state))
        return try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: rowsSQL, arguments: [matching, limit, offset]).compactMap { row in
                Self.comment(row).map { CommentRow(comment: $0, documentTitle: row["document_title"]) }
            }
            return CommentList(rows: rows, total: try Int.fetchOne(db, sql: totalSQL, arguments: [matching]) ?? 0)
        }
    }

    public func commentCounts(documentIDs: [Int64]) async throws -> [Int64: Int] {
        guard !documentIDs.isEmpty else { return [:] }
        let list = try StoredJSON.encode(documentIDs)
        return try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: CommentQueries.publishedCounts(Self.placeholder, in: Self.jsonList), arguments: [list])
            return Dictionary(uniqueKeysWithValues: rows.map { row -> (Int64, Int) in (row["document_id"], row["published"]) })
        }
    }

    public func commentCount(authorID: Int64, since: Date) async throws -> Int {
        try await writer.read { db in
            try Int.fetchOne(db, sql: CommentQueries.authorCount(Self.placeholder), arguments: [authorID, since]) ?? 0
        }
    }

    /// A row of `CommentQueries.columns`; nil for a state this version does not know (written by a newer node).
    private static func comment(_ row: Row) -> Comment? {
        guard let state = CommentState(rawValue: row["state"]) else { return nil }
        return Comment(
            id: row["id"], documentID: row["document_id"], parentID: row["parent_id"], authorID: row["author_id"],
            authorName: row["author_name"], body: row["body"], state: state, created: row["created_at"], edited: row["edited_at"])
    }

    /// The condition that a value is in the JSON array of parameter `parameter`.
    private static func jsonList(_ parameter: String) -> String {
        "IN (SELECT value FROM json_each(\(parameter)))"
    }
}
