import Foundation

/// The bounds tests put on wall time, stretched for slow builds. `Scripts/sanitize` sets
/// `GUANSHAN_TEST_TIME_SCALE` (ThreadSanitizer runs the code 5 to 15 times slower), so that a sanitizer's
/// run fails on wrong answers and data races, not on its own slowness; an ordinary run keeps the bounds
/// as written.
public enum TestTime {
    public static let scale: Int = {
        guard let text = ProcessInfo.processInfo.environment["GUANSHAN_TEST_TIME_SCALE"], let value = Int(text) else { return 1 }
        return min(max(value, 1), 100)
    }()

    /// `duration`, times the scale.
    public static func bound(_ duration: Duration) -> Duration { duration * scale }
}
