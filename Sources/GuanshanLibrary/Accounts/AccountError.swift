import Foundation

/// Why an account action was refused; the site and the command line word each one for people.
public enum AccountError: Error, Equatable, Sendable {
    case invalidName
    /// The name holds a word of the block list (敏感词).
    case nameNotAllowed
    case invalidDisplayName
    case nameTaken
    case passwordTooShort
    case passwordTooLong
    /// One of the 10,000 most common passwords.
    case passwordTooCommon
    /// The same answer for an unknown name and a wrong password.
    case wrongCredentials
    /// The current password given to confirm a change is wrong.
    case wrongPassword
    case accountDisabled
    /// An admin banned the account from signing in, until a time or (nil) for good.
    case banned(until: Date?, reason: String)
    /// A ban's reason is 1 to 200 characters.
    case invalidBanReason
    /// Admins are not banned (an admin takes another's role away first).
    case adminNotBannable
    case registrationClosed
    /// Tried too often: try again after the interval (seconds).
    case throttled(ThrottledAttempt, retryAfter: TimeInterval)
    /// The password worker has too many hashes queued.
    case busy
    /// The setup link is unknown, used or expired, or an admin exists already.
    case setupUnavailable
    /// The site would be left without an active admin.
    case lastAdmin
    case tokenNotFound
    case invalidTokenName
    case invalidTokenScope
    /// A lifetime other than the ones offered (`Accounts.tokenLifetimes`).
    case invalidTokenLifetime
    /// An admin token for an account that is not an admin's.
    case tokenScopeAboveRole
    /// A token may be made only from a signed-in browser session, never with another token.
    case tokenNeedsSession
    case tokenExpired
}

/// What was tried too often: logins that failed from one address, registrations from one address, or wrong
/// current passwords given for one account.
public enum ThrottledAttempt: Sendable, Equatable {
    case logIn
    case registration
    case passwordConfirmation
}
