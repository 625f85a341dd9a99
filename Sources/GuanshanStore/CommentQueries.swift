import GuanshanModel

/// What both stores share of comments: their SQL, parameter n written by `placeholder(n)` (`?n` on SQLite,
/// `$n` on PostgreSQL) and a list parameter in the store's dialect by the closure given, and the threading
/// of replies. A comment in a state this version does not know (written by a newer node) is shown to no
/// reader and left out of what is read by id.
enum CommentQueries {
    /// When a write of a comment is logged (by operation): only when visitors could see the comment before
    /// or after it, so that a reader's comment waiting for review, or its changes, empty no cache.
    static let visibleChange = [
        "insert": "NEW.state = 'published'", "update": "OLD.state = 'published' OR NEW.state = 'published'",
        "delete": "OLD.state = 'published'",
    ]

    /// A comment's columns (`c`) and its author's display name now (`a`).
    static let columns = """
        c.id, c.document_id, c.parent_id, c.author_id, COALESCE(a.display_name, '') AS author_name, c.body, c.state, c.created_at, c.edited_at
        """
    /// A comment outlives its author's account (the author then none, the name empty), so that the
    /// replies of others to it stay.
    static let tables = "comment c LEFT JOIN account a ON a.id = c.author_id"

    /// Parameters: the document, the comment replied to, the author, the text, the state, the time.
    static func insert(_ placeholder: (Int) -> String) -> String {
        """
        INSERT INTO comment (document_id, parent_id, author_id, body, state, created_at)
        VALUES (\((1...6).map(placeholder).joined(separator: ", ")))
        """
    }

    static func one(_ placeholder: (Int) -> String) -> String {
        "SELECT \(columns) FROM \(tables) WHERE c.id = \(placeholder(1))"
    }

    /// Whether the viewer `viewer` (a parameter, NULL for a visitor) sees comment `alias`, deleted or not:
    /// published, or their own waiting or hidden one.
    private static func seen(_ alias: String, by viewer: String) -> String {
        "(\(alias).state = 'published' OR (\(alias).author_id = \(viewer) AND \(alias).state IN ('pending', 'hidden')))"
    }

    /// The comments (not replies) of the document in parameter 1 that the viewer in parameter 2 sees: those
    /// `seen`, and the deleted ones with a reply `seen`.
    private static func visibleThreads(_ placeholder: (Int) -> String) -> String {
        let viewer = placeholder(2)
        return """
            c.document_id = \(placeholder(1)) AND c.parent_id IS NULL AND (\(seen("c", by: viewer)) OR (c.state = 'deleted'
                AND EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = c.id AND \(seen("r", by: viewer)))))
            """
    }

    /// A page (parameters 3 and 4: the limit, the offset) of `visibleThreads`, newest first.
    static func threads(_ placeholder: (Int) -> String) -> String {
        """
        SELECT \(columns) FROM \(tables) WHERE \(visibleThreads(placeholder))
        ORDER BY c.created_at DESC, c.id DESC LIMIT \(placeholder(3)) OFFSET \(placeholder(4))
        """
    }

    static func threadTotal(_ placeholder: (Int) -> String) -> String {
        "SELECT count(*) FROM comment c WHERE \(visibleThreads(placeholder))"
    }

    /// The replies to the comments listed in parameter 1 that the viewer in parameter 2 sees, deleted ones
    /// never, oldest first. `rows` writes the list as rows `p` of one column, `value`: read first (CROSS
    /// JOIN), they keep SQLite on the replies of those comments, not on every published comment.
    static func replies(_ placeholder: (Int) -> String, rows: (String) -> String) -> String {
        """
        SELECT \(columns) FROM \(rows(placeholder(1))) CROSS JOIN \(tables)
        WHERE c.parent_id = p.value AND \(seen("c", by: placeholder(2))) ORDER BY c.created_at, c.id
        """
    }

    /// Each comment with its replies, in the order given.
    static func threads(_ comments: [Comment], replies: [Comment]) -> [CommentThread] {
        let byParent = Dictionary(grouping: replies) { $0.parentID ?? 0 }
        return comments.map { CommentThread(comment: $0, replies: byParent[$0.id] ?? []) }
    }

    static func replyCount(_ placeholder: (Int) -> String) -> String {
        "SELECT count(*) FROM comment WHERE parent_id = \(placeholder(1)) AND state <> 'deleted'"
    }

    /// Parameters: the text, the state, the time, the comment.
    static func edit(_ placeholder: (Int) -> String) -> String {
        """
        UPDATE comment SET body = \(placeholder(1)), state = \(placeholder(2)), edited_at = \(placeholder(3))
        WHERE id = \(placeholder(4))
        """
    }

    /// Parameters: the state, the comments (a list); those in that state already are left alone, so that
    /// only changes are counted and logged.
    static func setState(_ placeholder: (Int) -> String, in list: (String) -> String) -> String {
        let state = placeholder(1)
        return """
            UPDATE comment SET state = \(state), body = CASE WHEN \(state) = 'deleted' THEN '' ELSE body END
            WHERE id \(list(placeholder(2))) AND state <> \(state)
            """
    }

    /// The condition on the state of parameter 1, for `count` states: one is bound as a value, which
    /// `comment_by_state` gives in order, several as a list (`list`), sorted after.
    static func state(_ count: Int, list: @escaping (String) -> String) -> (String) -> String {
        count == 1 ? { "= \($0)" } : list
    }

    /// A page (parameters 2 and 3: the limit, the offset) of the comments in the states of parameter 1
    /// (`state`), newest first, with their documents' titles.
    static func inStates(_ placeholder: (Int) -> String, _ state: (String) -> String) -> String {
        """
        SELECT \(columns), d.title AS document_title FROM \(tables) JOIN document d ON d.id = c.document_id
        WHERE c.state \(state(placeholder(1))) ORDER BY c.created_at DESC, c.id DESC LIMIT \(placeholder(2)) OFFSET \(placeholder(3))
        """
    }

    static func inStatesTotal(_ placeholder: (Int) -> String, _ state: (String) -> String) -> String {
        "SELECT count(*) FROM comment WHERE state \(state(placeholder(1)))"
    }

    /// The published comments and replies of each document listed in parameter 1 that has any, a reply
    /// counted only under a comment visitors see (published, or deleted and kept as a mark).
    static func publishedCounts(_ placeholder: (Int) -> String, in list: (String) -> String) -> String {
        """
        SELECT c.document_id, count(*) AS published FROM comment c LEFT JOIN comment p ON p.id = c.parent_id
        WHERE c.state = 'published' AND c.document_id \(list(placeholder(1)))
            AND (c.parent_id IS NULL OR p.state IN ('published', 'deleted'))
        GROUP BY c.document_id
        """
    }

    /// What the author in parameter 1 wrote at or after parameter 2.
    static func authorCount(_ placeholder: (Int) -> String) -> String {
        "SELECT count(*) FROM comment WHERE author_id = \(placeholder(1)) AND created_at >= \(placeholder(2))"
    }
}
