import GuanshanModel
/// The log each node follows to keep what it derives from the library (its search index, the stamp its
/// cached pages are kept under, the layout of every document) in step with the writes of every node and
/// process. Triggers write it in the transaction that makes the change, so no writer can forget it; a
/// table of the schema is either logged here or listed in `notLogged` with the reason, and a test of
/// each store fails on a table that is neither.
public enum ChangeLog {
    /// What a row of the log says changed.
    public enum Subject: String, Sendable, CaseIterable {
        /// A document's title, text, state, category or publication: what search follows.
        case document
        /// A document's page starts and reading time.
        case layout
        case category
        case tag
        case setting
        /// A comment: published ones show on cached reading pages, their counts on lists. Only the stamp of
        /// cached pages follows it.
        case comment
    }

    /// The tables whose inserts, updates and deletes are logged, with what their rows are. (Updates of
    /// a category's published count and a document's view count are not: they follow logged changes or
    /// every read. Updates of a document's pages and reading time are logged as `layout`. Settings whose
    /// key starts with `stateKeyPrefix` are not: see there. Comments only when visitors could see them
    /// before or after the write: `CommentQueries.visibleChange`.)
    public static let logged: [String: Subject] = [
        "document": .document, "category": .category, "tag": .tag, "setting": .setting, "comment": .comment,
    ]

    /// The subjects whose rows the search index follows: what it matches, and the page counts it filters by.
    static let searchedSubjects = "('\(Subject.document.rawValue)', '\(Subject.layout.rawValue)')"

    /// Settings under this prefix are the library's own state, which no page shows (the form key, the
    /// admin setup link, how far a layout run has got): their writes are not logged, so that they never
    /// empty the page cache.
    public static let stateKeyPrefix = "state."

    /// Every other table of the library, with why its writes need no entry.
    public static let notLogged: [String: String] = [
        "change_log": "the log itself",
        "document_tag": "written only with its document or its tag, both logged",
        "document_text": "written only with its document, logged",
        "library_count": "kept by triggers on the documents, logged",
        "account": "no cached page shows an account: bylines keep the name they were published under; a comment's author is read when its page is rendered, and a cached page lives a minute at most",
        "account_session": "a reader's own state, on pages that are never cached",
        "api_token": "a reader's own state, on pages that are never cached",
        "favorite": "a reader's own state, on pages that are never cached",
        "reading_history": "a reader's own state, on pages that are never cached",
        "login_failure": "throttling state, shown on no page",
        "security_event": "the admin's security log, never cached",
        "import_run": "the admin's dashboard, never cached",
        "document_original": "written only with its document, logged",
        "original_file": "the notes of kept originals, shown on no page",
        "original_part": "the bytes of originals (in PostgreSQL, or in a backup file), under hashes whose bytes never change",
        "job": "long work under way, shown only in the admin and on the command line",
        "job_file": "the files of a job, shown on no page",
        "daily_views": "view counts change on every read; pages show them as of their rendering",
        "sensitive_word": "written only with the setting `words.revision`, logged",
        "submission": "a decision changes its document in the same transaction, and the document's change is logged",
        "notification": "an account's own messages, shown only to it on pages that are never cached",
        "account_ban": "read when what a ban stops is tried; no page shows bans to visitors",
        "report": "readers' reports, shown only in the admin, read when asked; no page shows them to visitors",
        "takedown": "records kept for the operator and read when readers upload; no page shows them to visitors",
        "copyright_notice": "notices kept for the operator, shown only in the admin",
    ]
}
