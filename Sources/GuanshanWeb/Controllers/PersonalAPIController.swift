import Foundation
import GuanshanLibrary
import GuanshanModel
import Hummingbird

/// The account, favorites and history through the JSON API, with an API token or a session (whose
/// changes then need the X-CSRF-Token header). A reader's favorites and history are theirs alone: any
/// other account, an admin included, gets 404 for them.
struct PersonalAPIController {
    typealias Context = SiteRequestContext

    let reading: ReadingService
    let accounts: Accounts

    func addRoutes(to router: Router<Context>) {
        router.get("/api/v1/me", use: me)
        router.patch("/api/v1/me", use: updateMe)
        router.delete("/api/v1/me", use: deleteMe)
        router.post("/api/v1/me/password", use: changePassword)
        router.get("/api/v1/me/tokens", use: tokens)
        router.post("/api/v1/me/tokens", use: createToken)
        router.delete("/api/v1/me/tokens/:id", use: revokeToken)
        router.get("/api/v1/users/:user/favorites", use: favorites)
        router.put("/api/v1/users/:user/favorites/:id", use: addFavorite)
        router.delete("/api/v1/users/:user/favorites/:id", use: removeFavorite)
        router.get("/api/v1/users/:user/history", use: history)
        router.delete("/api/v1/users/:user/history/:id", use: forgetReading)
        router.delete("/api/v1/users/:user/history", use: clearHistory)
    }

    struct Account: Encodable {
        var id: Int64
        var name: String
        var displayName: String
        var role: String
        var disabled: Bool
        var contributor: Bool
        var created: Date

        init(_ user: User) {
            contributor = user.contributor
            id = user.id
            name = user.name
            displayName = user.displayName
            role = user.role.rawValue
            disabled = user.disabled
            created = user.created
        }
    }

    /// The fields a profile update may change; anything else in the body is ignored.
    struct AccountUpdate: Decodable {
        var displayName: String?
    }

    /// A favorite or a history entry as the API gives it.
    struct Entry: Encodable {
        var id: Int64
        var title: String
        var url: String
        var page: Int
        /// The block the reader last went to on `page` (the `#b` anchor of `url`), if any.
        var block: Int?
        var at: Date

        init(_ entry: PersonalEntry) {
            id = entry.document.id
            title = entry.document.title
            url = entry.continueHref
            page = entry.page
            block = entry.block
            at = entry.at
        }
    }

    @Sendable func me(_ request: Request, context: Context) async throws -> Response {
        try APIResponse.json(Account(try context.signedIn().user))
    }

    @Sendable func updateMe(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let update = try await request.decode(as: AccountUpdate.self, context: context)
        var user = visitor.user
        if let name = update.displayName {
            do {
                user = try await accounts.setDisplayName(visitor, name)
            } catch let error as AccountError {
                return Self.refusal(error)
            }
        }
        return try APIResponse.json(Account(user))
    }

    struct PasswordChange: Decodable { var current: String; var new: String }
    struct PasswordConfirmation: Decodable { var password: String }
    struct TokenRequest: Decodable { var name: String; var scope: String?; var expiresInDays: Int? }
    struct TokenJSON: Encodable {
        var id: Int64
        var name: String
        var scope: String
        var created: Date
        var expires: Date
        var lastUsed: Date?
        /// Only in the answer that creates it.
        var token: String?

        init(_ token: APIToken, secret: String? = nil) {
            id = token.id
            name = token.name
            scope = token.scope.rawValue
            created = token.created
            expires = token.expires
            lastUsed = token.lastUsed
            self.token = secret
        }
    }

    /// Ends every other session and token-less login of the account, as on the profile page.
    @Sendable func changePassword(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let input = try await request.decode(as: PasswordChange.self, context: context)
        return try await refusing { try await accounts.changePassword(visitor, current: input.current, new: input.new) }
    }

    @Sendable func deleteMe(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let input = try await request.decode(as: PasswordConfirmation.self, context: context)
        return try await refusing { try await accounts.deleteAccount(visitor, password: input.password) }
    }

    @Sendable func tokens(_ request: Request, context: Context) async throws -> Response {
        let tokens = try await accounts.tokens(try context.signedIn())
        return try APIResponse.json(tokens.map { TokenJSON($0) })
    }

    @Sendable func createToken(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let input = try await request.decode(as: TokenRequest.self, context: context)
        do {
            let (token, secret) = try await accounts.createToken(visitor, name: input.name, scope: input.scope, days: input.expiresInDays)
            return try APIResponse.json(TokenJSON(token, secret: secret), status: .created)
        } catch let error as AccountError {
            return Self.refusal(error)
        }
    }

    @Sendable func revokeToken(_ request: Request, context: Context) async throws -> Response {
        let visitor = try context.signedIn()
        let id = try Parameters(request, context).id()
        return try await refusing { try await accounts.revokeToken(visitor, id: id) }
    }

    private func refusing(_ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
            return Response(status: .noContent)
        } catch let error as AccountError {
            return Self.refusal(error)
        }
    }

    static func refusal(_ error: AccountError) -> Response {
        var response = APIResponse.error(error.status, code: APIErrorCode(error), message: error.message(in: .en))
        response.headers[.retryAfter] = error.retryAfter
        return response
    }

    @Sendable func favorites(_ request: Request, context: Context) async throws -> Response {
        let page = try await reading.favorites(try owner(request, context), pageNumber: try Parameters(request, context).pageNumber())
        return try APIResponse.json(ListJSON(page, as: "entries", Entry.init))
    }

    @Sendable func addFavorite(_ request: Request, context: Context) async throws -> Response {
        try await reading.setFavorite(try owner(request, context), documentID: try Parameters(request, context).id(), true)
        return Response(status: .noContent)
    }

    @Sendable func removeFavorite(_ request: Request, context: Context) async throws -> Response {
        try await reading.setFavorite(try owner(request, context), documentID: try Parameters(request, context).id(), false)
        return Response(status: .noContent)
    }

    @Sendable func history(_ request: Request, context: Context) async throws -> Response {
        let page = try await reading.history(try owner(request, context), pageNumber: try Parameters(request, context).pageNumber())
        return try APIResponse.json(ListJSON(page, as: "entries", Entry.init))
    }

    @Sendable func forgetReading(_ request: Request, context: Context) async throws -> Response {
        try await reading.clearHistory(try owner(request, context), documentID: try Parameters(request, context).id())
        return Response(status: .noContent)
    }

    @Sendable func clearHistory(_ request: Request, context: Context) async throws -> Response {
        try await reading.clearHistory(try owner(request, context), documentID: nil)
        return Response(status: .noContent)
    }

    /// The signed-in account when `:user` is its id or `me`; 404 for anyone else's.
    private func owner(_ request: Request, _ context: Context) throws -> Visitor {
        let visitor = try context.signedIn()
        let wanted = try Parameters(request, context).name("user")
        guard wanted == "me" || wanted == String(visitor.user.id) else { throw HTTPError(.notFound) }
        return visitor
    }
}
