public import GuanshanModel


/// The admin's view of accounts: roles and disabling. An admin never changes their own role or
/// disables themselves, and the site always keeps one active admin.
extension Accounts {
    public func users(pageNumber: Int) async throws -> Paged<User> {
        let window = try PageWindow(pageNumber, size: EditorialService.adminPageSize)
        let list = try await store.users(offset: window.offset, limit: window.limit)
        return try window.page(list.users, total: list.total)
    }

    public func setRole(userID: Int64, _ role: Role, by admin: Visitor) async throws {
        let user = try await otherUser(userID, admin: admin)
        if user.role == .admin, role != .admin, !user.disabled, try await activeAdmins() <= 1 { throw EditorialError.lastAdmin }
        try await store.setRole(userID: userID, role)
        await log.record(.roleChanged, by: admin, subject: user.name, detail: "\(user.role.rawValue) → \(role.rawValue)")
    }

    /// A disabled account is signed out everywhere and cannot log in or use its tokens.
    public func setDisabled(userID: Int64, _ disabled: Bool, by admin: Visitor) async throws {
        let user = try await otherUser(userID, admin: admin)
        if disabled, user.role == .admin, !user.disabled, try await activeAdmins() <= 1 { throw EditorialError.lastAdmin }
        try await store.setDisabled(userID: userID, disabled)
        await log.record(disabled ? .accountDisabled : .accountEnabled, by: admin, subject: user.name)
    }

    /// The account of `name` (as it logs in), unless it is disabled: whose shared documents `/u/{name}` lists.
    public func sharer(named name: String) async throws -> User? {
        guard let user = try await store.credentials(nameKey: AccountNames.key(name))?.user, !user.disabled else { return nil }
        return user
    }

    /// A contributor (投稿者) may share documents when the site lets contributors only share.
    public func setContributor(userID: Int64, _ contributor: Bool, by admin: Visitor) async throws {
        guard let user = try await store.user(id: userID) else { throw EditorialError.userNotFound }
        try await store.setContributor(userID: userID, contributor)
        await log.record(.roleChanged, by: admin, subject: user.name, detail: contributor ? "contributor" : "not contributor")
    }

    private func otherUser(_ id: Int64, admin: Visitor) async throws -> User {
        guard id != admin.user.id else { throw EditorialError.ownAccount }
        guard let user = try await store.user(id: id) else { throw EditorialError.userNotFound }
        return user
    }
}
