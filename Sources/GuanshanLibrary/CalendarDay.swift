import Foundation

/// A calendar day in a time zone, written `2026-11-29`: how daily view counts are keyed.
public struct CalendarDay: Hashable, Sendable {
    public let text: String

    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        text = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// The `count` days that end with the day of `date`, oldest first.
    public static func lastDays(_ count: Int, endingAt date: Date, in timeZone: TimeZone) -> [CalendarDay] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = calendar.startOfDay(for: date)
        return (0..<count).reversed().map { back in
            CalendarDay(calendar.date(byAdding: .day, value: -back, to: start).map { $0.addingTimeInterval(43_200) } ?? date, in: timeZone)
        }
    }
}
