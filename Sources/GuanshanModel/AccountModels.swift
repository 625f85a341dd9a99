import Foundation

/// What an account may do: an admin everything, an editor publish and edit documents, a reader keep
/// favorites and history.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case reader, editor, admin

    private var rank: Int {
        switch self {
        case .reader: 0
        case .editor: 1
        case .admin: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

public struct User: Hashable, Sendable {
    public var id: Int64
    /// The login name.
    public var name: String
    /// What the site shows: the sharer of the documents the account publishes. The login name until changed.
    public var displayName: String
    public var role: Role
    public var disabled: Bool
    public var created: Date
    /// Marked by an admin as a contributor (投稿者), who may share documents when the site allows contributors only.
    public var contributor: Bool

    public init(id: Int64, name: String, displayName: String, role: Role, disabled: Bool, created: Date, contributor: Bool = false) {
        self.id = id
        self.name = name
        self.displayName = displayName
        self.role = role
        self.disabled = disabled
        self.created = created
        self.contributor = contributor
    }
}

public struct NewUser: Sendable {
    public var name: String
    /// The name folded for comparison; one account per key.
    public var nameKey: String
    public var passwordHash: String
    public var role: Role
    public var created: Date

    public init(name: String, nameKey: String, passwordHash: String, role: Role, created: Date) {
        self.name = name
        self.nameKey = nameKey
        self.passwordHash = passwordHash
        self.role = role
        self.created = created
    }
}

public struct Credentials: Sendable {
    public var user: User
    public var passwordHash: String

    public init(user: User, passwordHash: String) {
        self.user = user
        self.passwordHash = passwordHash
    }
}

/// A signed-in browser. The store keeps a hash of the cookie's secret, never the secret.
public struct SessionRecord: Sendable {
    public var user: User
    public var created: Date
    public var lastSeen: Date

    public init(user: User, created: Date, lastSeen: Date) {
        self.user = user
        self.created = created
        self.lastSeen = lastSeen
    }
}

/// What an API token may do, chosen when it is made: read; also change what its account's role allows,
/// short of what only admins do; or all its account's role allows. Never more than the role.
public enum TokenScope: String, Sendable, Codable, CaseIterable {
    case read
    case readWrite = "read-write"
    case admin
}

public struct APIToken: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var scope: TokenScope
    public var created: Date
    public var expires: Date
    public var lastUsed: Date?

    public init(id: Int64, name: String, scope: TokenScope, created: Date, expires: Date, lastUsed: Date?) {
        self.id = id
        self.name = name
        self.scope = scope
        self.created = created
        self.expires = expires
        self.lastUsed = lastUsed
    }
}

public struct NewToken: Sendable {
    public var userID: Int64
    public var name: String
    /// The hash of the token's secret: the store never sees the secret.
    public var secretHash: String
    public var scope: TokenScope
    public var created: Date
    public var expires: Date

    public init(userID: Int64, name: String, secretHash: String, scope: TokenScope, created: Date, expires: Date) {
        self.userID = userID
        self.name = name
        self.secretHash = secretHash
        self.scope = scope
        self.created = created
        self.expires = expires
    }
}

/// A token found by its secret, with the account it belongs to.
public struct TokenHolder: Sendable {
    public var token: APIToken
    public var user: User

    public init(token: APIToken, user: User) {
        self.token = token
        self.user = user
    }
}

/// The failed attempts recorded under one key: how many, the first and the last.
public struct FailureTally: Hashable, Sendable {
    public var count: Int
    public var first: Date
    public var last: Date

    public init(count: Int, first: Date, last: Date) {
        self.count = count
        self.first = first
        self.last = last
    }

    /// Both stores keep failure times to the millisecond, rounded their own way: a failure is found
    /// again within this much of the time it was recorded at.
    public static let timeTolerance: TimeInterval = 0.005
}

/// The page of a document a reader reached, and when.
public struct ReadingMark: Hashable, Sendable {
    public var userID: Int64
    public var documentID: Int64
    public var page: Int
    /// The body block (its `#b` anchor) the reader last went to on that page, if they followed one.
    public var block: Int?
    public var at: Date

    public init(userID: Int64, documentID: Int64, page: Int, block: Int? = nil, at: Date) {
        self.userID = userID
        self.documentID = documentID
        self.page = page
        self.block = block
        self.at = at
    }
}

/// A document in a reader's favorites or history, with when it was added or read and the page reached.
public struct PersonalEntry: Sendable {
    public var document: DocumentSummary
    public var at: Date
    public var page: Int
    /// The block the reader last went to on `page`, when they followed a link to one.
    public var block: Int?

    public init(document: DocumentSummary, at: Date, page: Int, block: Int? = nil) {
        self.document = document
        self.at = at
        self.page = page
        self.block = block
    }
}

public struct PersonalList: Sendable {
    public var entries: [PersonalEntry]
    public var total: Int

    public init(entries: [PersonalEntry], total: Int) {
        self.entries = entries
        self.total = total
    }
}

public struct UserList: Sendable {
    public var users: [User]
    public var total: Int

    public init(users: [User], total: Int) {
        self.users = users
        self.total = total
    }
}

public enum StoreError: Error, Equatable, Sendable {
    /// Another account has this name (compared by its folded key).
    case nameTaken
    /// The database server cannot be reached or is shutting down; asking again later may succeed.
    case unavailable
    /// The disk is full (see `isOutOfSpace`): the write was refused whole, nothing of it saved.
    case outOfSpace
}
