import Foundation
internal import GuanshanStore
public import GuanshanModel

/// Who is asking: a signed-in account, through a browser session or an API token.
public struct Visitor: Sendable {
    public var user: User
    /// The hash of the session's secret; nil for an API token.
    public var sessionHash: String?
    /// The scope of the API token the request came with; nil for a session, which may do all the role allows.
    public var tokenScope: TokenScope?
    /// The client's address, for the security log; nil on the command line.
    public var address: String?
}

/// A new session: the account and the secret for its cookie, which the store never sees.
public struct SignedIn: Sendable {
    public var user: User
    public var sessionSecret: String
}

/// Registration, login and logout, passwords, sessions, API tokens and the first admin's setup.
public struct Accounts: Sendable {
    public typealias Store = AccountStore & SettingsStore & SecurityLogStore & BanStore

    let store: any Store
    let hasher: PasswordHasher
    let now: @Sendable () -> Date
    /// The sensitive-word lists: a name holding a word of the block list is not taken.
    var words: SensitiveWords?
    let limits = LoginLimits()
    var log: SecurityLog { SecurityLog(store: store, now: now) }

    // MARK: Signing in

    /// Every try counts toward the address's limit, not only those that succeed, and the cheap checks
    /// come before the hash: only a registration that can succeed costs the password worker anything.
    public func register(name: String, password: String, client: String?) async throws -> SignedIn {
        guard SiteSettings(stored: try await store.settings()).registrationOpen else { throw AccountError.registrationClosed }
        if let client {
            // Recorded before it is counted, so that tries sent at once count one another.
            let key = LoginLimits.registrationKey(client)
            let now = now()
            try await store.recordLoginFailure(keys: [key], at: now)
            if let tried = try await store.loginFailures(keys: [key], since: now - limits.registrationWindow)[key],
               tried.count > limits.registrationsPerAddress {
                try await store.forgetLoginFailure(keys: [key], at: now)
                let wait = max(1, tried.first.addingTimeInterval(limits.registrationWindow).timeIntervalSince(now).rounded(.up))
                await log.record(.throttled, by: nil, name: name, address: client, detail: "registration, \(Int(wait)) s")
                throw AccountError.throttled(.registration, retryAfter: wait)
            }
        }
        if let words, try await words.current().blocks(name) { throw AccountError.nameNotAllowed }
        let user = try await addUser(name: name, password: password, role: .reader, share: .registration)
        await log.record(.registered, by: user, address: client)
        return try await startSession(for: user)
    }

    /// The same answer, after the same work, for an unknown name and a wrong password. Failures slow down
    /// the name from the address that failed and that address (see `LoginLimits`), never anyone else.
    public func logIn(name: String, password: String, client: String?) async throws -> SignedIn {
        let nameKey = AccountNames.key(name)
        let ownKey = LoginLimits.nameFromAddressKey(nameKey: nameKey, client: client)
        let addressKeys = client.map { [LoginLimits.addressKey($0)] } ?? []
        let keys = [(ownKey, limits.perNameFromAddress)] + addressKeys.map { ($0, limits.perAddress) }
        let attempt = try await beginAttempt(.logIn, keys, name: name, address: client)
        let credentials: Credentials?, matches: Bool
        do {
            credentials = try await store.credentials(nameKey: nameKey)
            matches = try await hasher.verify(password, against: credentials?.passwordHash ?? hasher.unmatchableHash)
        } catch {
            // Busy, or the store is down: no password was checked, so no failure is kept.
            try? await store.forgetLoginFailure(keys: keys.map(\.0), at: attempt)
            throw error
        }
        guard matches, let user = credentials?.user else {
            await log.record(.signInFailed, by: credentials?.user, name: name, address: client)
            throw AccountError.wrongCredentials
        }
        try await store.clearLoginFailures(key: ownKey)
        try await store.forgetLoginFailure(keys: addressKeys, at: attempt)
        guard !user.disabled else {
            await log.record(.signInFailed, by: user, address: client, detail: "account disabled")
            throw AccountError.accountDisabled
        }
        // Told only to whoever knows the password.
        if let ban = try await ban(of: user.id, .signIn) {
            await log.record(.signInFailed, by: user, address: client, detail: "banned")
            throw AccountError.banned(until: ban.until, reason: ban.reason)
        }
        await log.record(.signIn, by: user, address: client)
        return try await startSession(for: user)
    }

    /// Records an attempt under each of `keys` as a failure before its password is checked, and throws
    /// `throttled` while any key must still wait. Attempts sent at once all pass the first look, so a
    /// second look after recording counts those that came meanwhile: together they may use up only the
    /// free failures left, and past those, only one gets through per wait. The time recorded, for
    /// `forgetLoginFailure` once the attempt turns out right.
    private func beginAttempt(
        _ attempt: ThrottledAttempt, _ keys: [(String, ProgressiveDelay)], name: String?, actor: User? = nil, address: String?
    ) async throws -> Date {
        let now = now()
        let names = keys.map(\.0)
        let earlier = try await store.loginFailures(keys: names, since: now - limits.memory)
        var wait = keys.map { key, delay in delay.wait(after: earlier[key], now: now) }.max() ?? 0
        if wait == 0 {
            try await store.recordLoginFailure(keys: names, at: now)
            let recorded = try await store.loginFailures(keys: names, since: now - limits.memory)
            for (key, delay) in keys {
                let before = earlier[key]?.count ?? 0
                let meanwhile = (recorded[key]?.count ?? 0) - before - 1
                if meanwhile > 0, before + meanwhile > delay.free { wait = max(wait, delay.firstWait) }
            }
        }
        guard wait > 0 else { return now }
        await log.record(.throttled, by: actor, name: name, address: address, detail: "\(attempt), \(Int(wait.rounded(.up))) s")
        throw AccountError.throttled(attempt, retryAfter: wait.rounded(.up))
    }

    /// A fresh session for `user`: login always issues a new secret, never reuses one.
    func startSession(for user: User) async throws -> SignedIn {
        let secret = Secrets.make()
        try await store.createSession(secretHash: Secrets.hash(secret), userID: user.id, at: now())
        return SignedIn(user: user, sessionSecret: secret)
    }

    /// The visitor a session cookie stands for, or nil when it is unknown, expired or its account disabled.
    public func visitor(sessionSecret secret: String) async throws -> Visitor? {
        let hash = Secrets.hash(secret)
        guard let session = try await store.session(secretHash: hash) else { return nil }
        let now = now()
        guard !session.user.disabled, SessionPolicy.of(session.user.role).isValid(session, at: now) else {
            try await store.deleteSession(secretHash: hash)
            return nil
        }
        if now.timeIntervalSince(session.lastSeen) >= SessionPolicy.touchInterval {
            try await store.touchSession(secretHash: hash, at: now)
        }
        return Visitor(user: session.user, sessionHash: hash)
    }

    public func logOut(_ visitor: Visitor) async throws {
        if let hash = visitor.sessionHash { try await store.deleteSession(secretHash: hash) }
    }

    /// Drops sessions and tokens past their time and failed logins older than any limit looks at, once an hour.
    /// Drops sessions and tokens past their time and failed logins older than any limit looks at.
    public func pruneExpired() async throws {
        let now = now()
        try await store.deleteExpiredSessions(idleBefore: now - SessionPolicy.of(.reader).idleTimeout, createdBefore: now - SessionPolicy.longest)
        try await store.deleteExpiredTokens(before: now)
        try await store.deleteLoginFailures(before: now - max(limits.memory, limits.registrationWindow))
        try await log.prune()
    }

    // MARK: Accounts

    /// An account made from the shell (`guanshan user add`).
    public func addUser(name: String, password: String, role: Role) async throws -> User {
        let user = try await addUser(name: name, password: password, role: role, share: .general)
        await log.record(.registered, by: nil, name: nil, address: nil, subject: user.name, detail: role.rawValue)
        return user
    }

    /// Checks the name, that it is free and the password before hashing it: a refusal costs no hash.
    func addUser(name: String, password: String, role: Role, share: PasswordWorker.Share) async throws -> User {
        let name = try AccountNames.check(name)
        let nameKey = AccountNames.key(name)
        guard try await store.credentials(nameKey: nameKey) == nil else { throw AccountError.nameTaken }
        try PasswordRules.check(password)
        let hash = try await hasher.hash(password, share: share)
        do {
            return try await store.createUser(NewUser(name: name, nameKey: nameKey, passwordHash: hash, role: role, created: now()))
        } catch StoreError.nameTaken {
            throw AccountError.nameTaken
        }
    }

    /// Changes the name the site shows for the account: 1 to 32 characters, no control characters.
    /// Returns the account as it is now.
    public func setDisplayName(_ visitor: Visitor, _ name: String) async throws -> User {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...32).contains(name.unicodeScalars.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        else { throw AccountError.invalidDisplayName }
        try await store.setDisplayName(userID: visitor.user.id, name)
        var user = visitor.user
        user.displayName = name
        return user
    }

    /// Sets a new password after checking the current one, and ends every other session of the account.
    public func changePassword(_ visitor: Visitor, current: String, new: String) async throws {
        try PasswordRules.check(new)
        try await confirmPassword(current, of: visitor)
        try await store.setPasswordHash(userID: visitor.user.id, try await hasher.hash(new))
        try await store.deleteSessions(userID: visitor.user.id, except: visitor.sessionHash)
        await log.record(.passwordChanged, by: visitor)
    }

    /// Deletes the account with its favorites, history, sessions and tokens. An account that is the
    /// site's last active admin cannot go.
    public func deleteAccount(_ visitor: Visitor, password: String) async throws {
        try await confirmPassword(password, of: visitor)
        if visitor.user.role == .admin, try await activeAdmins() <= 1 { throw AccountError.lastAdmin }
        try await store.deleteUser(id: visitor.user.id)
        await log.record(.accountDeleted, by: visitor, subject: visitor.user.name)
    }

    /// Checks the current password given to confirm a change, slowing down guesses for the account as
    /// logins are: a stolen session must not become a way to find the password.
    private func confirmPassword(_ password: String, of visitor: Visitor) async throws {
        let user = visitor.user
        let key = LoginLimits.confirmationKey(userID: user.id)
        _ = try await beginAttempt(.passwordConfirmation, [(key, limits.perAccountConfirmation)], name: nil, actor: user, address: visitor.address)
        guard let credentials = try await store.credentials(userID: user.id),
              try await hasher.verify(password, against: credentials.passwordHash)
        else {
            await log.record(.confirmationFailed, by: visitor)
            throw AccountError.wrongPassword
        }
        try await store.clearLoginFailures(key: key)
    }

    func activeAdmins() async throws -> Int {
        var count = 0
        var offset = 0
        while true {
            let page = try await store.users(offset: offset, limit: 500)
            count += page.users.filter { $0.role == .admin && !$0.disabled }.count
            offset += page.users.count
            if page.users.isEmpty || offset >= page.total { return count }
        }
    }

    // MARK: API tokens

    public static let tokenPrefix = "gst_"
    /// The lifetimes a token may be given, in days; none is forever.
    public static let tokenLifetimes = [7, 30, 90, 365]
    public static let defaultTokenLifetime = 90

    /// A new token of `scope` (read when nil) that lasts `days` (90 when nil); its secret is shown this
    /// once and kept only as a hash. Only a browser session may make one: a token that leaked must not
    /// be able to make itself new ones that outlive its revocation.
    public func createToken(_ visitor: Visitor, name: String, scope: String? = nil, days: Int? = nil) async throws -> (token: APIToken, secret: String) {
        guard visitor.sessionHash != nil else { throw AccountError.tokenNeedsSession }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...60).contains(name.unicodeScalars.count) else { throw AccountError.invalidTokenName }
        guard let scope = TokenScope(rawValue: scope ?? TokenScope.read.rawValue) else { throw AccountError.invalidTokenScope }
        guard scope != .admin || visitor.user.role == .admin else { throw AccountError.tokenScopeAboveRole }
        let days = days ?? Self.defaultTokenLifetime
        guard Self.tokenLifetimes.contains(days) else { throw AccountError.invalidTokenLifetime }
        let secret = Secrets.make(prefix: Self.tokenPrefix)
        let now = now()
        let token = try await store.createToken(NewToken(
            userID: visitor.user.id, name: name, secretHash: Secrets.hash(secret), scope: scope, created: now,
            expires: now.addingTimeInterval(TimeInterval(days) * 86_400)))
        await log.record(.tokenCreated, by: visitor, subject: name, detail: "\(scope.rawValue), \(days) d")
        return (token, secret)
    }

    public func tokens(_ visitor: Visitor) async throws -> [APIToken] {
        try await store.tokens(userID: visitor.user.id)
    }

    public func revokeToken(_ visitor: Visitor, id: Int64) async throws {
        guard try await store.deleteToken(userID: visitor.user.id, tokenID: id) else { throw AccountError.tokenNotFound }
        await log.record(.tokenRevoked, by: visitor, subject: "#\(id)")
    }

    /// The visitor an API token stands for, or nil when it is unknown, revoked or its account disabled.
    /// Throws `tokenExpired` for a token past its time, so that its holder is told why.
    public func visitor(apiToken secret: String) async throws -> Visitor? {
        guard secret.hasPrefix(Self.tokenPrefix), let found = try await store.token(secretHash: Secrets.hash(secret)), !found.user.disabled
        else { return nil }
        let now = now()
        guard now < found.token.expires else { throw AccountError.tokenExpired }
        if found.token.lastUsed.map({ now.timeIntervalSince($0) >= SessionPolicy.tokenTouchInterval }) ?? true {
            try await store.touchToken(id: found.token.id, at: now)
        }
        return Visitor(user: found.user, sessionHash: nil, tokenScope: found.token.scope)
    }
}
