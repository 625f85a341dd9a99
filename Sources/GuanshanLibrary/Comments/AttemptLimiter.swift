import Foundation
import Synchronization

/// Counts, on this node, what readers try that the store keeps no row of (a comment refused for a word of
/// the block list, a change of a comment): past `most` in `window`, an account waits. Without it, the
/// block list could be read out by trying words, and a reader could rewrite a comment without end.
final class AttemptLimiter: Sendable {
    let most: Int
    let window: TimeInterval
    private let attempts = Mutex<[Int64: [Date]]>([:])

    init(most: Int, window: TimeInterval) {
        self.most = most
        self.window = window
    }

    /// Records an attempt of `account` at `now` and says whether it is within the limit.
    func allow(_ account: Int64, at now: Date) -> Bool {
        attempts.withLock { attempts in
            let start = now.addingTimeInterval(-window)
            // Accounts whose attempts are all old are forgotten, so that the table holds only the last window's.
            if attempts.count > 10_000 { attempts = attempts.filter { $0.value.contains { $0 > start } } }
            var recent = attempts[account, default: []].filter { $0 > start }
            guard recent.count < most else {
                attempts[account] = recent
                return false
            }
            recent.append(now)
            attempts[account] = recent
            return true
        }
    }
}
