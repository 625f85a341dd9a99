import GuanshanModel
import GRDB
import GuanshanText

enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, categories, tags, settings") { db in
            try db.execute(sql: """
                CREATE TABLE category (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
                    slug TEXT NOT NULL UNIQUE CHECK (length(slug) > 0)
                );
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL CHECK (length(title) > 0),
                    sharer TEXT NOT NULL,
                    category_id INTEGER REFERENCES category(id) ON DELETE SET NULL,
                    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
                    created_at DATETIME NOT NULL,
                    published_at DATETIME,
                    updated_at DATETIME NOT NULL,
                    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
                    body TEXT NOT NULL,
                    character_count INTEGER NOT NULL CHECK (character_count >= 0),
                    reading_minutes INTEGER NOT NULL CHECK (reading_minutes >= 0),
                    pages TEXT NOT NULL,
                    outline TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    fingerprint INTEGER NOT NULL,
                    view_count INTEGER NOT NULL DEFAULT 0 CHECK (view_count >= 0),
                    CHECK (status = 'draft' OR published_at IS NOT NULL)
                );
                CREATE INDEX document_newest ON document(status, published_at DESC, id DESC);
                CREATE INDEX document_most_read ON document(status, view_count DESC, id DESC);
                CREATE INDEX document_category_newest ON document(category_id, status, published_at DESC, id DESC);
                CREATE TABLE tag (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
                );
                CREATE TABLE document_tag (
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (document_id, tag_id)
                ) WITHOUT ROWID;
                CREATE INDEX document_tag_by_tag ON document_tag(tag_id, document_id);
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: change log for derived data") { db in
            // Triggers write the log in the transaction that changes the document, so no writer can forget it.
            try db.execute(sql: """
                CREATE TABLE document_change (
                    revision INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id INTEGER NOT NULL
                );
                CREATE INDEX document_change_by_document ON document_change(document_id, revision);
                INSERT INTO document_change (document_id) SELECT id FROM document ORDER BY id;
                CREATE TRIGGER document_change_insert AFTER INSERT ON document BEGIN
                    INSERT INTO document_change (document_id) VALUES (NEW.id);
                END;
                CREATE TRIGGER document_change_update
                AFTER UPDATE OF title, body, status, category_id, published_at ON document BEGIN
                    INSERT INTO document_change (document_id) VALUES (NEW.id);
                END;
                CREATE TRIGGER document_change_delete AFTER DELETE ON document BEGIN
                    INSERT INTO document_change (document_id) VALUES (OLD.id);
                END;
                """)
        }
        migrator.registerMigration("v3: plain text of the body, for search") { db in
            // Its own table, so reading it never walks through the JSON body's overflow pages.
            try db.execute(sql: """
                CREATE TABLE document_text (
                    id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    plain_text TEXT NOT NULL
                )
                """)
            for row in try Row.fetchAll(db, sql: "SELECT id, body FROM document") {
                let blocks = try BlockJSON.decode(row["body"])
                try db.execute(
                    sql: "INSERT INTO document_text (id, plain_text) VALUES (?, ?)", arguments: [row["id"], BlockTexts.join(blocks)])
            }
        }
        migrator.registerMigration("v4: accounts, sessions, tokens, favorites, history") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(name) > 0),
                    name_key TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL CHECK (length(display_name) > 0),
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reader')),
                    disabled BOOLEAN NOT NULL DEFAULT 0,
                    created_at DATETIME NOT NULL
                );
                CREATE TABLE account_session (
                    secret_hash TEXT PRIMARY KEY NOT NULL,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    created_at DATETIME NOT NULL,
                    last_seen_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX account_session_by_account ON account_session(account_id);
                CREATE TABLE api_token (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    secret_hash TEXT NOT NULL UNIQUE,
                    created_at DATETIME NOT NULL,
                    last_used_at DATETIME
                );
                CREATE INDEX api_token_by_account ON api_token(account_id);
                CREATE TABLE login_failure (
                    key TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX login_failure_by_key ON login_failure(key, at);
                CREATE INDEX login_failure_by_time ON login_failure(at);
                CREATE TABLE favorite (
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    created_at DATETIME NOT NULL,
                    PRIMARY KEY (account_id, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX favorite_newest ON favorite(account_id, created_at DESC);
                CREATE INDEX favorite_by_document ON favorite(document_id);
                CREATE TABLE reading_history (
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    page INTEGER NOT NULL CHECK (page > 0),
                    read_at DATETIME NOT NULL,
                    PRIMARY KEY (account_id, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX reading_history_newest ON reading_history(account_id, read_at DESC);
                CREATE INDEX reading_history_by_document ON reading_history(document_id);
                """)
        }
        migrator.registerMigration("v5: trash, owners, daily views, import runs") { db in
            // A document in the trash is a draft that remembers the state to restore: public lists, which
            // show published documents only, need no change.
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN owner_id INTEGER REFERENCES account(id) ON DELETE SET NULL;
                ALTER TABLE document ADD COLUMN trashed_at DATETIME;
                ALTER TABLE document ADD COLUMN trashed_status TEXT CHECK (trashed_status IN ('draft', 'published'));
                CREATE INDEX document_recently_updated ON document(updated_at DESC, id DESC);
                CREATE TABLE daily_views (
                    day TEXT PRIMARY KEY NOT NULL,
                    views INTEGER NOT NULL CHECK (views >= 0)
                ) WITHOUT ROWID;
                CREATE TABLE import_run (
                    id INTEGER PRIMARY KEY,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME NOT NULL,
                    origin TEXT NOT NULL,
                    account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    imported INTEGER NOT NULL,
                    skipped INTEGER NOT NULL,
                    failures TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v6: near-duplicates") { db in
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN near_duplicate_of INTEGER REFERENCES document(id) ON DELETE SET NULL;
                """)
        }
        migrator.registerMigration("v7: times to the millisecond") { _ in
            // SQLite has kept times to the millisecond from the start; the step is PostgreSQL's.
        }
        migrator.registerMigration("v8: published counts kept by triggers") { db in
            // Lists and the navigation of every page show how many documents are published, in all and in
            // each category: counting them on each request grows with the library.
            try db.execute(sql: """
                ALTER TABLE category ADD COLUMN published_count INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE library_count (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    published INTEGER NOT NULL
                );
                INSERT INTO library_count (id, published) SELECT 1, count(*) FROM document WHERE status = 'published';
                UPDATE category SET published_count =
                    (SELECT count(*) FROM document d WHERE d.category_id = category.id AND d.status = 'published');
                CREATE TRIGGER published_count_insert AFTER INSERT ON document WHEN NEW.status = 'published' BEGIN
                    UPDATE library_count SET published = published + 1;
                    UPDATE category SET published_count = published_count + 1 WHERE id = NEW.category_id;
                END;
                CREATE TRIGGER published_count_delete AFTER DELETE ON document WHEN OLD.status = 'published' BEGIN
                    UPDATE library_count SET published = published - 1;
                    UPDATE category SET published_count = published_count - 1 WHERE id = OLD.category_id;
                END;
                CREATE TRIGGER published_count_update AFTER UPDATE OF status, category_id ON document
                WHEN OLD.status IS NOT NEW.status OR OLD.category_id IS NOT NEW.category_id BEGIN
                    UPDATE library_count SET published = published + (NEW.status = 'published') - (OLD.status = 'published');
                    UPDATE category SET published_count = published_count - 1 WHERE id = OLD.category_id AND OLD.status = 'published';
                    UPDATE category SET published_count = published_count + 1 WHERE id = NEW.category_id AND NEW.status = 'published';
                END;
                """)
        }
        migrator.registerMigration("v9: token scopes and expiry") { db in
            // Tokens made before scopes could do all their account's role allows. They become read-write,
            // which keeps what such tokens are made for (favorites, history, an editor's imports) and drops
            // the admin's powers, which a token must now be given on purpose; and they expire in 90 days,
            // the default for a new token, rather than never or at once. SQLite adds a NOT NULL column only
            // with a constant default, so the table is made anew.
            try db.execute(sql: """
                CREATE TABLE api_token_new (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    secret_hash TEXT NOT NULL UNIQUE,
                    scope TEXT NOT NULL CHECK (scope IN ('read', 'read-write', 'admin')),
                    created_at DATETIME NOT NULL,
                    expires_at DATETIME NOT NULL,
                    last_used_at DATETIME
                );
                INSERT INTO api_token_new (id, account_id, name, secret_hash, scope, created_at, expires_at, last_used_at)
                SELECT id, account_id, name, secret_hash, 'read-write', created_at,
                       strftime('%Y-%m-%d %H:%M:%f', 'now', '+90 days'), last_used_at
                FROM api_token;
                DROP TABLE api_token;
                ALTER TABLE api_token_new RENAME TO api_token;
                CREATE INDEX api_token_by_account ON api_token(account_id);
                CREATE INDEX api_token_by_expiry ON api_token(expires_at);
                """)
        }
        migrator.registerMigration("v10: security log") { db in
            // No foreign key to the account: the log keeps what an account did after it is deleted.
            try db.execute(sql: """
                CREATE TABLE security_event (
                    id INTEGER PRIMARY KEY,
                    at DATETIME NOT NULL,
                    kind TEXT NOT NULL,
                    actor_id INTEGER,
                    actor_name TEXT,
                    address TEXT,
                    subject TEXT,
                    detail TEXT
                );
                CREATE INDEX security_event_by_time ON security_event(at);
                CREATE INDEX security_event_by_kind ON security_event(kind, at);
                """)
        }
        migrator.registerMigration("v11: one change log for everything pages show") { db in
            // What the pages show changes only in a transaction that writes this log (ChangeLog in
            // GuanshanStore lists each table and why it is logged or not).
            try db.execute(sql: """
                DROP TRIGGER document_change_insert;
                DROP TRIGGER document_change_update;
                DROP TRIGGER document_change_delete;
                DROP INDEX document_change_by_document;
                ALTER TABLE document_change RENAME TO change_log;
                ALTER TABLE change_log RENAME COLUMN document_id TO subject_id;
                ALTER TABLE change_log ADD COLUMN subject TEXT NOT NULL DEFAULT 'document';
                CREATE INDEX change_log_by_subject ON change_log(subject_id, revision);
                DELETE FROM setting WHERE key = 'site.pages_changed';
                UPDATE setting SET key = 'state.form_key' WHERE key = 'security.form_key';
                UPDATE setting SET key = 'state.setup_secret_hash' WHERE key = 'setup.secret_hash';
                UPDATE setting SET key = 'state.setup_expires' WHERE key = 'setup.expires';
                UPDATE setting SET key = 'state.demo_seeded' WHERE key = 'library.demo-seeded';
                """)
            try db.execute(sql: """
                CREATE TRIGGER change_log_document_insert AFTER INSERT ON document BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('document', NEW.id);
                END;
                CREATE TRIGGER change_log_document_update AFTER UPDATE OF title, body, status, category_id, published_at ON document BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('document', NEW.id);
                END;
                CREATE TRIGGER change_log_document_delete AFTER DELETE ON document BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('document', OLD.id);
                END;
                CREATE TRIGGER change_log_category_insert AFTER INSERT ON category BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('category', NEW.id);
                END;
                CREATE TRIGGER change_log_category_update AFTER UPDATE OF name, slug ON category BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('category', NEW.id);
                END;
                CREATE TRIGGER change_log_category_delete AFTER DELETE ON category BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('category', OLD.id);
                END;
                CREATE TRIGGER change_log_tag_insert AFTER INSERT ON tag BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('tag', NEW.id);
                END;
                CREATE TRIGGER change_log_tag_update AFTER UPDATE OF name ON tag BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('tag', NEW.id);
                END;
                CREATE TRIGGER change_log_tag_delete AFTER DELETE ON tag BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('tag', OLD.id);
                END;
                CREATE TRIGGER change_log_setting_insert AFTER INSERT ON setting WHEN NEW.key NOT LIKE 'state.%' BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('setting', 0);
                END;
                CREATE TRIGGER change_log_setting_update AFTER UPDATE ON setting
                WHEN NEW.key NOT LIKE 'state.%' OR OLD.key NOT LIKE 'state.%' BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('setting', 0);
                END;
                CREATE TRIGGER change_log_setting_delete AFTER DELETE ON setting WHEN OLD.key NOT LIKE 'state.%' BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('setting', 0);
                END;
                CREATE TRIGGER change_log_document_layout AFTER UPDATE OF pages, reading_minutes ON document BEGIN
                    INSERT INTO change_log (subject, subject_id) VALUES ('layout', NEW.id);
                END;
                """)
        }
        migrator.registerMigration("v12: jobs") { db in
            try db.execute(sql: """
                CREATE TABLE job (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
                    parameters TEXT NOT NULL,
                    account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    lease_until DATETIME,
                    claim INTEGER NOT NULL DEFAULT 0,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    done INTEGER NOT NULL DEFAULT 0,
                    total INTEGER NOT NULL DEFAULT 0,
                    result TEXT,
                    summary TEXT,
                    failure TEXT
                );
                CREATE INDEX job_waiting ON job(state, id);
                CREATE TABLE job_file (
                    job_id INTEGER NOT NULL REFERENCES job(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (job_id, position)
                ) WITHOUT ROWID;
                """)
        }
        // The bytes live in an `OriginalStorage`; `original_part` holds them only in a backup file (`OriginalCopy`).
        migrator.registerMigration("v13: originals") { db in
            try db.execute(sql: """
                CREATE TABLE original_file (
                    hash TEXT PRIMARY KEY,
                    byte_count INTEGER NOT NULL,
                    noted_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE document_original (
                    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    hash TEXT NOT NULL REFERENCES original_file(hash),
                    file_name TEXT NOT NULL,
                    format TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    ocr BOOLEAN NOT NULL DEFAULT 0,
                    source_pages TEXT NOT NULL DEFAULT '[]',
                    source_pages_of TEXT
                );
                CREATE INDEX document_original_hash ON document_original(hash);
                CREATE TABLE original_part (
                    hash TEXT NOT NULL,
                    part INTEGER NOT NULL,
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (hash, part)
                ) WITHOUT ROWID;
                """)
        }
        // BINARY, SQLite's own collation, keeps the words in the order of their bytes, as PostgreSQL's "C".
        migrator.registerMigration("v14: sensitive words") { db in
            try db.execute(sql: """
                CREATE TABLE sensitive_word (
                    policy TEXT NOT NULL CHECK (policy IN ('block', 'hold', 'mask')),
                    word TEXT NOT NULL,
                    PRIMARY KEY (policy, word)
                ) WITHOUT ROWID;
                """)
        }
        // Readers' uploads under review, and what each account is told of them (`SubmissionQueries`).
        migrator.registerMigration("v15: submissions") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN contributor BOOLEAN NOT NULL DEFAULT 0;
                CREATE TABLE submission (
                    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    uploader_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'published', 'rejected', 'taken-down')),
                    held_for TEXT NOT NULL DEFAULT '[]',
                    reason TEXT,
                    byte_count INTEGER NOT NULL,
                    submitted_at DATETIME NOT NULL,
                    decided_at DATETIME,
                    decider_id INTEGER REFERENCES account(id) ON DELETE SET NULL
                );
                CREATE INDEX submission_by_uploader ON submission(uploader_id, submitted_at DESC);
                CREATE INDEX submission_by_state ON submission(state, submitted_at DESC);
                CREATE TABLE notification (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
                    title TEXT NOT NULL,
                    detail TEXT,
                    created_at DATETIME NOT NULL,
                    read_at DATETIME
                );
                CREATE INDEX notification_by_account ON notification(account_id, id DESC);
                CREATE INDEX notification_unread ON notification(account_id) WHERE read_at IS NULL;
                CREATE INDEX notification_by_document ON notification(document_id) WHERE document_id IS NOT NULL;
                CREATE INDEX document_by_owner ON document(owner_id, status, published_at DESC, id DESC) WHERE owner_id IS NOT NULL;
                CREATE TABLE account_ban (
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    scope TEXT NOT NULL CHECK (scope IN ('upload', 'comment', 'sign-in')),
                    until DATETIME,
                    reason TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    created_by INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    PRIMARY KEY (account_id, scope)
                ) WITHOUT ROWID;
                """)
        }
        // Readers' reports of documents, open until an admin deals with them (`ReportQueries`).
        migrator.registerMigration("v16: reports") { db in
            try db.execute(sql: """
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL CHECK (reason IN ('infringement', 'illegal', 'advertising', 'vulgar', 'error', 'other')),
                    details TEXT NOT NULL DEFAULT '',
                    reporter_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    reporter_key TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    closed_at DATETIME,
                    closed_by INTEGER REFERENCES account(id) ON DELETE SET NULL
                );
                CREATE INDEX report_open_by_document ON report(document_id) WHERE closed_at IS NULL;
                CREATE INDEX report_newest ON report(created_at DESC);
                CREATE INDEX report_by_reporter ON report(reporter_key, created_at) WHERE closed_at IS NULL;
                """)
        }
        // What was taken down, kept after its document is gone, and the copyright notices received (`TakedownQueries`).
        migrator.registerMigration("v17: takedowns and copyright notices") { db in
            try db.execute(sql: """
                CREATE TABLE takedown (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
                    title TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    fingerprint INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    decider_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX takedown_newest ON takedown(created_at DESC, id DESC);
                CREATE INDEX takedown_by_document ON takedown(document_id) WHERE document_id IS NOT NULL;
                CREATE TABLE copyright_notice (
                    id INTEGER PRIMARY KEY,
                    claimant TEXT NOT NULL,
                    contact TEXT NOT NULL,
                    by_agent BOOLEAN NOT NULL DEFAULT 0,
                    work TEXT NOT NULL,
                    document_ids TEXT NOT NULL DEFAULT '',
                    details TEXT NOT NULL DEFAULT '',
                    submitter_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    submitter_key TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    handled_at DATETIME,
                    handler_id INTEGER REFERENCES account(id) ON DELETE SET NULL
                );
                CREATE INDEX copyright_notice_newest ON copyright_notice(created_at DESC, id DESC);
                CREATE INDEX copyright_notice_by_submitter ON copyright_notice(submitter_key, created_at);
                """)
        }
        // Readers' comments on documents, one level of replies (`CommentQueries`); logged, as pages show them.
        migrator.registerMigration("v18: comments") { db in
            try db.execute(sql: """
                CREATE TABLE comment (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    parent_id INTEGER REFERENCES comment(id) ON DELETE CASCADE,
                    author_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
                    body TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'published', 'hidden', 'deleted')),
                    created_at DATETIME NOT NULL,
                    edited_at DATETIME
                );
                CREATE INDEX comment_threads ON comment(document_id, created_at DESC, id DESC) WHERE parent_id IS NULL;
                CREATE INDEX comment_replies ON comment(parent_id, created_at, id) WHERE parent_id IS NOT NULL;
                CREATE INDEX comment_by_document ON comment(document_id, state);
                CREATE INDEX comment_by_state ON comment(state, created_at DESC, id DESC);
                CREATE INDEX comment_by_author ON comment(author_id, created_at);
                """)
            try db.execute(sql: changeLogTriggers("comment", when: CommentQueries.visibleChange))
        }
        // The block a reader last went to on the page they reached (continue reading at that paragraph).
        migrator.registerMigration("v19: the block read last") { db in
            try db.execute(sql: "ALTER TABLE reading_history ADD COLUMN block INTEGER")
        }
        return migrator
    }

    /// The triggers that log every insert, update and delete of a row of `table`, as the subject named
    /// like the table, with the row's id.
    private static func changeLogTriggers(_ table: String, when condition: [String: String] = [:]) -> String {
        [("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")].map { operation, row in
            """
            CREATE TRIGGER change_log_\(table)_\(operation) AFTER \(operation.uppercased()) ON \(table)\(condition[operation].map { " WHEN \($0)" } ?? "") BEGIN
                INSERT INTO change_log (subject, subject_id) VALUES ('\(table)', \(row).id);
            END;
            """
        }.joined(separator: "\n")
    }
}
