import GuanshanLibrary
import GuanshanModel
import Hummingbird

/// What a route may be sent, decided from the route the router matched and the caller, before a byte of
/// the body is read: who may send one, how large, for how long, and whether it counts as an upload
/// (of which only a few are read at once).
struct BodyPolicy: Equatable {
    /// The most bytes a body may have.
    var limit: Int
    /// The role a caller needs before the body is read at all; nil for anyone.
    var role: Role?
    /// How long the whole body may take to arrive: a sender slower than this is cut off.
    var deadline: Duration
    var isUpload = false
    /// Whether it is a reader's documents to share: only from someone the site lets share, and holding
    /// slots of their own, so that readers never keep editors' uploads waiting.
    var isShare = false

    static let kibibyte = 1024
    static let mebibyte = 1024 * 1024

    /// Login, registration, the reader's own forms and API calls: a few fields.
    static let form = BodyPolicy(limit: 8 * kibibyte, role: nil, deadline: .seconds(10))
    /// The admin's forms and API, which carry whole documents and the settings.
    static let staff = BodyPolicy(limit: 8 * mebibyte, role: .editor, deadline: .seconds(60))
    /// What readers write: a report or a comment (up to 1,000 Chinese characters, 9 KB once a form
    /// encodes them), a copyright notice (up to 3,000 characters and 50 addresses).
    static let writing = BodyPolicy(limit: 64 * kibibyte, role: nil, deadline: .seconds(10))
    /// A file to import: 20 MB and the form around it.
    static let upload = BodyPolicy(limit: 21 * mebibyte, role: .editor, deadline: .seconds(120), isUpload: true)
    /// A reader's documents to share: the same, from a reader the site lets share (the day's limits are
    /// checked once it is read).
    static let share = BodyPolicy(limit: 21 * mebibyte, role: .reader, deadline: .seconds(120), isShare: true)
    /// The policy of the route at `endpointPath` (the router's pattern, `/admin/documents/{id}`); nil
    /// when no route matched.
    static func of(endpointPath: String?) -> BodyPolicy? {
        guard let path = endpointPath, path.hasPrefix("/") else { return nil }
        if ["/admin/documents/upload", "/api/v1/admin/imports"].contains(path) { return .upload }
        if ["/me/uploads", "/api/v1/me/uploads"].contains(path) { return .share }
        if [
            "/d/{id}/report", "/api/v1/documents/{id}/reports", "/d/{id}/comments", "/api/v1/documents/{id}/comments", "/comments/{id}/edit",
            "/api/v1/comments/{id}", "/copyright", "/api/v1/copyright-notices",
        ].contains(path) { return .writing }
        if path == "/admin" || path.hasPrefix("/admin/") || path.hasPrefix("/api/v1/admin/") { return .staff }
        return .form
    }
}
