import Crypto
import Foundation
internal import GuanshanStore
public import GuanshanModel

/// The site's key for form tokens (CSRF): made once, kept in the store so that every node signs alike.
/// A token binds a form to one session, or to one anonymous browser's cookie before login.
public actor FormKey {
    private let store: any SettingsStore
    private var key: SymmetricKey?

    public init(store: any SettingsStore) {
        self.store = store
    }

    /// The token for forms shown to the holder of `secret` (a session's hash or an anonymous cookie).
    public func token(for secret: String) async throws -> String {
        let key = try await loadKey()
        return Secrets.base64URL(HMAC<SHA256>.authenticationCode(for: Data(secret.utf8), using: key))
    }

    public func isValid(_ token: String, for secret: String) async throws -> Bool {
        Secrets.equal(Array(try await self.token(for: secret).utf8), Array(token.utf8))
    }

    private func loadKey() async throws -> SymmetricKey {
        if let key { return key }
        let stored = try await store.setting(ChangeLog.stateKeyPrefix + "form_key", insertingIfAbsent: Secrets.make())
        let loaded = SymmetricKey(data: Data(stored.utf8))
        key = loaded
        return loaded
    }
}
