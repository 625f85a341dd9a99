import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of `AccountStore` on each store.
@Suite struct AccountStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + seconds) }

    static func newToken(_ userID: Int64, _ name: String, secretHash: String, _ scope: TokenScope = .readWrite, at seconds: TimeInterval = 0) -> NewToken {
        NewToken(userID: userID, name: name, secretHash: secretHash, scope: scope, created: time(seconds), expires: time(seconds + 86_400))
    }

    static func newUser(_ name: String, _ role: Role = .reader, at seconds: TimeInterval = 0) -> NewUser {
        NewUser(name: name, nameKey: name.lowercased(), passwordHash: "hash of \(name)", role: role, created: time(seconds))
    }

    /// Three published documents and a draft, in that order.
    static func documents(in store: any Store) async throws -> (published: [Int64], draft: Int64) {
        var draft = StoreFixtures.newDocument(title: "草稿")
        draft.status = .draft
        let outcomes = try await store.saveNewDocuments(
            ["甲", "乙", "丙"].map { StoreFixtures.newDocument(title: $0) } + [draft])
        let ids = outcomes.compactMap { outcome -> Int64? in
            if case .inserted(let id) = outcome { id } else { nil }
        }
        try #require(ids.count == 4)
        return (Array(ids.prefix(3)), ids[3])
    }

    @Test(arguments: StoreKind.allCases) func usersAreCreatedFoundAndListed(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let alice = try await store.createUser(Self.newUser("Alice", .admin, at: 1))
        #expect(alice.name == "Alice")
        #expect(alice.displayName == "Alice")
        #expect(alice.role == .admin)
        #expect(!alice.disabled)
        #expect(alice.created == Self.time(1))
        await #expect(throws: StoreError.nameTaken) {
            try await store.createUser(NewUser(name: "ALICE", nameKey: "alice", passwordHash: "x", role: .reader, created: Self.time(2)))
        }
        let bob = try await store.createUser(Self.newUser("Bob"))
        let carol = try await store.createUser(Self.newUser("Carol", .editor))

        #expect(try await store.user(id: alice.id) == alice)
        #expect(try await store.user(id: carol.id + 100) == nil)
        let byName = try #require(try await store.credentials(nameKey: "alice"))
        #expect(byName.user == alice)
        #expect(byName.passwordHash == "hash of Alice")
        #expect(try await store.credentials(userID: bob.id)?.user == bob)
        #expect(try await store.credentials(nameKey: "nobody") == nil)
        #expect(try await store.credentials(userID: carol.id + 100) == nil)

        let first = try await store.users(offset: 0, limit: 2)
        #expect(first.users == [alice, bob])
        #expect(first.total == 3)
        let second = try await store.users(offset: 2, limit: 2)
        #expect(second.users == [carol])
        #expect(second.total == 3)
        let beyond = try await store.users(offset: 5, limit: 2)
        #expect(beyond.users.isEmpty)
        #expect(beyond.total == 3)
    }

    /// Only PostgreSQL has several writers: app nodes that share one database.
    @Test func nodesTakingOneNameAtOnceMakeOneAccount() async throws {
        let address = try PostgresAddress(TestPostgres.freshDatabaseURL())
        var nodes: [PostgresStore] = []
        for _ in 0..<4 { nodes.append(try await PostgresStore(address: address)) }
        let taken = try await withThrowingTaskGroup(of: Bool.self) { group in
            for (node, name) in zip(nodes, ["Same", "same", "SAME", "sAME"]) {
                group.addTask {
                    do {
                        _ = try await node.createUser(Self.newUser(name))
                        return false
                    } catch StoreError.nameTaken {
                        return true
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(taken.count == 4)
        #expect(taken.filter { $0 }.count == 3)
        #expect(try await nodes[0].users(offset: 0, limit: 10).total == 1)
    }

    @Test(arguments: StoreKind.allCases) func accountsChange(on kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await !store.hasAdmin())
        let reader = try await store.createUser(Self.newUser("reader"))
        #expect(try await !store.hasAdmin())
        let admin = try await store.createUser(Self.newUser("admin", .admin))
        #expect(try await store.hasAdmin())

        try await store.setDisplayName(userID: reader.id, "读者")
        try await store.setPasswordHash(userID: reader.id, "new hash")
        try await store.setRole(userID: reader.id, .editor)
        let changed = try #require(try await store.credentials(userID: reader.id))
        #expect(changed.user.name == "reader")
        #expect(changed.user.displayName == "读者")
        #expect(changed.user.role == .editor)
        #expect(changed.passwordHash == "new hash")

        // Disabling ends the account's sessions; enabling gives none back.
        try await store.createSession(secretHash: "s", userID: admin.id, at: Self.time(0))
        try await store.setDisabled(userID: admin.id, true)
        #expect(try await store.user(id: admin.id)?.disabled == true)
        #expect(try await store.session(secretHash: "s") == nil)
        #expect(try await !store.hasAdmin())
        try await store.setDisabled(userID: admin.id, false)
        #expect(try await store.user(id: admin.id)?.disabled == false)
        #expect(try await store.hasAdmin())
        try await store.createSession(secretHash: "t", userID: admin.id, at: Self.time(0))
        try await store.setDisabled(userID: admin.id, false)
        #expect(try await store.session(secretHash: "t") != nil)

        try await store.setRole(userID: admin.id, .editor)
        #expect(try await !store.hasAdmin())
    }

    /// The contributor flag (投稿者) is read with the account wherever the store reads one.
    @Test(arguments: StoreKind.allCases) func aContributorIsMarkedAndReadBackWithTheAccount(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let reader = try await store.createUser(Self.newUser("reader"))
        let other = try await store.createUser(Self.newUser("other"))
        #expect(!reader.contributor)
        #expect(try await store.user(id: reader.id)?.contributor == false)
        try await store.createSession(secretHash: "s", userID: reader.id, at: Self.time(0))
        _ = try await store.createToken(Self.newToken(reader.id, "脚本", secretHash: "t"))

        try await store.setContributor(userID: reader.id, true)
        #expect(try await store.user(id: reader.id)?.contributor == true)
        #expect(try await store.credentials(nameKey: "reader")?.user.contributor == true)
        #expect(try await store.credentials(userID: reader.id)?.user.contributor == true)
        #expect(try await store.session(secretHash: "s")?.user.contributor == true)
        #expect(try await store.token(secretHash: "t")?.user.contributor == true)
        #expect(try await store.users(offset: 0, limit: 10).users.map(\.contributor) == [true, false])
        #expect(try await store.user(id: other.id)?.contributor == false, "only the account marked")
        #expect(try await store.session(secretHash: "s") != nil, "sessions are kept")

        try await store.setContributor(userID: reader.id, false)
        #expect(try await store.user(id: reader.id)?.contributor == false)
        #expect(try await store.session(secretHash: "s")?.user.contributor == false)
        try await store.setContributor(userID: other.id + 100, true)
        #expect(try await store.users(offset: 0, limit: 10).total == 2, "an unknown id changes nothing")
    }

    @Test(arguments: StoreKind.allCases) func deletingAnAccountTakesItsSessionsTokensFavoritesAndHistory(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (published, _) = try await Self.documents(in: store)
        let gone = try await store.createUser(Self.newUser("gone"))
        let kept = try await store.createUser(Self.newUser("kept"))
        for (user, suffix) in [(gone, "gone"), (kept, "kept")] {
            try await store.createSession(secretHash: "session \(suffix)", userID: user.id, at: Self.time(0))
            _ = try await store.createToken(Self.newToken(user.id, "ci", secretHash: "token \(suffix)"))
            try await store.setFavorite(userID: user.id, documentID: published[0], true, at: Self.time(0))
            try await store.recordReadings([ReadingMark(userID: user.id, documentID: published[1], page: 2, at: Self.time(0))])
        }

        try await store.deleteUser(id: gone.id)
        #expect(try await store.user(id: gone.id) == nil)
        #expect(try await store.session(secretHash: "session gone") == nil)
        #expect(try await store.tokens(userID: gone.id).isEmpty)
        #expect(try await store.token(secretHash: "token gone") == nil)
        #expect(try await !store.isFavorite(userID: gone.id, documentID: published[0]))
        #expect(try await store.favorites(userID: gone.id, offset: 0, limit: 10).total == 0)
        #expect(try await store.readingMark(userID: gone.id, documentID: published[1]) == nil)
        #expect(try await store.history(userID: gone.id, offset: 0, limit: 10).total == 0)

        #expect(try await store.session(secretHash: "session kept")?.user == kept)
        #expect(try await store.tokens(userID: kept.id).count == 1)
        #expect(try await store.isFavorite(userID: kept.id, documentID: published[0]))
        #expect(try await store.readingMark(userID: kept.id, documentID: published[1])?.page == 2)
        #expect(try await store.users(offset: 0, limit: 10).total == 1)
    }

    @Test(arguments: StoreKind.allCases) func sessionsAreReadTouchedAndEnded(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let user = try await store.createUser(Self.newUser("user"))
        let other = try await store.createUser(Self.newUser("other"))
        try await store.createSession(secretHash: "a", userID: user.id, at: Self.time(0))
        let started = try #require(try await store.session(secretHash: "a"))
        #expect(started.user == user)
        #expect(started.created == Self.time(0))
        #expect(started.lastSeen == Self.time(0))
        #expect(try await store.session(secretHash: "unknown") == nil)

        try await store.touchSession(secretHash: "a", at: Self.time(100))
        try await store.touchSession(secretHash: "unknown", at: Self.time(100))
        let touched = try #require(try await store.session(secretHash: "a"))
        #expect(touched.created == Self.time(0))
        #expect(touched.lastSeen == Self.time(100))

        for secret in ["b", "c"] { try await store.createSession(secretHash: secret, userID: user.id, at: Self.time(1)) }
        try await store.createSession(secretHash: "theirs", userID: other.id, at: Self.time(1))
        try await store.deleteSessions(userID: user.id, except: "b")
        #expect(try await store.session(secretHash: "a") == nil)
        #expect(try await store.session(secretHash: "b") != nil)
        #expect(try await store.session(secretHash: "c") == nil)
        #expect(try await store.session(secretHash: "theirs") != nil)
        try await store.deleteSessions(userID: user.id, except: nil)
        #expect(try await store.session(secretHash: "b") == nil)
        try await store.deleteSession(secretHash: "theirs")
        #expect(try await store.session(secretHash: "theirs") == nil)
    }

    @Test(arguments: StoreKind.allCases) func expiredSessionsAreThoseIdleOrStartedBeforeTheLimits(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let user = try await store.createUser(Self.newUser("user"))
        let sessions: [(secret: String, created: TimeInterval, seen: TimeInterval)] = [
            ("old", 0, 200), ("idle", 20, 20), ("at the limits", 10, 50), ("fresh", 100, 100),
        ]
        for session in sessions {
            try await store.createSession(secretHash: session.secret, userID: user.id, at: Self.time(session.created))
            try await store.touchSession(secretHash: session.secret, at: Self.time(session.seen))
        }
        try await store.deleteExpiredSessions(idleBefore: Self.time(50), createdBefore: Self.time(10))
        var left: [String] = []
        for session in sessions {
            if try await store.session(secretHash: session.secret) != nil { left.append(session.secret) }
        }
        #expect(left == ["at the limits", "fresh"])
    }

    @Test(arguments: StoreKind.allCases) func tokensAreListedUsedAndDeleted(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let user = try await store.createUser(Self.newUser("user"))
        let other = try await store.createUser(Self.newUser("other"))
        let ci = try await store.createToken(Self.newToken(user.id, "ci", secretHash: "ci secret", .read))
        #expect(ci.name == "ci" && ci.scope == .read)
        #expect(ci.created == Self.time(0) && ci.expires == Self.time(86_400))
        #expect(ci.lastUsed == nil)
        let backup = try await store.createToken(Self.newToken(user.id, "备份", secretHash: "backup secret", .admin, at: 1.5))
        #expect(try await store.tokens(userID: user.id) == [backup, ci])
        #expect(try await store.tokens(userID: other.id).isEmpty)

        let found = try #require(try await store.token(secretHash: "ci secret"))
        #expect(found.token == ci && found.user == user)
        try await store.touchToken(id: ci.id, at: Self.time(10.25))
        #expect(try await store.tokens(userID: user.id).map(\.lastUsed) == [nil, Self.time(10.25)])
        #expect(try await store.token(secretHash: "unknown") == nil)
        try await store.setDisabled(userID: user.id, true)
        #expect(try await store.token(secretHash: "ci secret")?.user.disabled == true)

        #expect(try await !store.deleteToken(userID: other.id, tokenID: ci.id))
        #expect(try await store.deleteToken(userID: user.id, tokenID: ci.id))
        #expect(try await !store.deleteToken(userID: user.id, tokenID: ci.id))
        #expect(try await store.token(secretHash: "ci secret") == nil)
        #expect(try await store.tokens(userID: user.id) == [backup])
    }

    @Test(arguments: StoreKind.allCases) func expiredTokensAreDeleted(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let user = try await store.createUser(Self.newUser("user"))
        let week = try await store.createToken(Self.newToken(user.id, "week", secretHash: "week secret", at: 0))
        let later = try await store.createToken(Self.newToken(user.id, "later", secretHash: "later secret", at: 100))
        try await store.deleteExpiredTokens(before: Self.time(86_400))
        #expect(try await store.tokens(userID: user.id) == [later, week], "one that expires at the moment stays")
        try await store.deleteExpiredTokens(before: Self.time(86_450))
        #expect(try await store.tokens(userID: user.id) == [later])
    }

    @Test(arguments: StoreKind.allCases) func loginFailuresAreCountedPerKey(on kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.recordLoginFailure(keys: ["name:alice", "ip:192.0.2.1"], at: Self.time(0))
        try await store.recordLoginFailure(keys: ["name:alice"], at: Self.time(10))
        try await store.recordLoginFailure(keys: ["ip:192.0.2.1", "name:bob"], at: Self.time(20))
        try await store.recordLoginFailure(keys: [], at: Self.time(30))
        let tally = { (key: String, since: TimeInterval) in try await store.loginFailures(keys: [key], since: Self.time(since))[key] }
        #expect(try await tally("name:alice", 0) == FailureTally(count: 2, first: Self.time(0), last: Self.time(10)))
        #expect(try await tally("name:alice", 10) == FailureTally(count: 1, first: Self.time(10), last: Self.time(10)))
        #expect(try await tally("name:alice", 11) == nil)
        #expect(try await tally("ip:192.0.2.1", 0)?.count == 2)
        #expect(try await store.loginFailures(keys: ["name:alice", "name:bob", "name:carol"], since: Self.time(0)).mapValues(\.count)
            == ["name:alice": 2, "name:bob": 1])
        #expect(try await store.loginFailures(keys: [], since: Self.time(0)).isEmpty)

        try await store.clearLoginFailures(key: "name:alice")
        #expect(try await tally("name:alice", 0) == nil)
        #expect(try await tally("ip:192.0.2.1", 0)?.count == 2)

        try await store.deleteLoginFailures(before: Self.time(20))
        #expect(try await tally("ip:192.0.2.1", 0) == FailureTally(count: 1, first: Self.time(20), last: Self.time(20)))
        #expect(try await tally("name:bob", 0)?.count == 1)
    }

    /// One failure per key is forgotten, found within the stores' millisecond rounding of its time.
    @Test(arguments: StoreKind.allCases) func aFailureCanBeForgottenOneAtATime(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let at = Self.time(0).addingTimeInterval(0.000_6)
        for _ in 0..<3 { try await store.recordLoginFailure(keys: ["name:alice", "ip:192.0.2.1"], at: at) }
        try await store.recordLoginFailure(keys: ["name:alice"], at: Self.time(10))
        try await store.forgetLoginFailure(keys: ["name:alice", "ip:192.0.2.1", "name:nobody"], at: at)
        let counts = try await store.loginFailures(keys: ["name:alice", "ip:192.0.2.1"], since: Self.time(0)).mapValues(\.count)
        #expect(counts == ["name:alice": 3, "ip:192.0.2.1": 2])
        try await store.forgetLoginFailure(keys: ["name:alice"], at: Self.time(5))
        #expect(try await store.loginFailures(keys: ["name:alice"], since: Self.time(0))["name:alice"]?.count == 3, "nothing near that time")
    }

    @Test(arguments: StoreKind.allCases) func favoritesListPublishedDocumentsLatestAddedFirst(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (published, draft) = try await Self.documents(in: store)
        let user = try await store.createUser(Self.newUser("user"))
        let other = try await store.createUser(Self.newUser("other"))
        for (document, seconds) in [(published[0], 1.0), (published[1], 3), (published[2], 1), (draft, 4)] {
            try await store.setFavorite(userID: user.id, documentID: document, true, at: Self.time(seconds))
        }
        // Adding again keeps the first time.
        try await store.setFavorite(userID: user.id, documentID: published[0], true, at: Self.time(10))
        try await store.recordReadings([ReadingMark(userID: user.id, documentID: published[2], page: 5, at: Self.time(2))])
        #expect(try await store.isFavorite(userID: user.id, documentID: published[0]))
        #expect(try await store.isFavorite(userID: user.id, documentID: draft))
        #expect(try await !store.isFavorite(userID: other.id, documentID: published[0]))

        let all = try await store.favorites(userID: user.id, offset: 0, limit: 10)
        #expect(all.total == 3)
        #expect(all.entries.map(\.document.id) == [published[1], published[2], published[0]])
        #expect(all.entries.map(\.document.title) == ["乙", "丙", "甲"])
        #expect(all.entries.map(\.at) == [Self.time(3), Self.time(1), Self.time(1)])
        #expect(all.entries.map(\.page) == [1, 5, 1])

        let page = try await store.favorites(userID: user.id, offset: 1, limit: 1)
        #expect(page.entries.map(\.document.id) == [published[2]])
        #expect(page.total == 3)
        let beyond = try await store.favorites(userID: user.id, offset: 3, limit: 10)
        #expect(beyond.entries.isEmpty)
        #expect(beyond.total == 3)

        try await store.setFavorite(userID: user.id, documentID: published[1], false, at: Self.time(20))
        #expect(try await !store.isFavorite(userID: user.id, documentID: published[1]))
        #expect(try await store.favorites(userID: user.id, offset: 0, limit: 10).entries.map(\.document.id) == [published[2], published[0]])
        #expect(try await store.favorites(userID: other.id, offset: 0, limit: 10).total == 0)
    }

    @Test(arguments: StoreKind.allCases) func historyKeepsTheLatestReadingOfPublishedDocuments(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (published, draft) = try await Self.documents(in: store)
        let user = try await store.createUser(Self.newUser("user"))
        let other = try await store.createUser(Self.newUser("other"))
        func mark(_ document: Int64, page: Int, at seconds: TimeInterval, by reader: Int64? = nil) -> ReadingMark {
            ReadingMark(userID: reader ?? user.id, documentID: document, page: page, at: Self.time(seconds))
        }
        try await store.recordReadings([])
        try await store.recordReadings([
            mark(published[0], page: 2, at: 5), mark(published[1], page: 3, at: 7), mark(draft, page: 1, at: 9),
            mark(draft + 100, page: 1, at: 9), mark(published[0], page: 1, at: 9, by: other.id + 100),
            mark(published[2], page: 4, at: 1, by: other.id),
        ])
        #expect(try await store.readingMark(userID: user.id, documentID: published[0]) == mark(published[0], page: 2, at: 5))
        #expect(try await store.readingMark(userID: user.id, documentID: draft) == mark(draft, page: 1, at: 9))
        #expect(try await store.readingMark(userID: user.id, documentID: draft + 100) == nil)
        #expect(try await store.readingMark(userID: user.id, documentID: published[2]) == nil)

        let first = try await store.history(userID: user.id, offset: 0, limit: 10)
        #expect(first.total == 2)
        #expect(first.entries.map(\.document.id) == [published[1], published[0]])
        #expect(first.entries.map(\.at) == [Self.time(7), Self.time(5)])
        #expect(first.entries.map(\.page) == [3, 2])

        // An older mark changes nothing; one as new or newer replaces the reading, the latest of a batch kept.
        try await store.recordReadings([mark(published[0], page: 9, at: 4)])
        #expect(try await store.readingMark(userID: user.id, documentID: published[0])?.page == 2)
        try await store.recordReadings([mark(published[0], page: 6, at: 5)])
        #expect(try await store.readingMark(userID: user.id, documentID: published[0])?.page == 6)
        try await store.recordReadings([mark(published[0], page: 8, at: 20), mark(published[0], page: 7, at: 15)])
        #expect(try await store.readingMark(userID: user.id, documentID: published[0]) == mark(published[0], page: 8, at: 20))

        let page = try await store.history(userID: user.id, offset: 1, limit: 1)
        #expect(page.entries.map(\.document.id) == [published[1]])
        #expect(page.total == 2)
        #expect(try await store.history(userID: user.id, offset: 0, limit: 1).entries.map(\.page) == [8])

        try await store.deleteHistory(userID: user.id, documentID: published[0])
        #expect(try await store.readingMark(userID: user.id, documentID: published[0]) == nil)
        #expect(try await store.history(userID: user.id, offset: 0, limit: 10).entries.map(\.document.id) == [published[1]])
        try await store.deleteHistory(userID: user.id, documentID: nil)
        #expect(try await store.history(userID: user.id, offset: 0, limit: 10).total == 0)
        #expect(try await store.readingMark(userID: user.id, documentID: draft) == nil)
        #expect(try await store.history(userID: other.id, offset: 0, limit: 10).entries.map(\.document.id) == [published[2]])
    }
}
