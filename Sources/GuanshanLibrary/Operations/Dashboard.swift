import Foundation
public import GuanshanModel

public struct Dashboard: Sendable {
    public var figures: DashboardFigures
    /// The days of `figures.dailyViews`, oldest first.
    public var days: [CalendarDay]
}

/// The admin's front page: views by day, the most read, the latest imports.
extension OperationsService {
    public static let dashboardDays = 30

    public func dashboard() async throws -> Dashboard {
        try await flushPendingWrites()
        let days = CalendarDay.lastDays(Self.dashboardDays, endingAt: now(), in: try await SiteSettings.read(from: store).timeZone)
        let figures = try await store.dashboard(days: days.map(\.text), mostRead: 10, imports: 10)
        return Dashboard(figures: figures, days: days)
    }
}
