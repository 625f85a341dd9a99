import Foundation
@testable import GuanshanLibrary
import GuanshanStore
import GuanshanTestSupport
import Testing

@Suite struct AccountTests {
    let clock = ManualClock()
    let library: Library

    init() async throws {
        let clock = clock
        library = Library(store: try await TestStore.make(), passwordCost: .testing, now: { clock.now })
    }

    var accounts: Accounts { library.accounts }

    @Test func passwordsAreHashedWhole() async throws {
        // At the standard cost, as the site stores them: bcrypt would accept the second password for the first.
        let hasher = PasswordHasher(cost: .standard)
        let prefix = String(repeating: "口令", count: 12) // 72 bytes of UTF-8
        let first = prefix + "甲乙丙丁", second = prefix + "戊己庚辛" // 84 bytes each
        #expect(Array(first.utf8).prefix(72) == Array(second.utf8).prefix(72))
        let hash = try await hasher.hash(first)
        #expect(hash.hasPrefix("scrypt$17$8$1$"))
        #expect(try await hasher.verify(first, against: hash))
        #expect(try await !hasher.verify(second, against: hash))
        let chinese = String(repeating: "观山文库长文阅读", count: 8) // 64 characters, 192 bytes
        try PasswordRules.check(chinese)
        #expect(try await hasher.verify(chinese, against: try await hasher.hash(chinese)))
    }

    @Test func passwordRulesCountCharactersOfAnyScript() throws {
        #expect(throws: AccountError.passwordTooShort) { try PasswordRules.check("短密码七个字") }
        try PasswordRules.check("八个汉字的密码啊")
        try PasswordRules.check(String(repeating: "密", count: 128))
        #expect(throws: AccountError.passwordTooLong) { try PasswordRules.check(String(repeating: "密", count: 129)) }
        // é as one code point or as e + combining accent is one password.
        #expect(PasswordRules.canonical("caf\u{e9}-password") == PasswordRules.canonical("cafe\u{301}-password"))
    }

    @Test func namesAreCheckedAndFolded() async throws {
        _ = try await accounts.addUser(name: "Admin", password: "correct horse", role: .admin)
        await #expect(throws: AccountError.nameTaken) { try await accounts.addUser(name: "ａｄｍｉｎ", password: "correct horse", role: .reader) }
        for bad in ["a", "有 空格", "<script>", String(repeating: "名", count: 33), "semi;colon"] {
            await #expect(throws: AccountError.invalidName) { try await accounts.addUser(name: bad, password: "correct horse", role: .reader) }
        }
        _ = try await accounts.addUser(name: "读者_01", password: "correct horse", role: .reader)
    }

    @Test func loginGivesTheSameAnswerForUnknownNamesAndWrongPasswords() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "reader", password: "wrong horse", client: nil) }
        await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "nobody", password: "wrong horse", client: nil) }
        let signedIn = try await accounts.logIn(name: "READER", password: "correct horse", client: nil)
        #expect(signedIn.user.name == "reader")
        let again = try await accounts.logIn(name: "reader", password: "correct horse", client: nil)
        #expect(again.sessionSecret != signedIn.sessionSecret)
    }

    @Test func loginsAreThrottledByNameAndByAddress() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        for _ in 0..<5 {
            await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "reader", password: "guess", client: "10.0.0.1") }
        }
        // Even the right password waits now, from any address, and an unknown name is throttled alike.
        await #expect(throws: AccountError.throttled(retryAfter: 900)) { try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.2") }
        for _ in 0..<5 {
            await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "ghost", password: "guess", client: "10.0.0.3") }
        }
        await #expect(throws: AccountError.throttled(retryAfter: 900)) { try await accounts.logIn(name: "ghost", password: "guess", client: "10.0.0.3") }
        clock.advance(901)
        _ = try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.2")
        // One address trying many names.
        for index in 0..<30 {
            await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "name\(index)", password: "guess", client: "10.0.0.9") }
        }
        await #expect(throws: AccountError.throttled(retryAfter: 900)) { try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.9") }
        _ = try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.8")
    }

    @Test func sessionsExpireWhenIdleAndAtTheirLifetime() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        _ = try await accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        let reader = try await accounts.logIn(name: "reader", password: "correct horse", client: nil)
        let editor = try await accounts.logIn(name: "editor", password: "correct horse", client: nil)
        #expect(try await accounts.visitor(sessionSecret: reader.sessionSecret)?.user.name == "reader")
        #expect(try await accounts.visitor(sessionSecret: "forged") == nil)
        clock.advance(13 * 3600)
        #expect(try await accounts.visitor(sessionSecret: editor.sessionSecret) == nil, "staff sessions end after 12 idle hours")
        for _ in 0..<3 {
            clock.advance(9 * 86_400)
            #expect(try await accounts.visitor(sessionSecret: reader.sessionSecret) != nil, "used within 14 days")
        }
        clock.advance(3 * 86_400)
        #expect(try await accounts.visitor(sessionSecret: reader.sessionSecret) == nil, "30 days is the longest")
    }

    @Test func logoutEndsTheSessionAndAPasswordChangeEndsTheOthers() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        let phone = try await accounts.logIn(name: "reader", password: "correct horse", client: nil)
        let laptop = try await accounts.logIn(name: "reader", password: "correct horse", client: nil)
        let desk = try await accounts.logIn(name: "reader", password: "correct horse", client: nil)
        let visitor = try #require(try await accounts.visitor(sessionSecret: laptop.sessionSecret))
        await #expect(throws: AccountError.wrongPassword) { try await accounts.changePassword(visitor, current: "wrong one", new: "battery staple") }
        try await accounts.changePassword(visitor, current: "correct horse", new: "battery staple")
        #expect(try await accounts.visitor(sessionSecret: laptop.sessionSecret) != nil)
        #expect(try await accounts.visitor(sessionSecret: phone.sessionSecret) == nil)
        #expect(try await accounts.visitor(sessionSecret: desk.sessionSecret) == nil)
        await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "reader", password: "correct horse", client: nil) }
        try await accounts.logOut(visitor)
        #expect(try await accounts.visitor(sessionSecret: laptop.sessionSecret) == nil)
    }

    @Test func disabledAccountsLoseTheirSessionsAndTokens() async throws {
        let user = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        let session = try await accounts.logIn(name: "reader", password: "correct horse", client: nil)
        let visitor = try #require(try await accounts.visitor(sessionSecret: session.sessionSecret))
        let (_, secret) = try await accounts.createToken(visitor, name: "脚本")
        #expect(try await accounts.visitor(apiToken: secret)?.user.id == user.id)
        try await library.store.setDisabled(userID: user.id, true)
        #expect(try await accounts.visitor(sessionSecret: session.sessionSecret) == nil)
        #expect(try await accounts.visitor(apiToken: secret) == nil)
        await #expect(throws: AccountError.accountDisabled) { try await accounts.logIn(name: "reader", password: "correct horse", client: nil) }
    }

    @Test func tokensAreShownOnceAndRevokedByTheirOwnerOnly() async throws {
        _ = try await accounts.addUser(name: "alice", password: "correct horse", role: .reader)
        _ = try await accounts.addUser(name: "bob", password: "correct horse", role: .reader)
        let alice = try #require(try await accounts.visitor(sessionSecret: try await accounts.logIn(name: "alice", password: "correct horse", client: nil).sessionSecret))
        let bob = try #require(try await accounts.visitor(sessionSecret: try await accounts.logIn(name: "bob", password: "correct horse", client: nil).sessionSecret))
        let (token, secret) = try await accounts.createToken(alice, name: "阅读器")
        #expect(secret.hasPrefix("gst_") && secret.count > 40)
        #expect(try await accounts.tokens(alice).map(\.name) == ["阅读器"])
        #expect(try await accounts.tokens(bob).isEmpty)
        await #expect(throws: AccountError.tokenNotFound) { try await accounts.revokeToken(bob, id: token.id) }
        #expect(try await accounts.visitor(apiToken: secret) != nil)
        try await accounts.revokeToken(alice, id: token.id)
        #expect(try await accounts.visitor(apiToken: secret) == nil)
        await #expect(throws: AccountError.invalidTokenName) { try await accounts.createToken(alice, name: "  ") }
    }

    @Test func registrationCanBeClosedAndIsLimitedPerAddress() async throws {
        _ = try await accounts.register(name: "first", password: "correct horse", client: "10.0.0.1")
        for index in 0..<10 {
            _ = try await accounts.register(name: "spam\(index)", password: "correct horse", client: "10.0.0.7")
        }
        await #expect(throws: AccountError.throttled(retryAfter: 3600)) {
            try await accounts.register(name: "spam10", password: "correct horse", client: "10.0.0.7")
        }
        try await library.store.setSettings(["accounts.registration": "off"])
        await #expect(throws: AccountError.registrationClosed) { try await accounts.register(name: "late", password: "correct horse", client: "10.0.0.2") }
    }

    @Test func theSetupLinkCreatesTheFirstAdminOnce() async throws {
        let secret = try #require(try await accounts.prepareSetup())
        #expect(try await accounts.setupIsOpen(secret: secret))
        #expect(try await !accounts.setupIsOpen(secret: "guess"))
        let admin = try await accounts.completeSetup(secret: secret, name: "站长", password: "correct horse")
        #expect(admin.user.role == .admin)
        #expect(try await !accounts.setupIsOpen(secret: secret))
        await #expect(throws: AccountError.setupUnavailable) { try await accounts.completeSetup(secret: secret, name: "second", password: "correct horse") }
        #expect(try await accounts.prepareSetup() == nil)
    }

    @Test func aSetupLinkExpiresAfterADayAndANewStartReplacesIt() async throws {
        let first = try #require(try await accounts.prepareSetup())
        let second = try #require(try await accounts.prepareSetup())
        #expect(try await !accounts.setupIsOpen(secret: first))
        clock.advance(86_401)
        #expect(try await !accounts.setupIsOpen(secret: second))
    }

    @Test func theLastAdminCannotDeleteTheirAccount() async throws {
        _ = try await accounts.addUser(name: "root", password: "correct horse", role: .admin)
        let admin = try #require(try await accounts.visitor(sessionSecret: try await accounts.logIn(name: "root", password: "correct horse", client: nil).sessionSecret))
        await #expect(throws: AccountError.lastAdmin) { try await accounts.deleteAccount(admin, password: "correct horse") }
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        let reader = try #require(try await accounts.visitor(sessionSecret: try await accounts.logIn(name: "reader", password: "correct horse", client: nil).sessionSecret))
        await #expect(throws: AccountError.wrongPassword) { try await accounts.deleteAccount(reader, password: "nope nope") }
        try await accounts.deleteAccount(reader, password: "correct horse")
        await #expect(throws: AccountError.wrongCredentials) { try await accounts.logIn(name: "reader", password: "correct horse", client: nil) }
    }

    @Test func aLoginFloodWaitsForTheWorkerInsteadOfTakingEveryThread() async throws {
        let worker = PasswordWorker(maximumWaiting: 2)
        let hasher = PasswordHasher(cost: .standard, worker: worker)
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 {
                group.addTask { (try? await hasher.hash("correct horse")) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count >= 2)
        #expect(outcomes.contains(false), "past the queue's limit a hash is refused at once")
    }
}
