import Foundation
import GRDB
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// Backups of either store, restored into either: every table comes back as it was.
@Suite struct BackupTests {
    /// A library with a row in every table a backup carries, times with milliseconds, a near-duplicate
    /// pointing at a later id, a draft, a document in the trash and a tag-less document among them.
    static func fill(_ store: any Store, originals: any OriginalStorage = OriginalsInMemory()) async throws {
        let created = Date(timeIntervalSince1970: 1_764_655_200.123)
        try await store.noteOriginal(hash: originalHash, byteCount: Int64(originalBytes.count), at: created)
        try await originals.keep(originalBytes, hash: originalHash)
        // Noted, never held: a backup carries its note but not its bytes.
        try await store.noteOriginal(hash: String(repeating: "0", count: 64), byteCount: 3, at: created)
        let admin = try await store.createUser(NewUser(name: "管理员", nameKey: "管理员", passwordHash: "scrypt$hash", role: .admin, created: created))
        let reader = try await store.createUser(NewUser(name: "读者", nameKey: "读者", passwordHash: "scrypt$other", role: .reader, created: created))
        try await store.setDisabled(userID: reader.id, true)
        try await store.setContributor(userID: reader.id, true)
        var later = StoreFixtures.newDocument(id: 900, title: "后来的原件", hash: "later", tags: ["年度"], created: created)
        later.ownerID = admin.id
        later.original = OriginalFile(hash: originalHash, byteCount: Int64(originalBytes.count), fileName: "后来的原件.pdf", format: .pdf)
        var near = StoreFixtures.newDocument(id: 7, title: "近似稿", hash: "near", category: "通知", tags: ["年度", "总结"], created: created)
        near.status = .draft
        let saved = try await store.saveNewDocuments([
            StoreFixtures.newDocument(title: "第一篇", hash: "first", tags: ["总结"]), near, later,
            StoreFixtures.newDocument(title: "将删除", hash: "trash", category: nil),
        ])
        let ids = saved.compactMap { if case .inserted(let id) = $0 { id } else { nil } }
        try await store.setNearDuplicates([(id: 7, of: 900)])
        _ = try await store.trashDocument(id: ids[3], at: created.addingTimeInterval(60.456))
        try await store.addViews([900: 5, ids[0]: 2], day: "2026-12-01")
        try await store.addViews([900: 1], day: "2026-12-02")
        try await store.setSettings(["siteName": "观山文库", "pageBudget": "2000"])
        try await store.replaceSensitiveWords(sensitiveWords.filter { $0.policy == .block }.map(\.word), policy: .block, revision: "r1")
        try await store.replaceSensitiveWords(sensitiveWords.filter { $0.policy == .mask }.map(\.word), policy: .mask, revision: "r2")
        try await store.createSession(secretHash: "session-1", userID: admin.id, at: created.addingTimeInterval(1.5))
        _ = try await store.createToken(NewToken(
            userID: admin.id, name: "导入脚本", secretHash: "token-1", scope: .admin, created: created.addingTimeInterval(2.25),
            expires: created.addingTimeInterval(90 * 86_400)))
        try await store.setFavorite(userID: admin.id, documentID: 900, true, at: created.addingTimeInterval(3.001))
        try await store.recordReadings([ReadingMark(userID: admin.id, documentID: 900, page: 2, at: created.addingTimeInterval(4.999))])
        try await store.recordImportRun(ImportRunRecord(
            started: created, finished: created.addingTimeInterval(9.5), origin: "cli", userID: admin.id, imported: 3, skipped: 1,
            failures: [.init(source: "坏.docx", problem: "notDocx")]))
        try await store.addSubmission(submission)
        for ban in bans { try await store.setBan(ban) }
        for title in ["近似稿", "又一篇"] {
            try await store.addNotification(NewNotification(
                accountID: reader.id, kind: .rejected, documentID: 7, title: title, detail: "理由：'重复'", at: created.addingTimeInterval(7.125)))
        }
        try await store.markNotificationsRead(accountID: reader.id, through: .max)
        try await store.addNotification(NewNotification(
            accountID: reader.id, kind: .held, documentID: nil, title: "待审", detail: nil, at: created.addingTimeInterval(8.5)))
        // One report dealt with by the admin, one open.
        _ = try await store.addReport(NewReport(
            documentID: 7, reason: .error, details: "数字有误", reporterID: nil, reporterKey: "address:ab12", at: created.addingTimeInterval(9.25)))
        _ = try await store.closeReports(documentID: 7, by: admin.id, at: created.addingTimeInterval(9.75))
        _ = try await store.addReport(NewReport(
            documentID: 900, reason: .infringement, details: openReport.details, reporterID: reader.id, reporterKey: "account:2",
            at: openReport.created))
        for takedown in takedowns.reversed() {
            _ = try await store.addTakedown(NewTakedown(
                documentID: takedown.documentID, title: takedown.title, contentHash: takedown.contentHash, fingerprint: takedown.fingerprint,
                reason: takedown.reason, deciderID: takedown.deciderID, at: takedown.created))
        }
        for notice in copyrightNotices.reversed() {
            _ = try await store.addCopyrightNotice(NewCopyrightNotice(
                claimant: notice.claimant, contact: notice.contact, byAgent: notice.byAgent, work: notice.work, documentIDs: notice.documentIDs,
                details: notice.details, submitterID: notice.submitterID, submitterKey: notice.submitterID.map { "account:\($0)" } ?? "address:cd34",
                at: notice.created))
        }
        _ = try await store.handleCopyrightNotice(id: 1, by: admin.id, at: copyrightNotices[1].handled!)
        // The admin's comment on 900 with the reader's reply, edited and waiting; the reader's comment, deleted.
        let comment = thread.comment, reply = thread.replies[0]
        _ = try await store.addComment(NewComment(
            documentID: 900, parentID: nil, authorID: admin.id, body: comment.body, state: comment.state, at: comment.created))
        _ = try await store.addComment(NewComment(
            documentID: 900, parentID: comment.id, authorID: reader.id, body: "原来的回复", state: .published, at: reply.created))
        _ = try await store.editComment(id: reply.id, body: reply.body, state: reply.state, at: reply.edited!)
        let deleted = try await store.addComment(NewComment(
            documentID: 900, parentID: nil, authorID: reader.id, body: "删掉的评论", state: .published, at: created.addingTimeInterval(15)))
        _ = try await store.setCommentState(ids: [deleted], to: .deleted)
    }

    /// The takedown records `fill` writes, newest first: the site's of a text no longer here, then the admin's of the draft 7.
    static let takedowns = [
        Takedown(
            id: 2, documentID: nil, title: "已删的文", contentHash: "gone", fingerprint: 42, reason: "举报人数达到上限", deciderID: nil,
            created: Date(timeIntervalSince1970: 1_764_655_211.5)),
        Takedown(
            id: 1, documentID: 7, title: "近似稿", contentHash: "near", fingerprint: UInt64.max - 5, reason: "侵犯'著作权'；\n第二行", deciderID: 1,
            created: Date(timeIntervalSince1970: 1_764_655_211.125)),
    ]

    /// The copyright notices `fill` writes, newest first: a visitor's, open, then the reader's agent's, dealt with by the admin.
    static let copyrightNotices = [
        CopyrightNotice(
            id: 2, claimant: "个人", contact: "13800000000", byAgent: false, work: "摄影作品", documentIDs: [], details: "", submitterID: nil,
            created: Date(timeIntervalSince1970: 1_764_655_213.375), handled: nil, handlerID: nil),
        CopyrightNotice(
            id: 1, claimant: "某出版社", contact: "legal@example.com", byAgent: true, work: "《文集》", documentIDs: [900, 7],
            details: "第二章'全文'照搬", submitterID: 2, created: Date(timeIntervalSince1970: 1_764_655_212.25),
            handled: Date(timeIntervalSince1970: 1_764_655_212.75), handlerID: 1),
    ]

    /// The thread of 900 the reader sees, of the comments `fill` writes: the admin's, with the reader's own reply waiting.
    static let thread = CommentThread(
        comment: Comment(
            id: 1, documentID: 900, parentID: nil, authorID: 1, authorName: "管理员", body: "好文'章'\n第二行", state: .published,
            created: Date(timeIntervalSince1970: 1_764_655_214.125), edited: nil),
        replies: [
            Comment(
                id: 2, documentID: 900, parentID: 1, authorID: 2, authorName: "读者", body: "同意 😀", state: .pending,
                created: Date(timeIntervalSince1970: 1_764_655_214.5), edited: Date(timeIntervalSince1970: 1_764_655_214.625)),
        ])

    /// The report of 900 `fill` leaves open, the second it writes.
    static let openReport = DocumentReport(
        id: 2, reason: .infringement, details: "转载未经'授权'；\n第二行", reporterID: 2, created: Date(timeIntervalSince1970: 1_764_655_210.875))

    /// The reader's (account 2) submission `fill` writes, of the draft 7, held for every reason and rejected by the admin.
    static let submission = Submission(
        documentID: 7, uploaderID: 2, state: .rejected,
        heldFor: [.words(["维权", "'); DROP TABLE submission; --"]), .nearDuplicate(of: 900), .reportedUploader],
        reason: "含有'敏感'词", byteCount: 3_000_000_000, submitted: Date(timeIntervalSince1970: 1_764_655_205.5),
        decided: Date(timeIntervalSince1970: 1_764_655_206.25), deciderID: 1)

    /// The reader's (account 2) bans `fill` writes, set by the admin: one in force for a week, one for good.
    static let bans = [
        AccountBan(
            accountID: 2, scope: .comment, until: Date(timeIntervalSince1970: 1_765_260_000.375), reason: "辱骂他人，“禁言”一周",
            created: Date(timeIntervalSince1970: 1_764_655_210.5), createdBy: 1),
        AccountBan(
            accountID: 2, scope: .upload, until: nil, reason: "屡次上传'侵权'文档", created: Date(timeIntervalSince1970: 1_764_655_211.25),
            createdBy: 1),
    ]

    /// What a store `fill` filled (or a copy of one) holds of submissions, notifications, contributors, bans and reports.
    static func expectSubmissionsAndNotifications(in store: any Store) async throws {
        #expect(try await store.submission(documentID: 7) == submission)
        #expect(try await store.bans(accountIDs: [1, 2], at: Date(timeIntervalSince1970: 1_764_655_300)) == bans)
        #expect(try await store.bans(accountIDs: [2], at: Date(timeIntervalSince1970: 1_765_260_000.375)) == [bans[1]])
        #expect(try await store.user(id: 2)?.contributor == true)
        #expect(try await store.user(id: 1)?.contributor == false)
        let notifications = try await store.notifications(accountID: 2, offset: 0, limit: 10)
        #expect(notifications.items.map(\.title) == ["待审", "又一篇", "近似稿"] && notifications.unread == 1)
        // Numbered on past the ids restored.
        try await store.addNotification(NewNotification(accountID: 1, kind: .approved, documentID: 900, title: "新", detail: nil, at: Date()))
        let next = try await store.notifications(accountID: 1, offset: 0, limit: 1).items.first?.id
        #expect(next == (notifications.items.first?.id).map { $0 + 1 })
        #expect(try await store.openReports(documentID: 900) == [openReport])
        #expect(try await store.openReports(documentID: 7).isEmpty)
        let queue = try await store.reportedDocuments(offset: 0, limit: 10)
        #expect(queue.rows == [ReportedDocument(
            documentID: 900, title: "后来的原件", ownerID: 1, openReports: 1, reporters: 1, latest: openReport.created, reasons: [.infringement])])
        _ = try await store.addReport(NewReport(documentID: 900, reason: .other, details: "", reporterID: nil, reporterKey: "k", at: Date()))
        #expect(try await store.openReports(documentID: 900).map(\.id).max() == openReport.id + 1)
    }

    /// What a store `fill` filled (or a copy of one) holds of takedowns, copyright notices and comments.
    static func expectTakedownsAndComments(in store: any Store) async throws {
        #expect(try await store.takedowns(offset: 0, limit: 10).rows == takedowns)
        let notices = try await store.copyrightNotices(openOnly: false, offset: 0, limit: 10)
        #expect(notices.rows == copyrightNotices && notices.open == 1)
        #expect(try await store.copyrightNoticeCount(submitterKey: "account:2", since: .distantPast) == 1)
        let threads = try await store.comments(documentID: 900, viewerID: 2, offset: 0, limit: 10)
        #expect(threads.threads == [thread] && threads.total == 1)
        #expect(try await store.comments(states: [.deleted], offset: 0, limit: 10).rows.map(\.comment.body) == [""])
        #expect(try await store.commentCounts(documentIDs: [900, 7]) == [900: 1])
        // Numbered on past the ids restored.
        let next = NewTakedown(documentID: nil, title: "新", contentHash: "new", fingerprint: 0, reason: "", deciderID: nil, at: Date())
        #expect(try await store.addTakedown(next) == 3)
        #expect(try await store.addCopyrightNotice(NewCopyrightNotice(
            claimant: "新", contact: "", byAgent: false, work: "", documentIDs: [], details: "", submitterID: nil, submitterKey: "k", at: Date())) == 3)
        #expect(try await store.addComment(NewComment(
            documentID: 900, parentID: 1, authorID: 1, body: "新", state: .published, at: Date())) == 4)
    }

    /// The sensitive words `fill` writes, in the order the stores give them.
    static let sensitiveWords = [
        SensitiveWord(word: "'); DROP TABLE setting; --", policy: .block), SensitiveWord(word: "赌博", policy: .block),
        SensitiveWord(word: "全角ＡＢＣ", policy: .mask), SensitiveWord(word: "笨蛋😀", policy: .mask),
    ]

    /// An original of three parts, the last one short.
    static let originalBytes = Data((0..<(2 * OriginalParts.size + 1_234)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    static let originalHash = sha256(originalBytes)

    static func backupPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-backup-\(UUID().uuidString).sqlite").path
    }

    @Test(arguments: StoreKind.allCases, StoreKind.allCases)
    func aBackupRestoresIntoAnEmptyStoreWithEveryTableAlike(from source: StoreKind, to target: StoreKind) async throws {
        let original = try await source.make()
        let sourceOriginals = OriginalsInMemory()
        try await Self.fill(original, originals: sourceOriginals)
        let path = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try await original.backup(to: path, originals: sourceOriginals)
        #expect(written["document"] == 4 && written["account"] == 2 && written["favorite"] == 1 && written["daily_views"] == 2)
        #expect(written["original_file"] == 2 && written["document_original"] == 1 && written[BackupCounts.originalsMissing] == 0)
        #expect(written["sensitive_word"] == 4 && written["setting"] == 3)
        #expect(written["submission"] == 1 && written["notification"] == 3 && written["account_ban"] == 2 && written["report"] == 2)
        #expect(written["takedown"] == 2 && written["copyright_notice"] == 2 && written["comment"] == 3)

        let restored = try await target.make()
        let targetOriginals = OriginalsInMemory()
        let loaded = try await restored.restore(from: try BackupFile(path: path), originals: targetOriginals)
        #expect(loaded == written)
        let file = try #require(try await restored.document(id: 900)?.original)
        #expect(file.fileName == "后来的原件.pdf" && file.format == .pdf)
        #expect(try await targetOriginals.bytes(of: file) == Self.originalBytes)
        #expect(try await targetOriginals.part(0, of: String(repeating: "0", count: 64), byteCount: 3) == nil)
        let before = try await original.dumpTables()
        let after = try await restored.dumpTables()
        for table in BackupSchema.tables {
            #expect(after[table.name] == before[table.name], "\(table.name)")
        }
        // The restored store goes on numbering past the restored ids, and serves as the original did.
        let restoredIDs = before["document", default: []].compactMap { row -> Int64? in if case .integer(let id) = row[0] { id } else { nil } }
        let next = try await restored.saveNewDocuments([StoreFixtures.newDocument(hash: "after-restore")])
        #expect(next == [.inserted(id: restoredIDs.max()! + 1)])
        #expect(try await restored.favorites(userID: 1, offset: 0, limit: 10).entries.map(\.document.id) == [900])
        #expect(try await restored.session(secretHash: "session-1")?.user.id == 1)
        #expect(try await restored.sensitiveWords() == Self.sensitiveWords)
        #expect(try await restored.settings()["words.revision"] == "r2")
        try await Self.expectSubmissionsAndNotifications(in: restored)
        try await Self.expectTakedownsAndComments(in: restored)
    }

    /// An original whose bytes the storage lacks (or will not show) is left out of the backup and counted;
    /// a storage that is away fails the backup, which leaves no file.
    @Test func anOriginalMissingFromItsStorageIsCountedAndAStorageAwayFailsTheBackup() async throws {
        let store = try SQLiteStore.inMemory()
        try await Self.fill(store, originals: OriginalsInMemory())
        let path = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let counts = try await store.backup(to: path, originals: RefusingStorage(status: 403))
        #expect(counts[BackupCounts.originalsMissing] == 1 && counts["document"] == 4)
        let other = Self.backupPath()
        await #expect(throws: OriginalStorageError.refused(status: 503, said: "SlowDown")) {
            try await store.backup(to: other, originals: RefusingStorage(status: 503))
        }
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    /// `guanshan migrate --to postgres://…`: a SQLite library moves whole into an empty PostgreSQL database.
    @Test func aSQLiteLibraryMovesToPostgreSQLWhole() async throws {
        let path = Self.backupPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let sqlite = try SQLiteStore(path: path)
        let folder = OriginalFolder(root: URL(fileURLWithPath: path + "-originals"))
        defer { try? FileManager.default.removeItem(at: folder.root) }
        try await Self.fill(sqlite, originals: folder)
        let postgres = try #require(try await StoreKind.postgres.make() as? PostgresStore)
        let inPostgres = PostgresOriginals(store: postgres)
        let moved = try await postgres.moveIn(sqliteDatabase: path, originalsFrom: folder, to: inPostgres)
        let file = try #require(try await postgres.document(id: 900)?.original)
        #expect(try await inPostgres.bytes(of: file) == Self.originalBytes)
        #expect(moved["document"] == 4 && moved["reading_history"] == 1 && moved["setting"] == 3 && moved["sensitive_word"] == 4)
        #expect(try await postgres.sensitiveWords() == Self.sensitiveWords)
        #expect(moved["submission"] == 1 && moved["notification"] == 3 && moved["account"] == 2 && moved["account_ban"] == 2)
        #expect(moved["report"] == 2 && moved["takedown"] == 2 && moved["copyright_notice"] == 2 && moved["comment"] == 3)
        let before = try await sqlite.dumpTables()
        let after = try await postgres.dumpTables()
        for table in BackupSchema.tables {
            #expect(after[table.name] == before[table.name], "\(table.name)")
        }
        try await Self.expectSubmissionsAndNotifications(in: postgres)
        try await Self.expectTakedownsAndComments(in: postgres)
        await #expect(throws: BackupError.storeNotEmpty(BackupSchema.tables.map(\.name).filter { moved[$0] > 0 })) {
            try await postgres.moveIn(sqliteDatabase: path, originalsFrom: folder, to: inPostgres)
        }
        await #expect(throws: BackupError.fileNotFound("/nonexistent/guanshan.sqlite")) {
            try await postgres.moveIn(sqliteDatabase: "/nonexistent/guanshan.sqlite", originalsFrom: folder, to: inPostgres)
        }
    }

    /// A backup is the library as it was at one moment: documents saved two at a time while backups are
    /// taken never appear one without the other, nor without their text.
    @Test(arguments: StoreKind.allCases)
    func aBackupTakenWhileWritesGoOnIsOneMoment(on kind: StoreKind) async throws {
        let store: any Store = switch kind {
        case .sqlite: try SQLiteStore(path: Self.backupPath())
        case .postgres: try await kind.make()
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for pair in 0..<150 {
                    _ = try await store.saveNewDocuments([
                        StoreFixtures.newDocument(hash: "a\(pair)", tags: ["甲"]), StoreFixtures.newDocument(hash: "b\(pair)", tags: ["乙"]),
                    ])
                }
            }
            for _ in 0..<4 {
                try await Task.sleep(for: .milliseconds(40))
                let path = Self.backupPath()
                defer { try? FileManager.default.removeItem(atPath: path) }
                let counts = try await store.backup(to: path, originals: OriginalsInMemory())
                #expect(counts["document"] % 2 == 0)
                #expect(counts["document_text"] == counts["document"])
                #expect(counts["document_tag"] == counts["document"])
                let copy = try SQLiteStore.inMemory()
                #expect(try await copy.restore(from: try BackupFile(path: path), originals: OriginalsInMemory()) == counts)
            }
            try await group.waitForAll()
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRestoreIntoAFilledStoreIsRefusedAndChangesNothing(on kind: StoreKind) async throws {
        let source = try SQLiteStore.inMemory()
        try await Self.fill(source)
        let path = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await source.backup(to: path, originals: OriginalsInMemory())
        let filled = try await kind.make()
        try await filled.setSettings(["siteName": "已有的站"])
        let before = try await filled.dumpTables()
        await #expect(throws: BackupError.storeNotEmpty(["setting"])) { try await filled.restore(from: try BackupFile(path: path), originals: OriginalsInMemory()) }
        #expect(try await filled.dumpTables() == before)
    }

    /// A damaged backup (a favorite of a document it lacks) is refused before anything is written.
    @Test func aDamagedBackupIsRefused() async throws {
        let path = try await Self.backup(damagedBy: { db in
            try db.execute(sql: "INSERT INTO favorite (account_id, document_id, created_at) VALUES (1, 424242, '2026-12-02 00:00:00.000')")
        })
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: BackupError.damaged(path)) { try BackupFile(path: path) }
    }

    /// A backup that PostgreSQL refuses halfway through (a count past its INTEGER, which SQLite keeps, in
    /// one of the last tables) leaves the store as empty as it was: the restore is one transaction.
    @Test func aRestoreThatFailsHalfwayLeavesTheStoreEmpty() async throws {
        let path = try await Self.backup(damagedBy: { db in
            try db.execute(sql: "UPDATE import_run SET imported = 3000000000")
        })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let target = try await StoreKind.postgres.make()
        await #expect(throws: (any Error).self) { try await target.restore(from: try BackupFile(path: path), originals: OriginalsInMemory()) }
        let left = try await target.dumpTables()
        let filled = left.filter { !$0.value.isEmpty }.map(\.key)
        #expect(filled.isEmpty, "\(filled)")
    }

    /// A backup of a filled SQLite store, changed by `damage` behind the store's back.
    static func backup(damagedBy damage: @escaping @Sendable (Database) throws -> Void) async throws -> String {
        let source = try SQLiteStore.inMemory()
        try await fill(source)
        let path = backupPath()
        _ = try await source.backup(to: path, originals: OriginalsInMemory())
        var unchecked = Configuration()
        unchecked.foreignKeysEnabled = false
        let file = try DatabaseQueue(path: path, configuration: unchecked)
        try await file.write(damage)
        try file.close()
        return path
    }

    @Test func aBackupNeverReplacesAFile() async throws {
        let store = try SQLiteStore.inMemory()
        let path = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("重要".utf8).write(to: URL(fileURLWithPath: path))
        await #expect(throws: BackupError.fileExists(path)) { try await store.backup(to: path, originals: OriginalsInMemory()) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("重要".utf8))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func filesThatAreNotBackupsAreRefused() throws {
        let text = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: text) }
        try Data("不是数据库".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: BackupError.notABackup(text)) { try BackupFile(path: text) }
        let other = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: other) }
        try DatabaseQueue(path: other).inDatabase { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: BackupError.notABackup(other)) { try BackupFile(path: other) }
        #expect(throws: BackupError.fileNotFound("/nonexistent/backup.sqlite")) { try BackupFile(path: "/nonexistent/backup.sqlite") }
    }

    /// A backup of an older version is brought up to date in a copy, and the file itself is left alone;
    /// one of a newer version is refused.
    @Test func backupsOfOtherVersions() async throws {
        let store = try SQLiteStore.inMemory()
        try await Self.fill(store)
        let older = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: older) }
        _ = try await store.backup(to: older, originals: OriginalsInMemory())
        try await DatabaseQueue(path: older).write { try $0.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v7:%'") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: older))
        let restored = try SQLiteStore.inMemory()
        #expect(try await restored.restore(from: try BackupFile(path: older), originals: OriginalsInMemory())["document"] == 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: older)) == bytes)

        let newer = Self.backupPath()
        defer { try? FileManager.default.removeItem(atPath: newer) }
        _ = try await store.backup(to: newer, originals: OriginalsInMemory())
        try await DatabaseQueue(path: newer).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')") }
        #expect(throws: BackupError.newerVersion(newer)) { try BackupFile(path: newer) }
    }

    @Test func timesAreWrittenAsTheSQLiteStoreWritesThem() {
        #expect(BackupCell.sqliteText(milliseconds: 1_764_655_200_123) == "2025-12-02 06:00:00.123")
        #expect(BackupCell.sqliteText(milliseconds: 0) == "1970-01-01 00:00:00.000")
        #expect(BackupCell.sqliteText(milliseconds: -1) == "1969-12-31 23:59:59.999")
        #expect(BackupCell.milliseconds(Date(timeIntervalSince1970: 1_764_655_200.123)) == 1_764_655_200_123)
    }
}

extension Store {
    /// Every row of every table a backup carries, in key order: what two stores holding the same library
    /// agree on.
    func dumpTables() async throws -> [String: [[BackupCell]]] {
        switch self {
        case let store as SQLiteStore: try await Self.dump(SQLiteTableReader(database: store.writer.base))
        case let store as PostgresStore: try await store.client.using { try await Self.dump(PostgresTableReader(connection: $0)) }
        default: throw BackupError.notABackup("\(type(of: self))")
        }
    }

    private static func dump(_ reader: some BackupTableReader) async throws -> [String: [[BackupCell]]] {
        var tables: [String: [[BackupCell]]] = [:]
        for table in BackupSchema.tables {
            var rows: [[BackupCell]] = []
            try await TableCopy.forEachBatch(of: table, in: reader) { rows += $0 }
            tables[table.name] = rows
        }
        return tables
    }
}

/// A storage that answers every read with an HTTP status, as S3 does.
struct RefusingStorage: OriginalStorage {
    let status: Int
    var place: String { "refusing" }
    func keep(_ bytes: Data, hash: String) async throws {}
    func part(_ index: Int, of hash: String, byteCount: Int64) async throws -> Data? {
        throw OriginalStorageError.refused(status: status, said: status == 403 ? "AccessDenied" : "SlowDown")
    }
    func remove(hash: String) async throws {}
}
