import Foundation
@testable import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Synchronization
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
        #expect(throws: AccountError.passwordTooShort) { try PasswordRules.check("十一个汉字的一句短密码") }
        try PasswordRules.check("十二个汉字组成的一句密码")
        try PasswordRules.check(String(repeating: "密", count: 128))
        #expect(throws: AccountError.passwordTooLong) { try PasswordRules.check(String(repeating: "密", count: 129)) }
        // é as one code point or as e + combining accent is one password.
        #expect(PasswordRules.canonical("caf\u{e9}-password") == PasswordRules.canonical("cafe\u{301}-password"))
    }

    @Test func theTenThousandMostCommonPasswordsAreRefusedWhateverTheirCase() throws {
        #expect(CommonPasswords.list.split(separator: " ").count == 10_000)
        #expect(CommonPasswords.contains("123456") && CommonPasswords.contains("password"), "the whole list, short entries too")
        for common in ["qwerty123456", "LeaveMeAlone", "1QAZ2WSX3EDC", "Q1W2E3R4T5Y6"] {
            #expect(throws: AccountError.passwordTooCommon) { try PasswordRules.check(common) }
        }
        try PasswordRules.check("leave me alone")
        try PasswordRules.check("qwerty1234567")
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

    /// Fails a login for `name` from `client`, waiting out each throttle first; returns the waits met.
    @discardableResult
    func fail(_ name: String, from client: String, times: Int) async throws -> [TimeInterval] {
        var waits: [TimeInterval] = []
        var failures = 0
        while failures < times {
            do {
                _ = try await accounts.logIn(name: name, password: "a wrong guess", client: client)
                Issue.record("a wrong password was let in")
                return waits
            } catch AccountError.wrongCredentials {
                failures += 1
            } catch AccountError.throttled(.logIn, let wait) {
                waits.append(wait)
                clock.advance(wait)
            }
        }
        return waits
    }

    @Test func wrongPasswordsFromOneAddressNeverKeepTheOwnerOut() async throws {
        _ = try await accounts.addUser(name: "admin", password: "correct horse", role: .admin)
        let waits = try await fail("admin", from: "198.51.100.1", times: 50)
        // Five free failures, then each one doubles the wait, up to 15 minutes.
        #expect(waits.prefix(11) == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900])
        #expect(waits.count == 44 && waits.dropFirst(10).allSatisfy { $0 == 900 })
        await #expect(throws: AccountError.throttled(.logIn, retryAfter: 900)) {
            try await accounts.logIn(name: "admin", password: "correct horse", client: "198.51.100.1")
        }
        // The owner, from an address that has not been failing, is let in at once.
        let owner = try await accounts.logIn(name: "admin", password: "correct horse", client: "203.0.113.7")
        #expect(owner.user.name == "admin")
        clock.advance(900)
        _ = try await accounts.logIn(name: "admin", password: "correct horse", client: "198.51.100.1")
    }

    @Test func aSuccessfulLoginClearsItsOwnFailures() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        #expect(try await fail("reader", from: "10.0.0.1", times: 5).isEmpty)
        _ = try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.1")
        #expect(try await fail("reader", from: "10.0.0.1", times: 6).isEmpty, "five free failures again")
        await #expect(throws: AccountError.throttled(.logIn, retryAfter: 1)) {
            try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.1")
        }
        // An unknown name is slowed down alike.
        #expect(try await fail("ghost", from: "10.0.0.3", times: 7) == [1])
    }

    @Test func oneAddressTryingManyNamesIsSlowedDown() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        for index in 0..<21 {
            #expect(try await fail("name\(index)", from: "10.0.0.9", times: 1).isEmpty)
        }
        await #expect(throws: AccountError.throttled(.logIn, retryAfter: 1)) {
            try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.9")
        }
        _ = try await accounts.logIn(name: "reader", password: "correct horse", client: "10.0.0.8")
        // Failures are forgotten after a day.
        #expect(try await fail("name21", from: "10.0.0.9", times: 1) == [1])
        clock.advance(86_401)
        for index in 22..<42 {
            #expect(try await fail("name\(index)", from: "10.0.0.9", times: 1).isEmpty)
        }
    }

    /// Guesses sent at once are each recorded before their password is checked, so they count one
    /// another: together they get no more than the free failures, not one each.
    @Test func guessesSentAtOnceCountOneAnother() async throws {
        _ = try await accounts.addUser(name: "admin", password: "correct horse", role: .admin)
        let accounts = accounts
        let outcomes = await withTaskGroup(of: String.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    do {
                        _ = try await accounts.logIn(name: "admin", password: "a wrong guess", client: "198.51.100.1")
                        return "in"
                    } catch AccountError.wrongCredentials {
                        return "checked"
                    } catch {
                        return "refused"
                    }
                }
            }
            return await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        }
        #expect(outcomes["in"] == nil)
        #expect((outcomes["checked"] ?? 0) <= 6, "\(outcomes)")
        #expect((outcomes["checked"] ?? 0) + (outcomes["refused"] ?? 0) == 40)
        _ = try await accounts.logIn(name: "admin", password: "correct horse", client: "203.0.113.7")
    }

    /// A right password is recorded like any attempt and then forgotten: an office signing in all day
    /// from one address is never slowed down.
    @Test func rightPasswordsLeaveNoFailureBehind() async throws {
        for index in 0..<30 {
            _ = try await accounts.addUser(name: "clerk\(index)", password: "correct horse", role: .reader)
            _ = try await accounts.logIn(name: "clerk\(index)", password: "correct horse", client: "10.0.0.5")
        }
        let keys = [LoginLimits.addressKey("10.0.0.5")]
        #expect(try await library.store.loginFailures(keys: keys, since: clock.now - 86_400).isEmpty)
    }

    @Test func wrongCurrentPasswordsAreSlowedDownPerAccount() async throws {
        _ = try await accounts.addUser(name: "reader", password: "correct horse", role: .reader)
        let visitor = try #require(try await accounts.visitor(
            sessionSecret: try await accounts.logIn(name: "reader", password: "correct horse", client: nil).sessionSecret))
        for _ in 0..<6 {
            await #expect(throws: AccountError.wrongPassword) {
                try await accounts.changePassword(visitor, current: "a wrong guess", new: "battery staple")
            }
        }
        // Even the right password waits, for either confirmation.
        await #expect(throws: AccountError.throttled(.passwordConfirmation, retryAfter: 1)) {
            try await accounts.deleteAccount(visitor, password: "correct horse")
        }
        await #expect(throws: AccountError.throttled(.passwordConfirmation, retryAfter: 1)) {
            try await accounts.changePassword(visitor, current: "correct horse", new: "battery staple")
        }
        clock.advance(1)
        try await accounts.changePassword(visitor, current: "correct horse", new: "battery staple")
        await #expect(throws: AccountError.wrongPassword) {
            try await accounts.deleteAccount(visitor, password: "correct horse")
        }
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

    @Test func aTokenHasAScopeAndAnExpiryAndIsMadeOnlyFromASession() async throws {
        _ = try await accounts.addUser(name: "editor", password: "correct horse", role: .editor)
        let editor = try #require(try await accounts.visitor(
            sessionSecret: try await accounts.logIn(name: "editor", password: "correct horse", client: nil).sessionSecret))
        let made = clock.now
        let (token, secret) = try await accounts.createToken(editor, name: "导入", scope: "read-write", days: 7)
        #expect(token.scope == .readWrite && token.expires == made.addingTimeInterval(7 * 86_400))
        let plain = try await accounts.createToken(editor, name: "默认").token
        #expect(plain.scope == .read && plain.expires == made.addingTimeInterval(90 * 86_400))
        await #expect(throws: AccountError.tokenScopeAboveRole) { try await accounts.createToken(editor, name: "x", scope: "admin") }
        await #expect(throws: AccountError.invalidTokenScope) { try await accounts.createToken(editor, name: "x", scope: "write") }
        for days in [0, -7, 10_000, Int.max, Int.min] {
            await #expect(throws: AccountError.invalidTokenLifetime) { try await accounts.createToken(editor, name: "x", days: days) }
        }
        let byToken = try #require(try await accounts.visitor(apiToken: secret))
        #expect(byToken.tokenScope == .readWrite && byToken.sessionHash == nil)
        await #expect(throws: AccountError.tokenNeedsSession) { try await accounts.createToken(byToken, name: "child", scope: "read") }
        // The last use is noted at most once a minute.
        clock.advance(30)
        _ = try await accounts.visitor(apiToken: secret)
        #expect(try await accounts.tokens(editor).first { $0.id == token.id }?.lastUsed == made)
        clock.advance(30)
        _ = try await accounts.visitor(apiToken: secret)
        #expect(try await accounts.tokens(editor).first { $0.id == token.id }?.lastUsed == made.addingTimeInterval(60))
        // Expired: refused, then pruned with the expired sessions.
        clock.advance(7 * 86_400)
        await #expect(throws: AccountError.tokenExpired) { try await accounts.visitor(apiToken: secret) }
        try await accounts.pruneExpired()
        #expect(try await library.store.tokens(userID: editor.user.id).map(\.name) == ["默认"])
    }

    @Test func aTokensRightsAreTheLesserOfItsScopeAndItsRole() {
        func visitor(_ role: Role, _ scope: TokenScope?) -> Visitor {
            Visitor(user: User(id: 1, name: "u", displayName: "u", role: role, disabled: false, created: Date()), sessionHash: nil, tokenScope: scope)
        }
        // (needed role, writes) for reading and changing a reader's things, an editor's, an admin's.
        let requests: [(Role, Bool)] = [(.reader, false), (.reader, true), (.editor, false), (.editor, true), (.admin, false), (.admin, true)]
        let expected: [(Role, TokenScope?, [Access])] = [
            (.admin, nil, Array(repeating: .allowed, count: 6)),
            (.admin, .admin, Array(repeating: .allowed, count: 6)),
            (.admin, .readWrite, [.allowed, .allowed, .allowed, .allowed, .outsideTokenScope, .outsideTokenScope]),
            (.admin, .read, [.allowed, .outsideTokenScope, .allowed, .outsideTokenScope, .outsideTokenScope, .outsideTokenScope]),
            (.editor, .readWrite, [.allowed, .allowed, .allowed, .allowed, .roleTooLow, .roleTooLow]),
            (.reader, .admin, [.allowed, .allowed, .roleTooLow, .roleTooLow, .roleTooLow, .roleTooLow]),
            (.reader, .read, [.allowed, .outsideTokenScope, .roleTooLow, .roleTooLow, .roleTooLow, .roleTooLow]),
        ]
        for (role, scope, answers) in expected {
            #expect(requests.map { visitor(role, scope).access($0.0, writes: $0.1) } == answers, "\(role) with \(String(describing: scope))")
        }
    }

    @Test func registrationCountsEveryTryAndCanBeClosed() async throws {
        _ = try await accounts.register(name: "first", password: "correct horse", client: "10.0.0.1")
        for _ in 0..<10 {
            await #expect(throws: AccountError.nameTaken) { try await accounts.register(name: "first", password: "correct horse", client: "10.0.0.7") }
        }
        for index in 0..<10 {
            _ = try await accounts.register(name: "spam\(index)", password: "correct horse", client: "10.0.0.7")
        }
        await #expect(throws: AccountError.throttled(.registration, retryAfter: 3600)) {
            try await accounts.register(name: "spam10", password: "correct horse", client: "10.0.0.7")
        }
        _ = try await accounts.register(name: "neighbour", password: "correct horse", client: "10.0.0.8")
        clock.advance(3601)
        _ = try await accounts.register(name: "spam10", password: "correct horse", client: "10.0.0.7")
        try await library.changeSettings { $0.registrationOpen = false }
        await #expect(throws: AccountError.registrationClosed) { try await accounts.register(name: "late", password: "correct horse", client: "10.0.0.2") }
    }

    /// A refused registration costs no hash: here the worker takes none at all.
    @Test func registrationChecksNameAndPasswordBeforeHashing() async throws {
        let library = Library(store: try await TestStore.make(), passwordCost: .testing, passwordWorker: PasswordWorker(maximumWaiting: 0))
        let accounts = library.accounts
        _ = try await library.store.createUser(NewUser(name: "taken", nameKey: "taken", passwordHash: "x", role: .reader, created: Date()))
        await #expect(throws: AccountError.nameTaken) { try await accounts.register(name: "TAKEN", password: "correct horse", client: "10.0.0.1") }
        await #expect(throws: AccountError.invalidName) { try await accounts.register(name: "<b>", password: "correct horse", client: "10.0.0.1") }
        await #expect(throws: AccountError.passwordTooShort) { try await accounts.register(name: "new", password: "short one", client: "10.0.0.1") }
        await #expect(throws: AccountError.passwordTooCommon) { try await accounts.register(name: "new", password: "qwerty123456", client: "10.0.0.1") }
        await #expect(throws: AccountError.busy) { try await accounts.register(name: "new", password: "correct horse", client: "10.0.0.1") }
    }

    /// Registrations queue for the password worker in a small share of its room: 40 at once leave
    /// room for logins, which are never answered "busy" because of them.
    @Test func registrationsCannotStarveLoginsOfThePasswordWorker() async throws {
        let worker = PasswordWorker()
        let library = Library(store: try await TestStore.make(), passwordCost: .testing, passwordWorker: worker)
        let accounts = library.accounts
        _ = try await accounts.addUser(name: "admin", password: "correct horse", role: .admin)
        let gate = DispatchSemaphore(value: 0)
        let held = Task { try await worker.run { gate.wait() } }
        try await Task.sleep(for: .milliseconds(50))
        let refused = Refusals()
        async let registrations = withTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask {
                    do {
                        _ = try await accounts.register(name: "reader\(index)", password: "correct horse", client: "10.1.0.\(index)")
                        return true
                    } catch {
                        #expect(error as? AccountError == .busy)
                        refused.count.withLock { $0 += 1 }
                        return false
                    }
                }
            }
            return await group.reduce(into: 0) { if $1 { $0 += 1 } }
        }
        for _ in 0..<600 where refused.count.withLock({ $0 }) < 36 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(refused.count.withLock { $0 } == 36, "four registrations wait, the others are refused at once")
        async let login = accounts.logIn(name: "admin", password: "correct horse", client: "10.2.0.1")
        try await Task.sleep(for: .milliseconds(100))
        gate.signal()
        #expect(try await login.user.name == "admin")
        #expect(await registrations == 4)
        try await held.value
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

    private final class Refusals: Sendable {
        let count = Mutex(0)
    }
}
