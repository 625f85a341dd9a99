import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of accounts' bans on each store.
@Suite struct BanStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_764_655_200 + seconds) }

    /// An admin, then readers of these names, their ids in order.
    static func accounts(_ readers: [String], in store: any Store) async throws -> (admin: Int64, readers: [Int64]) {
        let admin = try await store.createUser(NewUser(name: "admin", nameKey: "admin", passwordHash: "x", role: .admin, created: time(0)))
        var ids: [Int64] = []
        for name in readers {
            ids.append(try await store.createUser(NewUser(name: name, nameKey: name, passwordHash: "x", role: .reader, created: time(0))).id)
        }
        return (admin.id, ids)
    }

    static func ban(_ accountID: Int64, _ scope: BanScope, until: TimeInterval?, reason: String = "刷屏", by admin: Int64?) -> AccountBan {
        AccountBan(accountID: accountID, scope: scope, until: until.map(time), reason: reason, created: time(1.5), createdBy: admin)
    }

    @Test(arguments: StoreKind.allCases)
    func aBanIsSetAndReplacedInItsScopeAlone(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["reader"], in: store)
        let reader = readers[0]
        let forGood = Self.ban(reader, .upload, until: nil, by: admin)
        try await store.setBan(forGood)
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(2)) == [forGood])

        let comment = Self.ban(reader, .comment, until: 86_400.125, reason: "辱骂", by: admin)
        let signIn = Self.ban(reader, .signIn, until: 3_600, reason: "盗号", by: nil)
        try await store.setBan(comment)
        try await store.setBan(signIn)
        let replacement = AccountBan(
            accountID: reader, scope: .upload, until: Self.time(7_200.5), reason: "改为七天", created: Self.time(100.25), createdBy: nil)
        try await store.setBan(replacement)
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(2)) == [comment, signIn, replacement],
                "the scope's ban replaced whole, the others untouched, ordered by scope")
    }

    @Test(arguments: StoreKind.allCases)
    func aBanIsLiftedInItsScopeAlone(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["reader"], in: store)
        let reader = readers[0]
        let comment = Self.ban(reader, .comment, until: nil, by: admin)
        try await store.setBan(Self.ban(reader, .upload, until: nil, by: admin))
        try await store.setBan(comment)
        #expect(try await store.liftBan(accountID: reader, scope: .upload))
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(2)) == [comment])
        #expect(try await !store.liftBan(accountID: reader, scope: .upload), "lifted already")
        #expect(try await !store.liftBan(accountID: reader, scope: .signIn), "never set")
        #expect(try await !store.liftBan(accountID: reader + 100, scope: .comment), "no such account")
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(2)) == [comment])
        #expect(try await store.liftBan(accountID: reader, scope: .comment))
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(2)).isEmpty)
    }

    /// A ban is in force while its end is later than the moment asked about, to the millisecond; one for good always.
    @Test(arguments: StoreKind.allCases)
    func aBanIsInForceUntilItsEnd(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["reader"], in: store)
        let reader = readers[0]
        let upload = Self.ban(reader, .upload, until: 100.125, by: admin)
        let comment = Self.ban(reader, .comment, until: 100, by: admin)
        let signIn = Self.ban(reader, .signIn, until: nil, by: admin)
        for ban in [upload, comment, signIn] { try await store.setBan(ban) }
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(99.999)) == [comment, signIn, upload])
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(100)) == [signIn, upload], "a ban ending at the moment is over")
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(100.124)) == [signIn, upload])
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(100.125)) == [signIn])
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(1e9)) == [signIn], "for good")
        #expect(try await store.bans(accountIDs: [reader], at: Self.time(-1e9)) == [comment, signIn, upload], "before it was set too")
    }

    @Test(arguments: StoreKind.allCases)
    func theBansOfManyAccountsComeByAccountThenScope(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["甲", "乙", "丙", "丁"], in: store)
        let bans = [
            Self.ban(readers[2], .upload, until: nil, by: admin), Self.ban(readers[0], .signIn, until: 50, by: admin),
            Self.ban(readers[2], .comment, until: 50, by: admin), Self.ban(readers[0], .upload, until: 10, by: admin),
            Self.ban(readers[1], .comment, until: 10, by: admin), Self.ban(readers[3], .signIn, until: nil, by: admin),
        ]
        for ban in bans { try await store.setBan(ban) }
        // In any order, with an account asked twice, one without bans (the admin's) and one that does not exist.
        let asked = [readers[2], readers[1], admin, readers[0], readers[2], readers[3] + 100]
        #expect(try await store.bans(accountIDs: asked, at: Self.time(20)) == [bans[1], bans[2], bans[0]],
                "in force: by account id, then scope; 乙's ended, 丁's not asked")
        #expect(try await store.bans(accountIDs: asked, at: Self.time(5)) == [bans[1], bans[3], bans[4], bans[2], bans[0]])
        #expect(try await store.bans(accountIDs: [], at: Self.time(5)).isEmpty)
        #expect(try await store.bans(accountIDs: [admin], at: Self.time(5)).isEmpty)
    }

    /// Bans go with their account; the admin who set one deleted leaves it without its setter.
    @Test(arguments: StoreKind.allCases)
    func deletingTheAccountDeletesItsBansAndDeletingTheAdminKeepsThem(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["reader", "other"], in: store)
        try await store.setBan(Self.ban(readers[0], .upload, until: nil, by: admin))
        try await store.setBan(Self.ban(readers[0], .comment, until: 86_400, by: admin))
        let kept = Self.ban(readers[1], .signIn, until: nil, reason: "留下", by: admin)
        try await store.setBan(kept)

        try await store.deleteUser(id: readers[0])
        #expect(try await store.bans(accountIDs: readers, at: Self.time(2)) == [kept])
        #expect(try await !store.liftBan(accountID: readers[0], scope: .upload), "gone with its account")

        try await store.deleteUser(id: admin)
        var orphaned = kept
        orphaned.createdBy = nil
        #expect(try await store.bans(accountIDs: readers, at: Self.time(2)) == [orphaned])
    }

    @Test(arguments: StoreKind.allCases)
    func reasonsComeBackExactly(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["reader"], in: store)
        let reasons = [
            "发布违规内容（第三次）：“维权”与‘引号’", #"'); DROP TABLE account_ban; -- "双引号" \ 反斜杠"#, "多行\n理由\t😀 全角ＡＢＣ",
        ]
        let bans = zip(BanScope.allCases, reasons).map { Self.ban(readers[0], $0, until: nil, reason: $1, by: admin) }
        for ban in bans { try await store.setBan(ban) }
        #expect(try await store.bans(accountIDs: readers, at: Self.time(2)).map(\.reason).sorted() == reasons.sorted())
        #expect(try await store.bans(accountIDs: readers, at: Self.time(2)) == [bans[1], bans[2], bans[0]])
    }

    /// A ban in a scope a newer version added is left out rather than mislabeled.
    @Test(arguments: StoreKind.allCases)
    func aScopeThisVersionDoesNotKnowIsLeftOut(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let (admin, readers) = try await Self.accounts(["reader"], in: store)
        let upload = Self.ban(readers[0], .upload, until: nil, by: admin)
        try await store.setBan(upload)
        try await store.setBan(Self.ban(readers[0], .comment, until: nil, by: admin))
        let update = "UPDATE account_ban SET scope = 'message' WHERE scope = 'comment'"
        try await SubmissionStoreContractTests.execute(kind == .sqlite
            ? ["PRAGMA ignore_check_constraints = ON", update, "PRAGMA ignore_check_constraints = OFF"]
            : ["ALTER TABLE account_ban DROP CONSTRAINT account_ban_scope_check", update], on: store)
        #expect(try await store.bans(accountIDs: readers, at: Self.time(2)) == [upload])
    }
}
