import Foundation
internal import GuanshanStore
internal import GuanshanModel

/// The one-time link that creates the first admin: there is no default password. Each start of a site
/// without an admin makes a new link (the old one stops working); it works once, for a day.
extension Accounts {
    static let setupHashKey = ChangeLog.stateKeyPrefix + "setup_secret_hash"
    static let setupExpiryKey = ChangeLog.stateKeyPrefix + "setup_expires"
    static let setupLifetime: TimeInterval = 86_400

    /// A new setup secret, or nil when the site has an admin.
    public func prepareSetup() async throws -> String? {
        guard try await !store.hasAdmin() else { return nil }
        let secret = Secrets.make()
        try await store.setSettings([
            Self.setupHashKey: Secrets.hash(secret),
            Self.setupExpiryKey: String(Int(now().timeIntervalSince1970 + Self.setupLifetime)),
        ])
        return secret
    }

    public func setupIsOpen(secret: String) async throws -> Bool {
        let settings = try await store.settings()
        guard let hash = settings[Self.setupHashKey], !hash.isEmpty, hash == Secrets.hash(secret),
              let expiry = settings[Self.setupExpiryKey].flatMap(TimeInterval.init), now().timeIntervalSince1970 < expiry
        else { return false }
        return try await !store.hasAdmin()
    }

    /// Creates the admin and signs them in; the link is spent.
    public func completeSetup(secret: String, name: String, password: String, client: String? = nil) async throws -> SignedIn {
        guard try await setupIsOpen(secret: secret) else { throw AccountError.setupUnavailable }
        let user = try await addUser(name: name, password: password, role: .admin)
        try await store.setSettings([Self.setupHashKey: "", Self.setupExpiryKey: ""])
        await log.record(.adminCreated, by: user, address: client)
        return try await startSession(for: user)
    }
}
