import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanRequestParsing
import Hummingbird

/// The sensitive-word lists (admins only): `/admin/words` and `/api/v1/admin/words/{policy}`.
struct AdminWordsController {
    typealias Context = SiteRequestContext

    let words: SensitiveWords
    let pages: PageRenderer

    static func path(_ policy: WordPolicy) -> String { "/admin/words/\(policy.rawValue)" }

    func addRoutes(to admin: RouterGroup<Context>, router: Router<Context>) {
        admin.get("words", use: page)
        admin.post("words/:policy", use: replace)
        admin.get("words/:policy/export", use: export)
        let api = router.group("/api/v1/admin/words").add(middleware: StaffOnlyMiddleware())
        api.get(":policy", use: list)
        api.put(":policy", use: replaceByAPI)
    }

    @Sendable func page(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let pageContext = try await pages.context(for: request, context)
        let saved = try? Parameters(request, context).query("saved", as: Name.self, allowed: "a list").flatMap { WordPolicy(rawValue: $0.value) }
        let notice = try await saved.asyncMap { policy in
            pageContext.strings.admin.words.saved(
                pageContext.strings.admin.words.policyNames[policy.rawValue] ?? policy.rawValue, try await words.list(policy).count)
        }
        return try pages.render("adminWords", WordListModel(try await allLists(), notice: notice, context: pageContext))
    }

    @Sendable func replace(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let policy = try Self.policy(request, context)
        let file = context.uploads.first { $0.field == "file" && !$0.data.isEmpty }
        let text = context.form["words"] ?? ""
        do {
            let lines = try file.map { try SensitiveWords.lines(ofFile: $0.data) } ?? SensitiveWords.lines(of: text)
            try await words.replace(policy, with: lines, by: context.visitor)
            return .redirect(to: "/admin/words?saved=\(policy.rawValue)", type: .normal)
        } catch let error as WordListError {
            let pageContext = try await pages.context(for: request, context)
            let failed = (policy, text, pageContext.strings.admin.words.message(for: error))
            return try pages.render("adminWords", WordListModel(try await allLists(), failed: failed, context: pageContext), status: .badRequest)
        }
    }

    /// The list as a text file, one word a line, as the form takes it back.
    @Sendable func export(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let policy = try Self.policy(request, context)
        let text = try await words.list(policy).map { $0 + "\n" }.joined()
        let name = "敏感词-\(Strings.chinese.admin.words.policyNames[policy.rawValue] ?? policy.rawValue).txt"
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/plain; charset=utf-8", .cacheControl: "no-store",
                .contentDisposition: ContentDisposition.attachment(name, asciiStem: "sensitive-words-\(policy.rawValue)"),
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    struct WordListJSON: Codable {
        var policy: String?
        var words: [String]
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let policy = try Self.policy(request, context)
        return try APIResponse.json(WordListJSON(policy: policy.rawValue, words: try await words.list(policy)))
    }

    @Sendable func replaceByAPI(_ request: Request, context: Context) async throws -> Response {
        _ = try context.signedIn(as: .admin)
        let policy = try Self.policy(request, context)
        let input = try await request.decode(as: WordListJSON.self, context: context)
        if let named = input.policy, named != policy.rawValue { throw ParameterError.invalid(name: "policy", allowed: "the path's list, \(policy.rawValue)") }
        do {
            try await words.replace(policy, with: input.words, by: context.visitor)
        } catch let error as WordListError {
            return APIResponse.error(.badRequest, code: .invalidWordList, message: Strings.english.admin.words.message(for: error), field: "words")
        }
        return try APIResponse.json(WordListJSON(policy: policy.rawValue, words: try await words.list(policy)))
    }

    private func allLists() async throws -> [WordPolicy: [String]] {
        var lists: [WordPolicy: [String]] = [:]
        for policy in WordPolicy.allCases { lists[policy] = try await words.list(policy) }
        return lists
    }

    private static func policy(_ request: Request, _ context: Context) throws -> WordPolicy {
        guard let policy = WordPolicy(rawValue: try Parameters(request, context).name("policy")) else { throw ParameterError.notFound }
        return policy
    }
}
