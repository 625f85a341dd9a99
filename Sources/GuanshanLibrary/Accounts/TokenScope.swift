public import GuanshanModel

/// Whether a visitor may make a request: its account's role must reach what the request needs, and an API
/// token's scope must allow it too. A token's rights are the lesser of its scope and its account's role.
public enum Access: Equatable, Sendable {
    case allowed
    /// The account's role does not reach what the request needs.
    case roleTooLow
    /// The role would, but the API token's scope does not.
    case outsideTokenScope
}

extension TokenScope {
    /// What a token of this scope may do, whatever its account: read asks (GET and HEAD) only; read-write
    /// also changes, short of what only admins may do; admin everything.
    func allows(_ role: Role, writes: Bool) -> Bool {
        switch self {
        case .read: !writes && role < .admin
        case .readWrite: role < .admin
        case .admin: true
        }
    }
}

extension Visitor {
    /// Whether the visitor may make a request that needs `role` and, when `writes`, changes something.
    public func access(_ role: Role, writes: Bool) -> Access {
        guard user.role >= role else { return .roleTooLow }
        guard tokenScope?.allows(role, writes: writes) ?? true else { return .outsideTokenScope }
        return .allowed
    }
}
