import Foundation
internal import GuanshanModel

/// Slowing down, not locking out: a key (an address, an account name from an address, an account) may
/// fail `free` times; after that, each failure doubles the wait before the key may try again, starting at
/// `firstWait` and never above `longestWait`. Nothing another key does makes this key wait.
struct ProgressiveDelay: Sendable {
    var free: Int
    var firstWait: TimeInterval = 1
    var longestWait: TimeInterval = 15 * 60

    /// The seconds a key with these recorded failures must still wait at `now`; 0 when it may try.
    func wait(after failures: FailureTally?, now: Date) -> TimeInterval {
        guard let failures, failures.count > free else { return 0 }
        // Past 2^20 seconds every wait is the longest one; the cap keeps the shift in range.
        let doublings = min(failures.count - free - 1, 20)
        let delay = min(longestWait, firstWait * Double(1 << doublings))
        return max(0, failures.last.addingTimeInterval(delay).timeIntervalSince(now))
    }
}

/// How hard guessing is made. Logins are throttled per account name from one address and per address,
/// never per name alone: a wrong password from one address must never keep the owner, signing in from
/// another, out. A guess of one name spread over many addresses is slowed by the per-address keys only;
/// a delay per name for every address would lock the owner out, and one only for addresses that have
/// failed themselves adds little to what their own keys do. What stops such a guess is the password
/// rules: 12 characters or more, none of the 10,000 most common.
struct LoginLimits: Sendable {
    /// How long failures count. Longer than a key takes to reach the longest wait, so that a key kept
    /// guessing stays there: one try every 15 minutes, about a hundred a day.
    var memory: TimeInterval = 86_400
    /// One account name from one address: a person mistyping their password a few times never waits.
    var perNameFromAddress = ProgressiveDelay(free: 5)
    /// One address, whatever the names: room for an office or a school behind one address.
    var perAddress = ProgressiveDelay(free: 20)
    /// Wrong current passwords given for one account (to change the password or delete the account).
    var perAccountConfirmation = ProgressiveDelay(free: 5)
    /// Registrations tried from one address within `registrationWindow`, successful or not.
    var registrationsPerAddress = 20
    var registrationWindow: TimeInterval = 3_600

    static func nameFromAddressKey(nameKey: String, client: String?) -> String {
        // The address first: it holds no `|`, so no name can make one key look like another's.
        "login:\(client ?? "")|\(nameKey.prefix(AccountNames.lengths.upperBound * 2))"
    }

    static func addressKey(_ client: String) -> String { "address:\(client)" }
    static func registrationKey(_ client: String) -> String { "register:\(client)" }
    static func confirmationKey(userID: Int64) -> String { "confirm:\(userID)" }
}
