import GuanshanLibrary
import Hummingbird

/// Every `error` code the JSON API answers with. The strings are the public API: the OpenAPI description
/// lists them from this enum, and each refusal of the library is mapped to one by an exhaustive switch,
/// so that renaming a Swift case never changes what programs see.
enum APIErrorCode: String, CaseIterable, Sendable {
    // Named by the status alone.
    case badRequest = "bad_request"
    case unauthorized
    case forbidden
    case notFound = "not_found"
    case methodNotAllowed = "method_not_allowed"
    case requestTimeout = "request_timeout"
    case conflict
    case contentTooLarge = "content_too_large"
    case unsupportedMediaType = "unsupported_media_type"
    case tooManyRequests = "too_many_requests"
    case internalServerError = "internal_server_error"
    case serviceUnavailable = "service_unavailable"
    case insufficientStorage = "insufficient_storage"
    // The request.
    case badParameter = "bad_parameter"
    case queryTooLong = "query_too_long"
    case noFile = "no_file"
    case outsideTokenScope = "outside_token_scope"
    // Editorial refusals.
    case duplicate
    case categoryTaken = "category_taken"
    case ownAccount = "own_account"
    case invalidRole = "invalid_role"
    case invalidSetting = "invalid_setting"
    case invalidWordList = "invalid_word_list"
    case sharingClosed = "sharing_closed"
    case dailyLimit = "daily_limit"
    case reasonRequired = "reason_required"
    case underReview = "under_review"
    case invalidDocument = "invalid_document"
    case commentsClosed = "comments_closed"
    case blockedWords = "blocked_words"
    case notYours = "not_yours"
    case editWindowPassed = "edit_window_passed"
    case tooManyReplies = "too_many_replies"
    case unknownDocument = "unknown_document"
    case declarationRequired = "declaration_required"
    // Account refusals.
    case invalidName = "invalid_name"
    case nameNotAllowed = "name_not_allowed"
    case invalidDisplayName = "invalid_display_name"
    case nameTaken = "name_taken"
    case passwordTooShort = "password_too_short"
    case passwordTooLong = "password_too_long"
    case passwordTooCommon = "password_too_common"
    case wrongCredentials = "wrong_credentials"
    case wrongPassword = "wrong_password"
    case accountDisabled = "account_disabled"
    case banned
    case invalidBanReason = "invalid_ban_reason"
    case adminNotBannable = "admin_not_bannable"
    case registrationClosed = "registration_closed"
    case throttled
    case busy
    case setupUnavailable = "setup_unavailable"
    case lastAdmin = "last_admin"
    case tokenNotFound = "token_not_found"
    case invalidTokenName = "invalid_token_name"
    case invalidTokenScope = "invalid_token_scope"
    case invalidTokenLifetime = "invalid_token_lifetime"
    case tokenScopeAboveRole = "token_scope_above_role"
    case tokenNeedsSession = "token_needs_session"
    case tokenExpired = "token_expired"

    /// The code of an answer that says no more than its status.
    init(status: HTTPResponse.Status) {
        self = switch status.code {
        case 400: .badRequest
        case 401: .unauthorized
        case 403: .forbidden
        case 404: .notFound
        case 405: .methodNotAllowed
        case 408: .requestTimeout
        case 409: .conflict
        case 413: .contentTooLarge
        case 415: .unsupportedMediaType
        case 429: .tooManyRequests
        case 503: .serviceUnavailable
        case 507: .insufficientStorage
        case 400..<500: .badRequest
        default: .internalServerError
        }
    }

    init(_ error: AccountError) {
        self = switch error {
        case .invalidName: .invalidName
        case .nameNotAllowed: .nameNotAllowed
        case .invalidDisplayName: .invalidDisplayName
        case .nameTaken: .nameTaken
        case .passwordTooShort: .passwordTooShort
        case .passwordTooLong: .passwordTooLong
        case .passwordTooCommon: .passwordTooCommon
        case .wrongCredentials: .wrongCredentials
        case .wrongPassword: .wrongPassword
        case .accountDisabled: .accountDisabled
        case .banned: .banned
        case .invalidBanReason: .invalidBanReason
        case .adminNotBannable: .adminNotBannable
        case .registrationClosed: .registrationClosed
        case .throttled: .throttled
        case .busy: .busy
        case .setupUnavailable: .setupUnavailable
        case .lastAdmin: .lastAdmin
        case .tokenNotFound: .tokenNotFound
        case .invalidTokenName: .invalidTokenName
        case .invalidTokenScope: .invalidTokenScope
        case .invalidTokenLifetime: .invalidTokenLifetime
        case .tokenScopeAboveRole: .tokenScopeAboveRole
        case .tokenNeedsSession: .tokenNeedsSession
        case .tokenExpired: .tokenExpired
        }
    }
}
